import Foundation
import VigilCore

/// Imports many workbooks, each whole or not at all: a file that fails is reported and the
/// batch goes on to the next, so one bad download never costs the others.
public struct ReleaseImportBatch: Sendable {
    public typealias Reader = ReleaseReadAhead.Reader

    /// What happened to one file.
    public struct FileResult: Sendable {
        public enum Status: Sendable {
            case archived(asOf: CalendarDate, facilities: Int, anomalies: Int)
            case alreadyArchived(asFileName: String)
            case republished(originalFileName: String)
            /// Archived by an older Vigil: its segregation sheets' rows were added to it.
            case backfilled(asFileName: String, segregationRows: Int, vulnerableRows: Int)
            case failed(reason: String)
        }
        public var file: URL
        public var status: Status
        /// From the moment the batch turned to this file until it was stored (waiting for its read included).
        public var seconds: Double
        /// How long reading the workbook and preparing its rows took, on its own reader.
        public var readSeconds: Double = 0
        /// How long storing it took: the transaction, expansion events included.
        public var storeSeconds: Double = 0

        public var failed: Bool {
            if case .failed = status { return true }
            return false
        }

        /// One line for the progress log and the summary.
        public var summary: String {
            switch status {
            case .archived(let asOf, let facilities, let anomalies):
                "archived: as of \(asOf.iso), \(facilities) facilities, \(anomalies) anomal\(anomalies == 1 ? "y" : "ies")"
            case .alreadyArchived(let name):
                name == file.lastPathComponent ? "unchanged: already archived" : "unchanged: already archived as \(name)"
            case .republished(let original):
                "recognised: the same release as \(original), recorded as another copy"
            case .backfilled(let name, let monthly, let vulnerable):
                "already archived\(name == file.lastPathComponent ? "" : " as \(name)"); added its segregation figures "
                    + "(\(monthly) monthly facility rows, \(vulnerable) vulnerable-population rows)"
            case .failed(let reason):
                "REFUSED: \(reason)"
            }
        }
    }

    let archive: ReleaseArchive
    let read: Reader

    /// `detectsExpansionEvents` false only for measuring detection's cost (see `ReleaseArchive`).
    public init(database: VigilDatabase, detectsExpansionEvents: Bool = true, read: @escaping Reader) {
        self.archive = ReleaseArchive(database: database, detectsExpansionEvents: detectsExpansionEvents)
        self.read = read
    }

    /// The workbooks to import from the given files and folders: folders are searched
    /// (recursively) for `.xlsx` files, skipping Excel's `~$` lock files and hidden files;
    /// files named explicitly are taken whatever their extension, so a wrong file gets a clear error.
    public static func workbooks(in paths: [URL]) throws -> [URL] {
        var found: [URL] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else {
                throw ImportFailure(file: path.path, "no such file or folder")
            }
            if isFolder.boolValue {
                let enumerator = FileManager.default.enumerator(at: path, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
                var inFolder: [URL] = []
                while let url = enumerator?.nextObject() as? URL {
                    let name = url.lastPathComponent
                    if name.lowercased().hasSuffix(".xlsx") && !name.hasPrefix("~$") { inFolder.append(url) }
                }
                found += inFolder.sorted { $0.path < $1.path }
            } else {
                found.append(path)
            }
        }
        return found
    }

    /// Imports each file in turn, calling `progress` after each with its position.
    public func run(_ files: [URL], progress: @Sendable (Int, Int, FileResult) -> Void = { _, _, _ in }) async -> [FileResult] {
        var readAhead = ReleaseReadAhead(files, read: read)
        return await run(&readAhead, progress: progress)
    }

    /// Imports each file of `readAhead` in turn, as it has been read, calling `progress` after
    /// each with its position. Files are read in parallel (see `ReleaseReadAhead`) but archived
    /// strictly in order. The next file and those after it already read by then are stored
    /// together, each whole or not at all (`ReleaseArchive.archive(group:)`).
    ///
    /// `readAhead` hands its files out, and is emptied, as they are stored: a copy of it kept every
    /// release read until the import's end, when they were all freed at once (`perf` found that
    /// freeing in the import's last 10 ms, where nothing overlaps it; peak memory went from 79–80 MB
    /// to 77 MB for the 30 shared workbooks).
    public func run(_ readAhead: inout ReleaseReadAhead, progress: @Sendable (Int, Int, FileResult) -> Void = { _, _, _ in }) async -> [FileResult] {
        let files = readAhead.files
        var results: [FileResult] = []
        while results.count < files.count {
            let started = ContinuousClock.now
            guard let first = await readAhead.next() else { break }
            var group = [first]
            while group.count < Self.largestGroup, let read = await readAhead.nextIfRead() { group.append(read) }
            let waited = Self.seconds(since: started)

            let storing = ContinuousClock.now
            // A file that could not be read is reported in its place; the others are stored.
            var statuses: [FileResult.Status?] = Array(repeating: nil, count: group.count)
            var toStore: [(index: Int, prepared: PreparedRelease)] = []
            for (index, (read, _)) in group.enumerated() {
                switch read {
                case .success(let prepared): toStore.append((index, prepared))
                case .failure(let error): statuses[index] = .failed(reason: Self.reason(error))
                }
            }
            var ownSeconds = Array(repeating: 0.0, count: group.count)
            var stored: [ReleaseArchive.Stored] = []
            if !toStore.isEmpty {
                // The last group leaves copying the log to the caller's checkpoint, beside what it does next.
                let isLast = results.count + group.count == files.count
                stored = isLast ? await archive.database.withoutAutomaticCheckpoint { await archive.archive(group: toStore.map(\.prepared)) }
                    : await archive.archive(group: toStore.map(\.prepared))
            }
            for ((index, prepared), stored) in zip(toStore, stored) {
                statuses[index] = switch stored.outcome {
                case .success(let outcome): Self.status(outcome, of: prepared.release)
                case .failure(let error): .failed(reason: Self.reason(error))
                }
                ownSeconds[index] = stored.seconds
            }
            // What the group shared (its events, the commit) is split evenly among the files it stored.
            let shared = max(0, Self.seconds(since: storing) - ownSeconds.reduce(0, +)) / Double(max(1, toStore.count))
            for (offset, (_, readSeconds)) in group.enumerated() {
                let storeSeconds = toStore.contains { $0.index == offset } ? ownSeconds[offset] + shared : 0
                var result = FileResult(file: files[results.count], status: statuses[offset] ?? .failed(reason: "the archive said nothing of it"),
                                        seconds: (offset == 0 ? waited : 0) + storeSeconds)
                result.readSeconds = readSeconds
                result.storeSeconds = storeSeconds
                results.append(result)
                progress(results.count, files.count, result)
            }
        }
        // The batch is stored: what detection kept for its next group is freed beside the checks
        // that follow, and the facility names the untied-names check needs are gathered from it.
        archive.expansionEvents.emptyInBackground()
        return results
    }

    /// Every name the stored facility rows hold, gathered from memory when the batch has stored
    /// its last release (see `StoredFacilityNames`): for `SegregationQueries.untiedFacilityNames`.
    /// Nil before then, or when the batch kept nothing in memory (its last group refused).
    public var storedFacilityNames: StoredFacilityNames.Pending? { archive.expansionEvents.gatheredNames }

    /// At most this many files are stored in one transaction: the read-ahead's window, so a
    /// long import still commits every few dozen files and holds the write lock for a fraction of a second.
    static var largestGroup: Int { ReleaseReadAhead.window }

    private static func status(_ outcome: ArchiveOutcome, of release: IceStatsRelease) -> FileResult.Status {
        switch outcome {
        case .archived(_, let facilities, let anomalies): .archived(asOf: release.asOfDate, facilities: facilities, anomalies: anomalies)
        case .alreadyArchived(_, let name): .alreadyArchived(asFileName: name)
        case .republished(_, let original): .republished(originalFileName: original)
        case .backfilled(_, let name, let monthly, let vulnerable):
            .backfilled(asFileName: name, segregationRows: monthly, vulnerableRows: vulnerable)
        }
    }

    /// PostgreSQL errors hide their detail from `description`; a user needs it.
    private static func reason(_ error: any Error) -> String {
        (error as? ImportFailure)?.description ?? String(reflecting: error)
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = start.duration(to: .now)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
