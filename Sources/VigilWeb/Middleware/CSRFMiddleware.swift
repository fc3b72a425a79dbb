import Hummingbird
import VigilStore

/// Refuses (403) every request that could change something (anything but GET, HEAD and
/// OPTIONS) unless it carries the right CSRF token, before any route runs.
///
/// Signed in, the token is the session's (synchronizer token, stored with the session).
/// Signing in, there is no session yet: the sign-in form's token must match its cookie
/// (double submit), and that is accepted on the forms people post without an account only (`acceptsCookieToken`). The token comes from the form field `csrf_token`, or the
/// `X-CSRF-Token` header for scripts.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = VigilRequestContext
    static let fieldName = "csrf_token"
    static let headerName = "X-CSRF-Token"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method) else { return try await next(request, context) }
        var request = request
        let form = try await FormFields.read(&request)
        // The cookie token stands in for a session only on the anonymous forms themselves (sign-in,
        // sign-on, its links), so an anonymous browser cannot carry it to any other form.
        let signingIn = Self.acceptsCookieToken(path: request.uri.path)
        let expected = context.signIn?.csrfToken ?? (signingIn ? request.cookies[AccountCookies.signInCSRF]?.value : nil)
        let submitted = form[Self.fieldName] ?? request.headers[.init(Self.headerName)!]
        guard let expected, !expected.isEmpty, let submitted,
              PasswordHash.constantTimeEqual(Array(expected.utf8), Array(submitted.utf8)) else {
            throw WebError.forbidden(t("error.form.expired"))
        }
        return try await next(request, context)
    }

    /// The forms people post without an account: signing in, signing a letter, and following
    /// a confirmation, withdrawal or alert unsubscribe link. Only these accept the cookie's token.
    static func acceptsCookieToken(path: String) -> Bool {
        if [SiteURL.signIn.path, SiteURL.letterConfirm(token: "").path, SiteURL.letterWithdraw(token: "").path,
            SiteURL.alertUnsubscribe(token: "").path].contains(path) { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        // /letters/{id}/signatures
        return parts.count == 4 && parts[0].isEmpty && parts[1] == "letters" && Int(parts[2]) != nil && parts[3] == "signatures"
    }
}
