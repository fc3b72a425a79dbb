import Foundation
import VigilCore

/// Workbooks read ahead of the one being stored.
///
/// Reading starts when this is made, so a command can make it before opening the database:
/// the files are read while the schema is made (PostgreSQL's first import spends a tenth of a
/// second there, the server using a core of its own).
///
/// Readers run on threads of their own (`ReaderLanes`, one per core, each taking the oldest file
/// not yet started), not on Swift's cooperative pool. A workbook is read in one
/// go, tens of milliseconds without a suspension point; on the pool (one thread per core) each
/// reader held a thread that long, and every resumption of the task storing releases waited
/// behind it. On threads of their own, at a lower priority, the kernel gives a core to the
/// storing whenever it has work and the rest to reading.
public struct ReleaseReadAhead: Sendable {
    public typealias Reader = @Sendable (URL) throws -> IceStatsRelease

    /// How many workbooks are read at once: one per core, at least two, so reading overlaps
    /// storing even on one core. Asked once: Foundation reads the cgroup's CPU quota and CPU set
    /// from `/sys` every time it is asked, and the window below asked for each file it started.
    public static let readersAtOnce = max(2, ProcessInfo.processInfo.activeProcessorCount)
    /// How many read releases may wait to be stored: enough to keep the readers busy while the
    /// database opens and makes its schema (a window of 8 filled while PostgreSQL made it, and
    /// the readers stopped), and bounded, so a folder of a thousand workbooks never holds more
    /// than this many releases in memory (importing the 30 shared ones peaked at 83 MB with 32,
    /// 82.5 MB with 8).
    static let window = max(32, 4 * readersAtOnce)
    /// How much lower than the rest of the process the readers run (`nice` steps). What is read
    /// waits in the window, so reading is ahead; the storing and the database server it waits on
    /// are what the import's end waits for, and they were losing the cores to the readers.
    static let readerNiceness: Int32 = 10

    public let files: [URL]
    private let read: Reader
    private let lanes: ReaderLanes
    private var reading: [PendingRead] = []
    /// The next file to start reading.
    private var nextToRead = 0

    public init(_ files: [URL], read: @escaping Reader) {
        self.files = files
        self.read = read
        lanes = ReaderLanes(count: Self.readersAtOnce, label: "vigil.read-ahead", niceness: Self.readerNiceness)
        while nextToRead < min(Self.window, files.count) { startNext() }
    }

    /// The next file's release, prepared for storing (or why it could not be read), and how long
    /// reading and preparing it took, in file order; the read-ahead then starts on the file after the window.
    mutating func next() async -> (Result<PreparedRelease, any Error>, seconds: Double)? {
        guard !reading.isEmpty else { return nil }
        let done = await reading.removeFirst().outcome()
        if nextToRead < files.count { startNext() }
        return done
    }

    /// The next file's release, like `next()`, but only when its reading has already ended: nil
    /// rather than waiting for it.
    mutating func nextIfRead() async -> (Result<PreparedRelease, any Error>, seconds: Double)? {
        guard let first = reading.first, first.hasEnded else { return nil }
        return await next()
    }

    /// Hands the next file to the lanes at once, so they take files in file order. (Each used to
    /// be handed over from a task of its own, in whatever order Swift's pool ran those tasks.)
    private mutating func startNext() {
        let (slot, file, read) = (PendingRead(), files[nextToRead], read)
        reading.append(slot)
        nextToRead += 1
        lanes.submit {
            let started = ContinuousClock.now
            let result = Result { PreparedRelease(try read(file)) }
            slot.end((result, ReleaseImportBatch.seconds(since: started)))
        }
    }
}
