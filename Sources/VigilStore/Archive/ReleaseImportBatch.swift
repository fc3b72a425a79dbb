import Foundation
import VigilCore

/// Imports many workbooks, one transaction each: a file that fails is reported and the
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
        await run(ReleaseReadAhead(files, read: read), progress: progress)
    }

    /// Imports each file of `readAhead` in turn, as it has been read, calling `progress` after
    /// each with its position. Files are read in parallel (see `ReleaseReadAhead`) but archived
    /// strictly in order, each in its own transaction.
    public func run(_ readAhead: ReleaseReadAhead, progress: @Sendable (Int, Int, FileResult) -> Void = { _, _, _ in }) async -> [FileResult] {
        var readAhead = readAhead
        let files = readAhead.files
        var results: [FileResult] = []
        for (index, file) in files.enumerated() {
            let started = ContinuousClock.now
            guard let (wasRead, readSeconds) = await readAhead.next() else { break }
            let status: FileResult.Status
            let storing = ContinuousClock.now
            do {
                let prepared = try wasRead.get()
                let release = prepared.release
                switch try await archive.archive(prepared) {
                case .archived(_, let facilities, let anomalies):
                    status = .archived(asOf: release.asOfDate, facilities: facilities, anomalies: anomalies)
                case .alreadyArchived(_, let name):
                    status = .alreadyArchived(asFileName: name)
                case .republished(_, let original):
                    status = .republished(originalFileName: original)
                case .backfilled(_, let name, let monthly, let vulnerable):
                    status = .backfilled(asFileName: name, segregationRows: monthly, vulnerableRows: vulnerable)
                }
            } catch {
                // PostgreSQL errors hide their detail from `description`; a user needs it.
                status = .failed(reason: (error as? ImportFailure)?.description ?? String(reflecting: error))
            }
            var result = FileResult(file: file, status: status, seconds: Self.seconds(since: started))
            result.readSeconds = readSeconds
            result.storeSeconds = Self.seconds(since: storing)
            results.append(result)
            progress(index + 1, files.count, result)
        }
        return results
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = start.duration(to: .now)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
