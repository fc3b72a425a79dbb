import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

struct ImportCasesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "Import an organization's cases from a CSV file, all or nothing.",
        discussion: """
            The header names the columns, in any order: \(CaseField.allCases.map(\.rawValue).joined(separator: ", ")). \
            name, a_number, birth_date, citizenship, facility and detained_on are required. Dates are YYYY-MM-DD; a_number \
            is nine digits, optionally after an A and with dashes; facility is a registry DETLOC code; lists are separated \
            by ; and evidence documents are “fact | title | date | kept or missing”. Any bad row or unknown facility refuses \
            the whole file, naming the row and column; importing the same file again changes nothing. Needs \
            \(DataKey.environmentVariable) (see docs/casework.md). Every field is in docs/casework.md.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "The organization the cases belong to (its slug).")
    var org: String

    func run() async throws {
        let key = try DataKeyOption.required(for: "Importing cases")
        let list = try FileImports.read(file) { try CaseCSVReader.read(fileAt: URL(fileURLWithPath: file)) }
        Console.error("\(list.source.fileName) (sha256 \(list.source.sha256)): \(list.entries.count) cases read")
        let (organization, report) = try await options.withDatabase("import") { database in
            try await FileImports.store(file) {
                guard let organization = try await Organizations(database: database).organization(slug: org) else {
                    throw OrganizationError.noSuchOrganization(org)
                }
                let archive = CaseArchive(database: database, key: key)
                try await archive.verifyKey()
                return (organization, try await archive.importBatch(list, into: organization, recordedBy: "import:\(list.source.fileName)", audit: .commandLine))
            }
        }
        if report.added == 0 {
            Console.error("\(list.source.fileName): unchanged, every row already imported into \(organization.slug)")
        } else {
            Console.error("\(list.source.fileName): \(report.added) cases added to \(organization.slug)"
                          + (report.alreadyStored > 0 ? ", \(report.alreadyStored) already stored" : ""))
        }
    }
}
