import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

struct ImportTPSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tps",
        abstract: "Import a TPS designations file (country,designation,kind,effective_from,effective_to,...) as a new version.",
        discussion: """
            Each new file (by SHA-256) becomes the next version, and `vigil screen` uses the latest; the same file \
            again changes nothing. Later notices in `notes` (terminated effective, end moved to, extended to, \
            announced) set when each designation is in force. The whole file is refused, naming the row and \
            column, if any row is unreadable. See docs/release-screener.md.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The designations file (CSV), e.g. release/tps_designations.csv.")
    var file: String

    func run() async throws {
        let list = try FileImports.read(file) { try TPSDesignationReader.read(fileAt: URL(fileURLWithPath: file)) }
        let report = try await options.withDatabase("import") { database in
            try await TPSDesignationArchive(database: database).importList(list)
        }
        let v = report.version
        let certainty = v.toVerifyCount == 0 ? "none marked to verify" : "\(v.toVerifyCount) marked to verify"
        Console.error(report.added
            ? "\(list.source.fileName) (sha256 \(list.source.sha256)): stored as TPS version \(v.number): \(v.designationCount) designations, \(certainty)"
            : "\(list.source.fileName) (sha256 \(list.source.sha256)): already stored as TPS version \(v.number) on \(v.importedAt); nothing changed")
    }
}
