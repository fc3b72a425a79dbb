import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

struct ImportIncidentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "Import documented incidents (conditions inside facilities) from a CSV file.",
        discussion: """
            The header names the columns, in any order: facility, occurred_on, category, status, visibility, \
            description, source_title, source_url, documented_by. facility is a registry DETLOC code or a facility \
            key; occurred_on is YYYY-MM-DD; category, status and visibility take the slugs in docs/exports.md. \
            A blank or missing visibility means internal (shown to signed-in people only), the safe default. \
            Any bad row or unknown facility refuses the whole file, naming the rows, and nothing is stored; \
            importing the same file again changes nothing.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The CSV file.")
    var file: String

    @Option(name: .customLong("recorded-by"), help: "The email to record as having entered the incidents (default: import:<file name>).")
    var recordedBy: String?

    func validate() throws {
        if let recordedBy, !User.isPlausibleEmail(User.normalizedEmail(recordedBy)) {
            throw ValidationError("--recorded-by takes an email address; “\(recordedBy)” is not one.")
        }
    }

    func run() async throws {
        let url = URL(fileURLWithPath: file)
        let list = try FileImports.read(file) { try IncidentCSVReader.read(fileAt: url) }
        Console.error("\(list.source.fileName) (sha256 \(list.source.sha256)): \(list.entries.count) incidents read")
        let recorder = recordedBy.map(User.normalizedEmail) ?? "import:\(list.source.fileName)"
        let report = try await options.withDatabase("import") { database in
            try await FileImports.store(file) {
                try await IncidentArchive(database: database).importBatch(list, recordedBy: recorder, audit: .commandLine)
            }
        }
        if report.added == 0 {
            Console.error("\(list.source.fileName): unchanged, every row already imported")
        } else {
            Console.error("\(list.source.fileName): \(report.added) incidents added (recorded by \(recorder))"
                          + (report.alreadyStored > 0 ? ", \(report.alreadyStored) already stored" : ""))
        }
    }
}
