import Synchronization

/// One file's reading, ended once by the lane that read it and awaited once by the batch.
final class PendingRead: Sendable {
    typealias Outcome = (Result<PreparedRelease, any Error>, seconds: Double)

    private enum State {
        case reading
        case awaited(CheckedContinuation<Outcome, Never>)
        case ended(Outcome)
    }

    private let state = Mutex<State>(.reading)

    /// Whether the reading has ended: the batch takes a read release without waiting only then.
    var hasEnded: Bool {
        state.withLock { if case .ended = $0 { true } else { false } }
    }

    /// Called once, by the lane, with what it read.
    func end(_ outcome: sending Outcome) {
        let waiting: CheckedContinuation<Outcome, Never>? = state.withLock { state in
            // Handed straight to the one waiting: nothing is asked of the slot after that.
            if case .awaited(let continuation) = state { state = .reading; return continuation }
            state = .ended(outcome)
            return nil
        }
        waiting?.resume(returning: outcome)
    }

    /// What was read, once it has been: awaited once.
    func outcome() async -> Outcome {
        await withCheckedContinuation { continuation in
            let ready: Outcome? = state.withLock { state in
                if case .ended(let outcome) = state { return outcome }
                state = .awaited(continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}
