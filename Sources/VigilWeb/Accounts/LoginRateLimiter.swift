import Foundation

/// Counts failed sign-ins per account and per client address, and refuses more than
/// `maxFailures` of either within `window`.
///
/// Kept in memory: counts are per process and reset when `vigil serve` restarts. That is
/// enough to stop password guessing against one server; several servers behind a load
/// balancer would each allow `maxFailures`.
actor LoginRateLimiter {
    let maxFailures: Int
    let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    init(maxFailures: Int = 5, window: TimeInterval = 15 * 60) {
        self.maxFailures = maxFailures
        self.window = window
    }

    /// True when the account or the address has used up its attempts.
    func isLimited(email: String, address: String, now: Date = Date()) -> Bool {
        prune(now: now)
        return (failures[Self.accountKey(email)]?.count ?? 0) >= maxFailures
            || (failures[Self.addressKey(address)]?.count ?? 0) >= maxFailures
    }

    func recordFailure(email: String, address: String, now: Date = Date()) {
        failures[Self.accountKey(email), default: []].append(now)
        failures[Self.addressKey(address), default: []].append(now)
    }

    /// A successful sign-in clears the account's failures (not the address's).
    func recordSuccess(email: String) {
        failures[Self.accountKey(email)] = nil
    }

    private func prune(now: Date) {
        let cutoff = now.addingTimeInterval(-window)
        for (key, moments) in failures {
            let recent = moments.filter { $0 > cutoff }
            failures[key] = recent.isEmpty ? nil : recent
        }
    }

    private static func accountKey(_ email: String) -> String { "account:" + email }
    private static func addressKey(_ address: String) -> String { "address:" + address }
}
