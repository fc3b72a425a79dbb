import Foundation

/// How signing letters behaves in one running application: where confirmation e-mails go out,
/// the address links in them start with, and the limits on sign-ons.
struct SignOnSettings: Sendable {
    /// Sends one e-mail; nil when no SMTP server is configured (`VIGIL_SMTP_URL`): then the
    /// sign-on form says signing is unavailable rather than store signatures nobody can confirm.
    var send: (@Sendable (SignOnEmail) async throws -> Void)?
    /// The start of absolute links in e-mails: `https://vigil.example.org`.
    var publicURL: String = "http://127.0.0.1:8080"
    /// Sign-ons per client address per hour.
    var perAddress = RateLimiter(maxEvents: 10, window: 60 * 60)
    /// Sign-ons per e-mail address per hour.
    var perEmail = RateLimiter(maxEvents: 3, window: 60 * 60)
    /// Reverse proxies whose `X-Forwarded-For` names the client (see `ClientAddress`).
    var trustedProxies: Set<String> = []
    var now: @Sendable () -> Date = { Date() }

    /// The absolute address of `url`.
    func absolute(_ url: SiteURL) -> String {
        (publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL) + url.href
    }
}
