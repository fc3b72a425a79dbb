import ArgumentParser
import Foundation
import VigilImport
import VigilStore

struct Import287gAgreementsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "287g",
        abstract: "Import 287(g) agreements (markramm_287g_agreements.csv).",
        discussion: """
            Columns: id,title,state,county,agency,model,signed_date,source,... signed_date is written out (June 8, 2020) or YYYY-MM-DD. Agreements are signals at their county (or agency), not linked to facilities. \
            The file is archived by SHA-256: importing the same file again changes nothing. A bad row refuses the \
            whole file, naming file, row and field, and nothing is stored. The data is CC BY-SA 4.0, and so is what Vigil shows from it.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The CSV file.")
    var file: String

    func run() async throws {
        try await ExpansionImportOutput.run(options, file: file, read: { try Agreement287gReader.read(fileAt: URL(fileURLWithPath: file)) }, count: \.count) {
            try await ExpansionArchive(database: $0).importAgreements($2, from: $1)
        }
    }
}
