import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

struct ImportNationalADPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "national-adp",
        abstract: "Import a national average-daily-population series (fiscal_year,adp[,administration,source]).",
        discussion: """
            Death rates per 100,000 detained-days use it for the fiscal years no imported ICE workbook covers. \
            Each year in the file replaces that year's stored figure; the whole file is refused, naming the row \
            and column, if any row is unreadable.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The series file (CSV).")
    var file: String

    func run() async throws {
        let (source, years) = try FileImports.read(file) { try NationalADPReader.read(fileAt: URL(fileURLWithPath: file)) }
        let report = try await options.withDatabase("import") { database in
            try await FileImports.store(file) { try await NationalADPArchive(database: database).importSeries(years, from: source) }
        }
        Console.error("""
            \(source.fileName) (sha256 \(source.sha256)): FY\(years.first!.fiscalYear.year)–FY\(years.last!.fiscalYear.year), \
            \(report.added) years added, \(report.changed) revised, \(report.unchanged) unchanged
            """)
    }
}
