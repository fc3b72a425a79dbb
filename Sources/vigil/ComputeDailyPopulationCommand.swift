import ArgumentParser
import Foundation
import VigilCore
import VigilImport

struct ComputeDailyPopulationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daily-population",
        abstract: "Compute daily midnight and 24-hour populations from a person-level file, to CSV.",
        discussion: """
            Reads the file as `vigil import stays` does (same checks, same report on standard \
            error) and writes facility_code,date,midnight_pop,daily_pop_24h for every non-zero \
            facility-day, without touching the database.
            """)

    @Argument(help: "The person-level file (.csv, .csv.gz or .xlsx).")
    var file: String

    @Option(help: "Where to write the CSV (default: standard output).")
    var output: String?

    @Option(help: "Count ongoing stays up to this day (YYYY-MM-DD; default: the last day the file mentions).")
    var through: String?

    @Flag(help: "Do not print the import report.")
    var quiet = false

    func run() throws {
        let throughDate = try through.map { text in
            guard let d = CalendarDate(iso: text) else { throw ValidationError("--through wants a YYYY-MM-DD date, not \(text).") }
            return d
        }
        let started = ContinuousClock.now
        let stays = try StaysFileReader.read(fileAt: URL(fileURLWithPath: file),
                                             options: .init(computeDigest: false, through: throughDate))
        if let output {
            let writer = try CompressedFileWriter(path: output)
            try stays.population.csvLines { try writer.write($0) }
            try writer.close()
        } else {
            try stays.population.csvLines { try FileHandle.standardOutput.write(contentsOf: $0) }
        }
        if !quiet {
            Console.error("Report for \(stays.source.fileName):")
            for line in stays.report.lines { Console.error("  " + line) }
            Console.error("  \(ImportStaysCommand.seconds(since: started).fixedDecimals(2)) s")
        }
    }
}
