import Synchronization

/// A response one request is making for the cache while others with the same address wait for
/// it, so that a page nobody has asked for since an import is made once, not once per reader.
final class PendingResponse: Sendable {
    let version: Int64
    private let state = Mutex<(done: Bool, entry: CachedResponse?, waiting: [CheckedContinuation<CachedResponse?, Never>])>(
        (false, nil, []))

    init(version: Int64) { self.version = version }

    /// The response once made; nil when it could not be cached (the waiter then makes its own).
    func value() async -> CachedResponse? {
        await withCheckedContinuation { continuation in
            let ready: CachedResponse?? = state.withLock { state in
                if state.done { return .some(state.entry) }
                state.waiting.append(continuation)
                return .none
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    /// Hands `entry` to everyone waiting; later calls do nothing.
    func resolve(_ entry: CachedResponse?) {
        let waiting = state.withLock { state -> [CheckedContinuation<CachedResponse?, Never>] in
            guard !state.done else { return [] }
            state.done = true
            state.entry = entry
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in waiting { continuation.resume(returning: entry) }
    }
}
