import Foundation

/// Counts failed sign-ins per account and per client address, and refuses more than
/// `maxFailures` of either within `window` (a `RateLimiter`, so per process).
struct LoginRateLimiter: Sendable {
    let maxFailures: Int
    let window: TimeInterval
    private let counter: RateLimiter

    init(maxFailures: Int = 5, window: TimeInterval = 15 * 60) {
        self.maxFailures = maxFailures
        self.window = window
        counter = RateLimiter(maxEvents: maxFailures, window: window)
    }

    /// True when the account or the address has used up its attempts.
    func isLimited(email: String, address: String, now: Date = Date()) async -> Bool {
        await counter.isLimited([Self.accountKey(email), Self.addressKey(address)], now: now)
    }

    func recordFailure(email: String, address: String, now: Date = Date()) async {
        await counter.record([Self.accountKey(email), Self.addressKey(address)], now: now)
    }

    /// Counts an attempt as a failure before the password is checked, unless the account or the address
    /// has used up its attempts (then false). Checking first and counting after the slow password hash would
    /// let a storm of concurrent attempts all pass the check: Benchmarks/connection-storm.sh found that.
    func claimAttempt(email: String, address: String, now: Date = Date()) async -> Bool {
        await counter.claim([Self.accountKey(email), Self.addressKey(address)], now: now)
    }

    /// A successful sign-in after `claimAttempt`: the account's failures are cleared, and the attempt it
    /// claimed is taken back from the address (its earlier failures stay).
    func recordSuccess(email: String, address: String) async {
        await counter.clear(Self.accountKey(email))
        await counter.refund(Self.addressKey(address))
    }

    private static func accountKey(_ email: String) -> String { "account:" + email }
    private static func addressKey(_ address: String) -> String { "address:" + address }
}
