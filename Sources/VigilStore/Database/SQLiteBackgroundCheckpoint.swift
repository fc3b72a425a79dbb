import SQLiteNIO

/// Checkpoints a SQLite database's write-ahead log on a second connection, beside what the
/// connection that wrote it goes on doing: for the end of a bulk import
/// (`VigilDatabase.startCheckpoint()`).
///
/// SQLite checkpoints on the connection that commits, once the log passes 1,000 pages, and
/// again when the last connection closes: the pages are copied into the database file and both
/// files synced, a few to a few tens of milliseconds each time. For ICE's 30 shared workbooks
/// the closing checkpoint came after the import's closing checks, with nothing left to run
/// beside it. Started here once the writing is done, it runs beside those checks instead (the
/// two connections' work goes to two threads of SQLiteNIO's pool), and closing finds little or
/// nothing left to copy. (Checkpointing here throughout the import, every 1,000 pages in place
/// of the committing connection, cost about 4% more CPU in whole-process pairs, and the log
/// grew to 5.8–9.6 MB at its largest where it had stayed under 5 MB: SQLite starts a log over
/// only when a transaction begins with all of it copied, which a checkpoint running beside the
/// commits seldom allowed.)
///
/// The checkpoint is `PASSIVE`: it copies what no reader still needs and waits for no one, as
/// SQLite's own automatic checkpoint does, and syncs as that one does (the log before copying,
/// the database after), so what a commit stored is as safe as before; a crash mid-copy leaves
/// the log, which the next open replays.
enum SQLiteBackgroundCheckpoint {
    /// What one checkpoint did, in frames of the log (`PRAGMA wal_checkpoint`'s answer).
    struct Outcome: Sendable, Equatable {
        /// Frames in the log.
        var logged: Int
        /// Frames copied into the database file by now.
        var copied: Int
    }

    /// Checkpoints the database file at `path` on a connection opened for it, then closes that
    /// connection (never the last, so closing it copies nothing). Nil when the connection or the
    /// checkpoint failed: closing the writing connection then checkpoints, as it always does.
    static func run(path: String) async -> Outcome? {
        guard let connection = try? await SQLiteConnection.open(storage: .file(path: path)) else { return nil }
        let row = try? await connection.query("PRAGMA wal_checkpoint(PASSIVE)").first
        try? await connection.close()
        guard let logged = row?.column("log")?.integer, let copied = row?.column("checkpointed")?.integer else { return nil }
        return Outcome(logged: logged, copied: copied)
    }
}
