/// How sign-in behaves in one running application: cookie security and the attempt counter.
struct SignInSettings: Sendable {
    var secureCookies: Bool = false
    var limiter: LoginRateLimiter = LoginRateLimiter()
    /// Reverse proxies whose `X-Forwarded-For` names the client (see `ClientAddress`).
    var trustedProxies: Set<String> = []
}
