import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// The unsubscribe link in every alert e-mail: no account needed. Like the letters' links it
/// asks before it acts (GET shows a button, POST stops the subscription), since mail scanners
/// open links; the POST carries the anonymous forms' cookie CSRF token.
struct AlertUnsubscribeController: Sendable {
    let database: VigilDatabase
    let cookies: AccountCookies

    func page(_ request: Request, context: VigilRequestContext) async throws -> Response {
        let token = QueryParameters(query: request.uri.query)["token"] ?? ""
        let existing = request.cookies[AccountCookies.signInCSRF]?.value
        let csrf = context.signIn?.csrfToken ?? existing.flatMap { $0.isEmpty ? nil : $0 } ?? SignInSessions.randomToken()
        let outcome = try await AlertSubscriptions(database: database).peekUnsubscribe(token: token)
        let state: AlertUnsubscribeModel.State
        switch outcome {
        case .done(let subscription) where subscription.isActive: state = .ask(subscription)
        case .done(let subscription): state = .done(subscription, alreadyStopped: true)
        default: state = .refused(Self.refusal(outcome))
        }
        var response = HTMLResponse.make(AlertUnsubscribeView.render(await model(token: token, csrf: csrf, state: state)),
                                         status: Self.status(outcome))
        if context.signIn == nil, existing != csrf { response.setCookie(cookies.signInCSRF(csrf)) }
        response.headers[.cacheControl] = "private, no-store"
        return response
    }

    func follow(_ request: Request, context: VigilRequestContext) async throws -> Response {
        var request = request
        let token = try await FormFields.read(&request)["token"] ?? ""
        let outcome = try await AlertSubscriptions(database: database).unsubscribe(token: token)
        let state: AlertUnsubscribeModel.State
        if case .done(let subscription) = outcome { state = .done(subscription, alreadyStopped: !subscription.isActive) } else {
            state = .refused(Self.refusal(outcome))
        }
        let csrf = context.signIn?.csrfToken ?? request.cookies[AccountCookies.signInCSRF]?.value ?? ""
        var response = HTMLResponse.make(AlertUnsubscribeView.render(await model(token: token, csrf: csrf, state: state)),
                                         status: Self.status(outcome))
        response.headers[.cacheControl] = "private, no-store"
        return response
    }

    func model(token: String, csrf: String, state: AlertUnsubscribeModel.State) async -> AlertUnsubscribeModel {
        AlertUnsubscribeModel(chrome: await PageChrome.load(database: database, section: .alerts), token: token, csrfToken: csrf, state: state)
    }

    static func status(_ outcome: AlertSubscriptions.UnsubscribeOutcome) -> HTTPResponse.Status {
        switch outcome {
        case .done: .ok
        case .used: .gone
        case .unknown: .notFound
        }
    }

    static func refusal(_ outcome: AlertSubscriptions.UnsubscribeOutcome) -> String {
        switch outcome {
        case .used: t("unsubscribe.link_used")
        default: t("unsubscribe.link_unknown")
        }
    }
}
