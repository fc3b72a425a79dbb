import Foundation
import Synchronization
import VaporCSQLite

/// Checkpoints a SQLite database's write-ahead log on a connection and thread of its own,
/// beside what the connection that wrote it goes on doing: for the end of a bulk import.
///
/// SQLite checkpoints on the connection that commits, once the log passes 1,000 pages, and
/// again when the last connection closes: the pages are copied into the database file and both
/// files synced, a few to a few tens of milliseconds each time. For ICE's 30 shared workbooks
/// the closing checkpoint came after the import's closing checks, with nothing left to run
/// beside it. Asked for here once the writing is done, it runs beside those checks instead, and
/// closing finds little or nothing left to copy. (Checkpointing every 1,000 pages here too, in
/// place of the committing connection, cost about 4% more CPU in whole-process pairs, and the
/// log grew to 5.8–9.6 MB at its largest where it had stayed under 5 MB: SQLite starts a log
/// over only when a transaction begins with all of it copied, which a checkpoint running beside
/// the commits seldom allowed.)
///
/// A checkpoint here is `PASSIVE`: it copies what no reader still needs and waits for no one,
/// as SQLite's own automatic checkpoint does. It syncs as the writing connection does
/// (`synchronous = NORMAL`: the log before copying, the database after), so what a commit
/// stored is as safe as before; a crash mid-copy leaves the log, which the next open replays.
///
/// Unchecked `Sendable`: the connection is used only on `queue`, one checkpoint at a time, and
/// closed there.
final class SQLiteBackgroundCheckpoint: @unchecked Sendable {
    private struct State {
        /// A checkpoint is running or queued on `queue`.
        var running = false
        /// Asked for again while one was running: run another once it ends.
        var requestedAgain = false
        /// Callers of `idle()` (`finish()` among them) waiting for the checkpoints asked for to end.
        var waiting: [CheckedContinuation<Void, Never>] = []
        /// `finish()` was called: the connection is closed, or about to be.
        var finished = false
        /// Checkpoints run so far.
        var runs = 0
    }

    private let connection: OpaquePointer
    private let queue = DispatchQueue(label: "vigil.sqlite-checkpoint")
    private let state = Mutex(State())

    /// Opens a second connection to the database file at `path`; nil when it cannot be opened
    /// (then SQLite's own checkpoints are left as they are).
    init?(path: String) {
        var handle: OpaquePointer?
        guard sqlite_nio_sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let handle,
              sqlite_nio_sqlite3_exec(handle, "PRAGMA synchronous = NORMAL", nil, nil, nil) == SQLITE_OK else {
            sqlite_nio_sqlite3_close_v2(handle)
            return nil
        }
        connection = handle
    }

    /// Asks for a checkpoint; returns at once.
    func request() {
        let start: Bool = state.withLock { state in
            if state.finished { return false }
            if state.running { state.requestedAgain = true; return false }
            state.running = true
            return true
        }
        if start { queue.async { self.runWhileRequested() } }
    }

    /// Waits for the checkpoint under way, if any, then closes this connection (it is never
    /// the last, so closing it copies nothing). Requests after this are ignored.
    func finish() async {
        let first = state.withLock { state in
            defer { state.finished = true }
            return !state.finished
        }
        await idle()
        if first { queue.sync { _ = sqlite_nio_sqlite3_close_v2(connection) } }
    }

    /// How many checkpoints have run.
    var runs: Int { state.withLock { $0.runs } }

    /// Returns once no checkpoint is running or asked for.
    func idle() async {
        await withCheckedContinuation { continuation in
            let done: Bool = state.withLock { state in
                guard state.running else { return true }
                state.waiting.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }

    private func runWhileRequested() {
        while true {
            // A refusal (another connection checkpointing, say) leaves the pages to the next
            // checkpoint, or to closing, as SQLite's automatic checkpoint would.
            _ = sqlite_nio_sqlite3_wal_checkpoint_v2(connection, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            let waiting: [CheckedContinuation<Void, Never>]? = state.withLock { state in
                state.runs += 1
                if state.requestedAgain { state.requestedAgain = false; return nil }
                state.running = false
                defer { state.waiting = [] }
                return state.waiting
            }
            guard let waiting else { continue }
            waiting.forEach { $0.resume() }
            return
        }
    }
}
