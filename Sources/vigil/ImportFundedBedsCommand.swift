import ArgumentParser
import Foundation
import VigilImport
import VigilStore

struct ImportFundedBedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funded-beds",
        abstract: "Import funded detention beds by fiscal year (funded_beds.csv).",
        discussion: """
            Columns: fiscal_year,beds,status,what_the_source_says,source_url. A blank beds means no bed minimum that year, not zero. A revised file replaces the fiscal years it lists. \
            The file is archived by SHA-256: importing the same file again changes nothing. A bad row refuses the \
            whole file, naming file, row and field, and nothing is stored. The data is CC BY-SA 4.0, and so is what Vigil shows from it.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The CSV file.")
    var file: String

    func run() async throws {
        try await ExpansionImportOutput.run(options, file: file, read: { try FundedBedsReader.read(fileAt: URL(fileURLWithPath: file)) }, count: \.count) {
            try await ExpansionArchive(database: $0).importFundedBeds($2, from: $1)
        }
    }
}
