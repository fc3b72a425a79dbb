import Synchronization
import VigilStore

/// The closure ranking's inputs, gathered once per data version and shared by every ranking
/// whatever its weights, for signed-in and anonymous readers alike (the inputs keep public and
/// internal incidents apart; the reader's choice is applied after).
final class ClosureInputsCache: Sendable {
    private let database: VigilDatabase
    private let versions: DataVersionWatch
    private let state = Mutex<(version: Int64, gathering: Task<ClosureCandidateQueries.Gathered?, any Error>?)>((.min, nil))

    init(database: VigilDatabase, versions: DataVersionWatch) {
        self.database = database
        self.versions = versions
    }

    /// The inputs as of the current data version; nil when there is no release.
    func inputs() async throws -> ClosureCandidateQueries.Gathered? {
        let version = try await versions.current().number
        let database = self.database
        let task = state.withLock { state in
            if let gathering = state.gathering, state.version >= version { return gathering }
            let task = Task { try await ClosureCandidateQueries(database: database).gather() }
            state = (version, task)
            return task
        }
        do {
            return try await task.value
        } catch {
            // A failed gathering is not kept: the next request tries again.
            state.withLock { state in if state.gathering == task { state.gathering = nil } }
            throw error
        }
    }
}
