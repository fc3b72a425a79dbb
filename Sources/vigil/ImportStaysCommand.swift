import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

struct ImportStaysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stays",
        abstract: "Import ICE's person-level Detentions records (.csv, .csv.gz or .xlsx) as daily populations.",
        discussion: """
            Reads the 53-column FOIA "Detentions" release (ICE's column names or their \
            snake_case form; title rows above the header are skipped), drops exact duplicate \
            rows, and stores the midnight and 24-hour population, book-ins and book-outs per \
            facility and day, length-of-stay classes and release reasons, with the file's SHA-256 \
            and an import report. The person-level rows are not stored. One transaction: a \
            refused file leaves the database as it was. Importing the same file again changes nothing.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The person-level file.")
    var file: String

    @Option(help: "Count ongoing stays up to this day (YYYY-MM-DD; default: the last day the file mentions).")
    var through: String?

    func run() async throws {
        let throughDate = try through.map { text in
            guard let d = CalendarDate(iso: text) else { throw ValidationError("--through wants a YYYY-MM-DD date, not \(text).") }
            return d
        }
        let started = ContinuousClock.now
        Console.error("Reading \(file)…")
        let stays = try FileImports.read(file) {
            try StaysFileReader.read(fileAt: URL(fileURLWithPath: file), options: .init(computeDigest: true, through: throughDate))
        }
        let (outcome, location) = try await options.withDatabase("import") { database in
            (try await DailyPopulationArchive(database: database).archive(stays), database.location)
        }
        let p = stays.population
        switch outcome {
        case .archived(let id, let rows):
            Console.error("Stored import \(id) into \(location): \(rows) facility-days for \(p.series.count) facilities, \(p.firstDate?.iso ?? "-") to \(p.lastDate?.iso ?? "-").")
        case .alreadyArchived(let id, let name):
            Console.error("Unchanged: this file (SHA-256 \(stays.source.sha256.prefix(12))…) is already stored as import \(id) (\(name)).")
        }
        Console.error("")
        Console.error("Import report for \(stays.source.fileName):")
        for line in stays.report.lines { Console.error("  " + line) }
        Console.error("  release reasons: " + p.releaseReasons.prefix(5).map { "\($0.reason.isEmpty ? "(blank)" : $0.reason) \($0.count)" }.joined(separator: "; "))
        Console.error("  \(Self.seconds(since: started).fixedDecimals(2)) s")
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = start.duration(to: .now)
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
