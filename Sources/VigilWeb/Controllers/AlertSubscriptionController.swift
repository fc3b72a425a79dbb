import Foundation
import Hummingbird
import VigilCore
import VigilMail
import VigilStore

/// Subscriptions made on the web by signed-in people (any role): each sees, adds and stops their
/// own; an admin sees and stops everyone's. The CSRF middleware has already checked every POST's
/// token; a change and its audit entry are stored in one transaction, and a refused form stores nothing.
enum AlertSubscriptionController {
    static let fields = ["facility", "state", "aor", "operator", "webhook_url", "webhook_secret", "email"]

    static func page(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        guard context.user != nil else {
            return Response(status: .seeOther, headers: [.location: ReturnPath.signIn(returningTo: SiteURL.alertSubscriptions.path)])
        }
        let user = try context.requireRole(.viewer)
        let query = QueryParameters(query: request.uri.query)
        return try await render(form: [:], kinds: [], problems: [], added: query["added"].flatMap { Int($0) },
                                stopped: query["stopped"].flatMap { Int($0) }, user: user, status: .ok, context: context, database: database)
    }

    static func create(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let user = try context.requireRole(.viewer)
        var request = request
        let form = try await FormFields.read(&request)
        var values: [String: String] = [:]
        for name in fields { values[name] = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
        let kinds = Set(form.all("kind").compactMap(ExpansionEventKind.init(rawValue:)))
        var problems: [String] = []
        let scope = AlertScope(facility: values["facility"], state: values["state"], areaOfResponsibility: values["aor"],
                               operatorName: values["operator"], kinds: kinds)
        if scope.facility == nil && scope.state == nil && scope.areaOfResponsibility == nil && scope.operatorName == nil {
            problems.append(t("alerts.problem.say_what_to_watch"))
        }
        var channel: AlertChannel?
        let url = values["webhook_url"] ?? "", secret = form["webhook_secret"] ?? "", email = values["email"] ?? ""
        // The channel's refusals in the page's words; their English descriptions stay for the command line.
        switch (url.isEmpty, email.isEmpty) {
        case (false, true):
            do {
                channel = try .checkedWebhook(url: url, secret: secret)
            } catch AlertChannelError.badWebhookURL(let url) {
                problems.append(FieldProblemReason.notAWebAddress(url).localizedMessage)
            } catch AlertChannelError.shortSecret {
                problems.append(t("alerts.problem.short_secret"))
            }
        case (true, false):
            do {
                channel = .email(address: try MailAddress(email).text)
            } catch {
                problems.append(FieldProblemReason.notAnEmailAddress(email).localizedMessage)
            }
        default: problems.append(t("alerts.problem.webhook_or_email"))
        }
        guard problems.isEmpty, let channel else {
            return try await render(form: values, kinds: kinds, problems: problems, added: nil, stopped: nil, user: user, status: .unprocessableContent,
                                    context: context, database: database)
        }
        let subscription = try await AlertSubscriptions(database: database).add(
            scope, channel: channel, by: user.email, language: SiteLanguage.current,
            audit: AuditEvent(actor: .user(id: user.id, email: user.email), action: "alert.subscribe", subject: scope.description,
                              details: ["channel": channel.kind]))
        return Response(status: .seeOther, headers: [.location: SiteURL.alertSubscriptions.path + "?added=\(subscription.id)"])
    }

    /// Stops one subscription: its maker's, or anyone's for an admin. Audited; the delivery log stays.
    static func stop(context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let user = try context.requireRole(.viewer)
        guard let id = context.parameters.get("id").flatMap({ Int($0) }) else { throw WebError.notFound(t("error.alerts.no_such_subscription")) }
        let subscriptions = AlertSubscriptions(database: database)
        // Someone else's subscription is "not found", not "forbidden": its existence is private too.
        guard let subscription = try await subscriptions.subscription(id: id), subscription.createdBy == user.email || user.role.includes(.admin)
        else { throw WebError.notFound(t("error.alerts.not_yours", ["id": String(id)])) }
        try await subscriptions.deactivate(id: id, audit: AuditEvent(
            actor: .user(id: user.id, email: user.email), action: "alert.unsubscribe", subject: "subscription \(id)",
            details: ["via": "web", "channel": subscription.channel.kind, "was_active": subscription.isActive ? "yes" : "no"]))
        return Response(status: .seeOther, headers: [.location: SiteURL.alertSubscriptions.path + "?stopped=\(id)"])
    }

    static func render(form: [String: String], kinds: Set<ExpansionEventKind>, problems: [String], added: Int?, stopped: Int?, user: User,
                       status: HTTPResponse.Status, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let everyone = user.role.includes(.admin)
        let model = AlertSubscriptionsModel(chrome: await PageChrome.load(database: database, section: .alerts),
                                            csrfToken: context.signIn?.csrfToken ?? "",
                                            subscriptions: try await AlertSubscriptions(database: database).all(createdBy: everyone ? nil : user.email),
                                            form: form, kinds: kinds, problems: problems, added: added, stopped: stopped, showsEveryone: everyone)
        return HTMLResponse.make(AlertSubscriptionsView.render(model), status: status)
    }
}
