import Foundation
import Hummingbird
import NIOPosix
import VigilCore
import VigilStore

/// Signing in and out. Every attempt is audited; failed attempts are rate-limited per
/// account and per client address (`LoginRateLimiter`).
struct SignInController: Sendable {
    let database: VigilDatabase
    let cookies: AccountCookies
    let limiter: LoginRateLimiter
    var trustedProxies: Set<String> = []

    static var wrongCredentials: String { t("sign_in.wrong_credentials") }
    static var tooManyAttempts: String { t("sign_in.too_many_attempts") }

    /// A hash to check against when there is no such account, so that a missing account
    /// takes as long to refuse as a wrong password.
    private static let absentAccountHash = (try? PasswordHash.make(SignInSessions.randomToken())) ?? ""

    /// The form. Before a session exists its CSRF token lives in a cookie (double submit).
    func page(_ request: Request, context: VigilRequestContext) async -> Response {
        let existing = request.cookies[AccountCookies.signInCSRF]?.value
        let token = context.signIn?.csrfToken ?? existing.flatMap { $0.isEmpty ? nil : $0 } ?? SignInSessions.randomToken()
        let chrome = await PageChrome.load(database: database)
        var response = HTMLResponse.make(SignInView.render(SignInModel(chrome: chrome, csrfToken: token,
                                                                       returnPath: ReturnPath.validated(QueryParameters(query: request.uri.query)[ReturnPath.field]))))
        if context.signIn == nil, existing != token { response.setCookie(cookies.signInCSRF(token)) }
        // The form carries this visitor's token: no cache (Vigil's own or a shared one) may give it to another.
        response.headers[.cacheControl] = "private, no-store"
        return response
    }

    /// Checks the password; on success starts a session and goes back to the page that asked
    /// (the form's `ReturnPath`), else to the national page.
    func signIn(_ request: Request, context: VigilRequestContext) async throws -> Response {
        var request = request
        let form = try await FormFields.read(&request)
        let email = User.normalizedEmail(form["email"] ?? "")
        let password = form["password"] ?? ""
        let address = ClientAddress.resolve(peer: context.remoteAddress?.ipAddress,
                                            forwardedFor: request.headers[values: .init("X-Forwarded-For")!],
                                            trustedProxies: trustedProxies)
        let audit = AuditLog(database: database)
        let returnPath = ReturnPath.validated(form[ReturnPath.field])

        // Claimed (counted as a failure) before the password is checked, so concurrent attempts cannot overrun the limit.
        guard await limiter.claimAttempt(email: email, address: address) else {
            try await audit.record(AuditEvent(actor: .anonymous, action: "user.sign_in_refused", subject: email,
                                              details: ["reason": "rate limited", "address": address]))
            return await failure(email: email, problem: Self.tooManyAttempts, status: .tooManyRequests, request: request, returnPath: returnPath)
        }

        let account = try await UserAccounts(database: database).credentials(email: email)
        // 600,000 PBKDF2 rounds take a core for a while: run on NIO's blocking-work threads, not the two
        // cooperative threads that answer every other request (a sign-in storm stalled the whole server).
        let stored = account?.passwordHash ?? Self.absentAccountHash
        let matches = try await NIOThreadPool.singleton.runIfActive { PasswordHash.verify(password, against: stored) }
        guard let account, matches, !account.user.isDisabled else {
            let reason = account == nil ? "no such account" : (matches ? "account disabled" : "wrong password")
            try await audit.record(AuditEvent(actor: .anonymous, action: "user.sign_in_failed", subject: email,
                                              details: ["reason": reason, "address": address]))
            return await failure(email: email, problem: Self.wrongCredentials, status: .unauthorized, request: request, returnPath: returnPath)
        }

        await limiter.recordSuccess(email: email, address: address)
        // A hash from before today's iteration count is replaced now, while the password is at hand.
        try await UserAccounts(database: database).upgradePasswordHash(of: account.user, password: password, replacing: account.passwordHash)
        let (token, _) = try await SignInSessions(database: database).start(for: account.user)
        try await audit.record(AuditEvent(actor: .user(id: account.user.id, email: account.user.email), action: "user.sign_in",
                                          subject: account.user.email, details: ["address": address]))
        var response = Self.redirect(to: returnPath ?? SiteURL.national().path)
        response.setCookie(cookies.session(token))
        response.setCookie(cookies.expired(AccountCookies.signInCSRF))
        return response
    }

    /// Ends the session (the CSRF middleware has already checked the form's token).
    func signOut(_ request: Request, context: VigilRequestContext) async throws -> Response {
        if let token = request.cookies[AccountCookies.session]?.value, let user = context.user {
            try await SignInSessions(database: database).end(token: token)
            try await AuditLog(database: database).record(AuditEvent(actor: .user(id: user.id, email: user.email), action: "user.sign_out",
                                                                     subject: user.email))
        }
        var response = Self.redirect(to: SiteURL.national().path)
        response.setCookie(cookies.expired(AccountCookies.session))
        return response
    }

    private func failure(email: String, problem: String, status: HTTPResponse.Status, request: Request,
                         returnPath: String? = nil) async -> Response {
        let token = request.cookies[AccountCookies.signInCSRF]?.value ?? ""
        let chrome = await PageChrome.load(database: database)
        return HTMLResponse.make(SignInView.render(SignInModel(chrome: chrome, csrfToken: token, email: email, problem: problem,
                                                                           returnPath: returnPath)),
                                 status: status)
    }

    /// 303: after a POST the browser fetches the next page with GET.
    static func redirect(to path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}
