import ArgumentParser
import Foundation
import VigilImport
import VigilStore

struct ImportCommissionActivityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commission-activity",
        abstract: "Import county and city agenda items on detention (markramm_commission_activity.csv).",
        discussion: """
            Columns: id,title,county,state,date,meeting_type,agenda_item,vote_result,source,... A blank date is read from the title (YYYY-MM-DD). Items are linked to registry facilities they name, through the registry matcher. \
            The file is archived by SHA-256: importing the same file again changes nothing. A bad row refuses the \
            whole file, naming file, row and field, and nothing is stored. The data is CC BY-SA 4.0, and so is what Vigil shows from it.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The CSV file.")
    var file: String

    func run() async throws {
        try await ExpansionImportOutput.run(options, file: file, read: { try CommissionActivityReader.read(fileAt: URL(fileURLWithPath: file)) }, count: \.count) {
            try await ExpansionArchive(database: $0).importCommissionItems($2, from: $1)
        }
    }
}
