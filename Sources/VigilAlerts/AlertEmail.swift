import Foundation
import VigilCore
import VigilMail
import VigilStore

/// One event as an e-mail, handed to the SMTP server of `VIGIL_SMTP_URL` through `SMTPMailer`.
public enum AlertEmail {
    /// The sender when `VIGIL_ALERTS_FROM` is not set.
    public static let defaultFrom = "vigil-alerts@vigil.localhost"

    /// `unsubscribeURL` stops the subscription without signing in; it is in the text and in
    /// `List-Unsubscribe` (RFC 2369), where mail programs show their own button.
    public static func message(_ payload: AlertPayload, to address: MailAddress, from: MailAddress, unsubscribeURL: String) -> MailMessage {
        func number(_ value: Double?) -> String { value.map { TableValue.number(($0 * 10).rounded() / 10).plainText } ?? "—" }
        let kind = ExpansionEventKind(rawValue: payload.event)?.label ?? payload.event
        let place = payload.state.map { ", \($0)" } ?? ""
        var lines = [
            payload.summary,
            "",
            "Event: \(payload.event)",
            "Facility: \(payload.name)\(place)" + (payload.facility_code.map { " (\($0))" } ?? ""),
            "Previous release: as of \(payload.previous_as_of)" + (payload.previous_release_file.map { ", \($0)" } ?? ""),
            "Release: as of \(payload.as_of)" + (payload.release_file.map { ", \($0)" } ?? ""),
            "Average daily population: \(number(payload.previous_adp)) → \(number(payload.adp))",
        ]
        if payload.event == ExpansionEventKind.guaranteedMinimumChange.rawValue {
            lines.append("Guaranteed minimum: \(number(payload.previous_guaranteed_minimum)) → \(number(payload.guaranteed_minimum))")
        }
        lines += [
            "",
            "Evidence: \(payload.facility_url ?? "")",
            "The releases, with their files and SHA-256s: \(payload.releases_url ?? "")",
            "",
            "You get this because of Vigil alert subscription \(payload.subscription_id.map { String($0) } ?? "—"). Event id: \(payload.id)",
            "To stop these alerts: \(unsubscribeURL)",
        ]
        return MailMessage(from: from, fromName: "Vigil alerts", to: [address],
                           subject: "Vigil: \(kind): \(payload.name)\(place) (as of \(payload.as_of))",
                           text: lines.joined(separator: "\n"),
                           headers: [("X-Vigil-Event", payload.event), ("X-Vigil-Event-Id", payload.id), ("List-Unsubscribe", "<\(unsubscribeURL)>")])
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
