import ArgumentParser
import Foundation
import VigilImport
import VigilStore

struct ImportContractsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contracts",
        abstract: "Import federal ICE contract awards (markramm_ice_contracts.csv).",
        discussion: """
            Columns: usaspending_award_id,recipient,amount_usd,description,period_start,award_date,place_state,place_county,detention_related,... Detention-related awards are linked to registry facilities their description names, through the registry matcher; doubtful links go to the review queue. \
            The file is archived by SHA-256: importing the same file again changes nothing. A bad row refuses the \
            whole file, naming file, row and field, and nothing is stored. The data is CC BY-SA 4.0, and so is what Vigil shows from it.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The CSV file.")
    var file: String

    func run() async throws {
        try await ExpansionImportOutput.run(options, file: file, read: { try ContractAwardReader.read(fileAt: URL(fileURLWithPath: file)) }, count: \.count) {
            try await ExpansionArchive(database: $0).importAwards($2, from: $1)
        }
    }
}
