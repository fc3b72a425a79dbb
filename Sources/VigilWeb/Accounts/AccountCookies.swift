import Foundation
import Hummingbird
import VigilStore

/// The two cookies Vigil sets, only for people who sign in: the session, and the CSRF token
/// of a sign-in form (before there is a session to hold one). Both HttpOnly and SameSite=Lax;
/// Secure when `AppConfig.secureCookies` is on (serving over HTTPS).
struct AccountCookies: Sendable {
    static let session = "vigil_session"
    static let signInCSRF = "vigil_signin_csrf"

    var secure: Bool

    func session(_ token: String) -> Cookie {
        Cookie(name: Self.session, value: token, maxAge: Int(SignInSessions.absoluteLifetime), path: "/",
               secure: secure, httpOnly: true, sameSite: .lax)
    }

    func signInCSRF(_ token: String) -> Cookie {
        Cookie(name: Self.signInCSRF, value: token, maxAge: 2 * 60 * 60, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// A cookie that tells the browser to forget `name`.
    func expired(_ name: String) -> Cookie {
        Cookie(name: name, value: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", secure: secure,
               httpOnly: true, sameSite: .lax)
    }
}
