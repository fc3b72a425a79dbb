import Synchronization
import VigilCore

/// What `ExpansionEventDetection` last left in the database: the releases it read and the
/// events it stored, as of the data version its transaction committed.
///
/// A batch of workbook imports archives one release per transaction and recomputes every
/// event in each; reading every facility row and every event back from the database each
/// time made the import quadratic (most of its time on 30 workbooks). With this, the next
/// transaction reads only the release it added, provided the data version is the one this
/// snapshot was taken at: any other write in between (another process, a matching run, a
/// rollback of ours) changes the version, and the snapshot is simply not used.
final class ExpansionEventCache: Sendable {
    struct Snapshot: Sendable {
        /// The data version the transaction that took the snapshot committed.
        var version: Int64
        var releases: [ExpansionRelease]
        /// `expansion_events` as stored, by event key.
        var events: [String: ExpansionEventRecord]
        /// Every facility identity listed by `releases` (in release order) but the last: what the
        /// detector needs when the next release comes after all of them, kept so it is not rebuilt
        /// from every release on every import.
        var listedBeforeLast: Set<String>
        /// Each facility key's accepted registry code: matches change only in transactions that
        /// advance the data version, so at the snapshot's version they are these.
        var codes: [String: String]
    }

    private let state = Mutex<Snapshot?>(nil)
    private let names = Mutex<StoredFacilityNames.Pending?>(nil)

    init() {}

    /// The snapshot, if it was taken at `version`, handed over: the cache is left empty until
    /// the next `keep`. Held in one place only, its tables are changed in place rather than copied
    /// whole on each import; and if the transaction using it fails, no stale snapshot remains.
    func take(at version: Int64) -> Snapshot? {
        state.withLock { snapshot in
            defer { snapshot = nil }
            return snapshot?.version == version ? snapshot : nil
        }
    }

    /// Keeps `snapshot`: call it only once the transaction that computed it has committed.
    func keep(_ snapshot: Snapshot?) {
        state.withLock { $0 = snapshot }
    }

    /// Empties the cache, freeing the snapshot on a thread of its own, and gathers there the names
    /// its releases give their facilities (`StoredFacilityNames`). A batch does this when it has
    /// stored its last release: the snapshot holds every release's facility figures, and freeing
    /// those of ICE's 30 shared workbooks (5,837 rows) took 3–4 ms at the very end of the import,
    /// after its closing checks, while the other core sat idle. The names are `gatheredNames`.
    func emptyInBackground() {
        guard let snapshot = state.withLock({ $0.take() }) else { return }
        let pending = StoredFacilityNames.Pending(task: Task.detached(priority: .utility) {
            StoredFacilityNames(version: snapshot.version, releases: snapshot.releases)
        })
        names.withLock { $0 = pending }
    }

    /// The names `emptyInBackground` gathers from the last snapshot; nil before it is called, or
    /// when there was no snapshot to gather them from.
    var gatheredNames: StoredFacilityNames.Pending? { names.withLock { $0 } }
}
