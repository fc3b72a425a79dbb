import ArgumentParser
import VigilStore

extension ExportName: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a table to standard output as CSV or JSON.",
        discussion: """
            Tables: \(ExportName.allCases.map(\.rawValue).joined(separator: ", ")). \
            Their columns are documented in docs/exports.md and stay stable.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The table: \(ExportName.allCases.map(\.rawValue).joined(separator: ", ")).")
    var table: ExportName

    @Option(help: "csv or json.")
    var format: ExportFormat = .csv

    @Option(help: "The letter whose signatories to export (the signatories table only).")
    var letter: Int?

    func validate() throws {
        if table == .signatories, letter == nil { throw ValidationError("export signatories needs --letter ID (vigil letter list shows the ids).") }
    }

    func run() async throws {
        let text: String
        do {
            text = try await options.withDatabase("export") { try await Exporter(database: $0).render(table, as: format, letter: letter) }
        } catch let refusal as Exporter.Refusal {
            throw CommandFailure(refusal.description)
        }
        print(text, terminator: "")
    }
}
