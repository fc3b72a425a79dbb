import Foundation
import VigilCore
import VigilMail
import VigilStore

/// One event as an e-mail, handed to the SMTP server of `VIGIL_SMTP_URL` through `SMTPMailer`.
public enum AlertEmail {
    /// The sender when `VIGIL_ALERTS_FROM` is not set.
    public static let defaultFrom = "vigil-alerts@vigil.localhost"

    /// The e-mail in the language of `SiteLanguage.current`: the dispatcher sets it to the one the
    /// subscriber used when subscribing. The facility's name, files and links stay as published.
    /// `unsubscribeURL` stops the subscription without signing in; it is in the text and in
    /// `List-Unsubscribe` (RFC 2369), where mail programs show their own button.
    public static func message(_ payload: AlertPayload, to address: MailAddress, from: MailAddress, unsubscribeURL: String) -> MailMessage {
        func number(_ value: Double?) -> String { value.map { TableValue.number(($0 * 10).rounded() / 10).plainText } ?? "—" }
        let kind = ExpansionEventKind(rawValue: payload.event).map { Catalogue.t("alerts.kind.\($0.rawValue)") } ?? payload.event
        let place = payload.state.map { ", \($0)" } ?? ""
        var lines = [
            summary(payload),
            "",
            Catalogue.t("alerts.email.event", ["event": payload.event]),
            Catalogue.t("alerts.email.facility", ["facility": "\(payload.name)\(place)" + (payload.facility_code.map { " (\($0))" } ?? "")]),
            Catalogue.t("alerts.email.previous_release", ["date": payload.previous_as_of]) + (payload.previous_release_file.map { ", \($0)" } ?? ""),
            Catalogue.t("alerts.email.release", ["date": payload.as_of]) + (payload.release_file.map { ", \($0)" } ?? ""),
            Catalogue.t("alerts.email.adp", ["from": number(payload.previous_adp), "to": number(payload.adp)]),
        ]
        if payload.event == ExpansionEventKind.guaranteedMinimumChange.rawValue {
            lines.append(Catalogue.t("alerts.email.guaranteed_minimum", ["from": number(payload.previous_guaranteed_minimum), "to": number(payload.guaranteed_minimum)]))
        }
        lines += [
            "",
            Catalogue.t("alerts.email.evidence", ["url": payload.facility_url ?? ""]),
            Catalogue.t("alerts.email.releases", ["url": payload.releases_url ?? ""]),
            "",
            Catalogue.t("alerts.email.why", ["subscription": payload.subscription_id.map { String($0) } ?? "—", "id": payload.id]),
            Catalogue.t("alerts.email.stop", ["url": unsubscribeURL]),
        ]
        return MailMessage(from: from, fromName: Catalogue.t("alerts.email.from_name"), to: [address],
                           subject: Catalogue.t("alerts.email.subject", ["kind": kind, "facility": "\(payload.name)\(place)", "date": payload.as_of]),
                           text: lines.joined(separator: "\n"),
                           headers: [("X-Vigil-Event", payload.event), ("X-Vigil-Event-Id", payload.id), ("List-Unsubscribe", "<\(unsubscribeURL)>")])
    }

    /// What happened, in the page's words: `AlertPayload.summary` says the same in English for
    /// webhooks and the API, which stay English.
    static func summary(_ payload: AlertPayload) -> String {
        func people(_ value: Double?) -> String { value.map { String(Int($0.rounded())) } ?? Catalogue.t("alerts.summary.none") }
        var arguments = ["name": payload.name, "adp": people(payload.adp), "date": payload.as_of, "previous_date": payload.previous_as_of,
                         "previous_adp": people(payload.previous_adp)]
        switch ExpansionEventKind(rawValue: payload.event) {
        case .new: return Catalogue.t("alerts.summary.new", arguments)
        case .reopened: return Catalogue.t("alerts.summary.reopened", arguments)
        case .surge:
            let share = (payload.previous_adp ?? 0) > 0 ? Int((payload.change / payload.previous_adp! * 100).rounded()) : 0
            arguments["change"] = people(payload.change)
            arguments["share"] = String(share)
            return Catalogue.t("alerts.summary.surge", arguments)
        case .guaranteedMinimumChange:
            arguments["previous_minimum"] = people(payload.previous_guaranteed_minimum)
            arguments["minimum"] = people(payload.guaranteed_minimum)
            return Catalogue.t("alerts.summary.guaranteed_minimum", arguments)
        case nil: return payload.summary
        }
    }

    /// Sends each e-mail delivery through `mailer`; an SMTP refusal or a server that cannot be
    /// reached is a failed attempt, retried later.
    public static func sender(_ mailer: SMTPMailer, from: MailAddress) -> AlertDispatcher.EmailSender {
        { payload, address, unsubscribeURL in
            do {
                let to = try MailAddress(address)
                let id = try await mailer.send(message(payload, to: to, from: from, unsubscribeURL: unsubscribeURL))
                return AlertAttemptOutcome(succeeded: true, detail: "accepted by \(mailer.server) as <\(id)>")
            } catch {
                return AlertAttemptOutcome(succeeded: false, detail: String(describing: error))
            }
        }
    }

    /// The sender from the environment: nil when `VIGIL_SMTP_URL` is not set.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AlertDispatcher.EmailSender? {
        guard let mailer = try SMTPMailer.fromEnvironment(environment) else { return nil }
        let from = try MailAddress(environment["VIGIL_ALERTS_FROM"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultFrom)
        return sender(mailer, from: from)
    }
}
