import Hummingbird
import VigilStore

/// Reads the session cookie and puts the signed-in user, if any, in the request context and
/// in the page frame (`PageChrome.viewer`). An unknown or expired session reads as signed
/// out, and its cookie is cleared.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = VigilRequestContext
    let database: VigilDatabase
    let cookies: AccountCookies

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token = request.cookies[AccountCookies.session]?.value, !token.isEmpty else {
            return Self.markVaryingBySession(try await next(request, context), signedIn: false)
        }
        var context = context
        context.signIn = try await SignInSessions(database: database).session(token: token)
        let viewer = context.signIn.map { PageChrome.Viewer(email: $0.user.email, role: $0.user.role, csrfToken: $0.csrfToken) }
        var response = try await PageChrome.$currentViewer.withValue(viewer) { try await next(request, context) }
        if context.signIn == nil, !response.headers[values: .setCookie].contains(where: { $0.hasPrefix(AccountCookies.session + "=") }) {
            response.setCookie(cookies.expired(AccountCookies.session))
        }
        return Self.markVaryingBySession(response, signedIn: context.signIn != nil)
    }

    /// Pages differ by who is signed in (internal incidents, the ranking's counts, the header),
    /// so no shared cache may keep a signed-in page, nor serve one visitor's page to another.
    static func markVaryingBySession(_ response: Response, signedIn: Bool) -> Response {
        var response = response
        response.headers.addVary("Cookie")
        if signedIn { response.headers[.cacheControl] = "private, no-store" }
        return response
    }
}
