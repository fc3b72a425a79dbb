import Foundation

/// Counts events per key (an account, a client address, an e-mail) and says when a key has
/// had `maxEvents` within `window`. Sign-in failures and sign-on submissions both use it.
///
/// Kept in memory: counts are per process and reset when `vigil serve` restarts. That is
/// enough to slow abuse of one server; several servers behind a load balancer would each
/// allow `maxEvents`.
actor RateLimiter {
    let maxEvents: Int
    let window: TimeInterval
    private var events: [String: [Date]] = [:]

    init(maxEvents: Int, window: TimeInterval) {
        self.maxEvents = maxEvents
        self.window = window
    }

    /// True when any of `keys` has used up its events.
    func isLimited(_ keys: [String], now: Date = Date()) -> Bool {
        prune(now: now)
        return keys.contains { (events[$0]?.count ?? 0) >= maxEvents }
    }

    /// Counts one event against each of `keys`.
    func record(_ keys: [String], now: Date = Date()) {
        for key in keys { events[key, default: []].append(now) }
    }

    /// Counts one event against each of `keys` unless one of them has used up its events: the check
    /// and the count in one step, so a burst of concurrent requests cannot all pass the check before
    /// any of them is counted. False (nothing counted) when limited.
    func claim(_ keys: [String], now: Date = Date()) -> Bool {
        if isLimited(keys, now: now) { return false }
        record(keys, now: now)
        return true
    }

    /// Takes back the newest event of `key` (one claimed for something that turned out not to count).
    func refund(_ key: String) {
        guard var moments = events[key], !moments.isEmpty else { return }
        moments.removeLast()
        events[key] = moments.isEmpty ? nil : moments
    }

    /// Forgets `key`'s events.
    func clear(_ key: String) {
        events[key] = nil
    }

    private func prune(now: Date) {
        let cutoff = now.addingTimeInterval(-window)
        for (key, moments) in events {
            let recent = moments.filter { $0 > cutoff }
            events[key] = recent.isEmpty ? nil : recent
        }
    }
}
