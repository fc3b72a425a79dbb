import Synchronization
import VigilStore

/// Reads the data version for each request, with one database query shared by every request
/// waiting at the time.
///
/// A request must see a version read after it arrived (else it could be served a page from
/// before an import that finished before it came). Requests that arrive while a read is in
/// flight wait for the next read, which starts when that one ends and serves all of them:
/// under load one query answers many requests, and an idle server answers each with its own.
final class DataVersionWatch: Sendable {
    private let read: @Sendable () async throws -> DataVersion
    private let state = Mutex(State())

    private struct State {
        var reading = false
        var waiting: [CheckedContinuation<DataVersion, any Error>] = []
    }

    init(database: VigilDatabase) {
        self.read = { try await database.dataVersion() }
    }

    init(read: @escaping @Sendable () async throws -> DataVersion) {
        self.read = read
    }

    /// The data version as stored now (read after this call began).
    func current() async throws -> DataVersion {
        try await withCheckedThrowingContinuation { continuation in
            let startsReading = state.withLock { state in
                state.waiting.append(continuation)
                if state.reading { return false }
                state.reading = true
                return true
            }
            if startsReading { Task { await self.readForWaiting() } }
        }
    }

    /// Reads for everyone waiting when the read starts, then again while more have come.
    private func readForWaiting() async {
        while true {
            let batch = state.withLock { state in
                defer { state.waiting = [] }
                return state.waiting
            }
            let result: Result<DataVersion, any Error>
            do { result = .success(try await read()) } catch { result = .failure(error) }
            for continuation in batch { continuation.resume(with: result) }
            let more = state.withLock { state in
                if state.waiting.isEmpty { state.reading = false; return false }
                return true
            }
            if !more { return }
        }
    }
}
