import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

struct ImportIceStatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ice-stats",
        abstract: "Import ICE detention-statistics workbooks (.xlsx), files or folders.",
        discussion: """
            Each workbook is stored whole or not at all: a bad file is refused with the reason \
            (file, sheet, row, column) and nothing of it is stored; the import goes on with the \
            next file. (Workbooks already read when the import turns to them are stored together \
            in one transaction; should the database refuse one, each is stored again on its own.) \
            Importing a file again changes nothing. Exits with status 1 when any file failed.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Workbooks, or folders to search for .xlsx files.")
    var paths: [String]

    /// Hidden: for `Benchmarks/expansion-detection.sh`, which times imports with and without it.
    @Flag(name: .customLong("skip-event-detection"),
          help: ArgumentHelp("Benchmarks only: do not recompute expansion events (they stay stale until the next import).", visibility: .hidden))
    var skipEventDetection = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one workbook or folder of workbooks to import.") }
    }

    /// One line on the segregation sheets' names that no facility could be tied to.
    static func describeUntiedSegregationNames(_ names: [String]) -> String {
        guard !names.isEmpty else { return "Segregation sheets: every facility name is tied to a facility." }
        let shown = names.prefix(8).joined(separator: "; ")
        return "Segregation sheets: \(names.count) facility name\(names.count == 1 ? " is" : "s are") tied to no facility (counted nationally, shown as printed, on no facility page): \(shown)\(names.count > 8 ? "; …" : "")."
    }

    func run() async throws {
        let files = try ReleaseImportBatch.workbooks(in: paths.map { URL(fileURLWithPath: $0) })
        guard !files.isEmpty else { throw CommandFailure("No .xlsx files found in \(paths.joined(separator: ", ")).") }
        let started = ContinuousClock.now
        let read: ReleaseImportBatch.Reader = { try IceStatsWorkbookReader.read(fileAt: $0) }
        // Reading starts now, while the database opens and makes its schema: the part of it an
        // import of workbooks needs, the rest waiting for the next command that opens it whole.
        var readAhead = ReleaseReadAhead(files, read: read)
        let (results, location, batchSeconds, matchingSeconds) = try await options.withDatabase("import", schema: .workbookImport) { database in
            let batch = ReleaseImportBatch(database: database, detectsExpansionEvents: !skipEventDetection, read: read)
            let results = await batch.run(&readAhead) { index, total, result in
                Console.error("[\(index)/\(total)] \(result.file.lastPathComponent): \(result.summary) "
                    + "(\(result.seconds.fixedDecimals(2)) s; read \(result.readSeconds.fixedDecimals(2)) s, stored \(result.storeSeconds.fixedDecimals(2)) s)")
            }
            let batchSeconds = ImportStaysCommand.seconds(since: started)
            // The writing is done: the log is copied into the database file beside the checks below.
            database.startCheckpoint()
            let matchingStarted = ContinuousClock.now
            // New releases may name facilities the registry can now tie to codes.
            if results.contains(where: { if case .archived = $0.status { true } else { false } }) {
                do {
                    if try await !RegistryQueries(database: database).hasFacilities() {
                        // Without a registry every facility would count as "unmatched": say what to do instead.
                        Console.error("Facility codes and operators: none yet. Import reference lists with `vigil import facilities <files>` to tie these facilities to ICE's codes.")
                    } else {
                        Console.error(FacilitiesMatchCommand.describe(try await FacilityMatching(database: database).run()))
                    }
                } catch {
                    Console.error("Matching facilities to registry codes failed: \(String(reflecting: error))")
                }
            }
            if results.contains(where: { if case .archived = $0.status { true } else if case .backfilled = $0.status { true } else { false } }) {
                Console.error(Self.describeUntiedSegregationNames(
                    try await SegregationQueries(database: database).untiedFacilityNames(storedNames: batch.storedFacilityNames)))
            }
            return (results, database.location, batchSeconds, ImportStaysCommand.seconds(since: matchingStarted))
        }

        let failed = results.filter(\.failed)
        let archived = results.filter { if case .archived = $0.status { true } else { false } }
        let backfilled = results.filter { if case .backfilled = $0.status { true } else { false } }
        Console.error("")
        Console.error("Imported \(files.count) file\(files.count == 1 ? "" : "s") into \(location): \(archived.count) new release\(archived.count == 1 ? "" : "s"), \(results.count - archived.count - backfilled.count - failed.count) unchanged or recognised, \(failed.count) \(FileImports.refusedWord.lowercased()).")
        if !backfilled.isEmpty {
            Console.error("  \(backfilled.count) release\(backfilled.count == 1 ? " was" : "s were") archived before segregation sheets were read; their segregation figures were added.")
        }
        for result in failed {
            Console.error("  \(result.file.path): \(result.summary)")
        }
        // Where the time went: reading is spread over several readers, so it can exceed the wall time.
        let (reading, storing) = (results.reduce(0) { $0 + $1.readSeconds }, results.reduce(0) { $0 + $1.storeSeconds })
        Console.error("Time: \(batchSeconds.fixedDecimals(2)) s for the files (reading \(reading.fixedDecimals(2)) s over "
            + "\(ReleaseReadAhead.readersAtOnce) readers, storing \(storing.fixedDecimals(2)) s), \(matchingSeconds.fixedDecimals(2)) s matching and checks.")
        if !failed.isEmpty { throw ExitCode(1) }
    }
}
