import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

struct ImportDossiersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossiers",
        abstract: "Import researched contract dossiers: a folder of Markdown files with YAML front matter (contract-dossiers/).",
        discussion: """
            Every .md file in the folder, read whole: front matter between --- lines (id, title, contract_type, contractor, \
            facility, value, period, beds, importance, tags), then the text. Each file is archived by SHA-256: a file \
            imported before is skipped, a changed one replaces the dossier with its id. A file with bad front matter \
            refuses the folder, naming the file, line and field, and nothing is stored. Dossiers are linked to the registry \
            facility they name through the registry matcher. The data is CC BY-SA 4.0, and so is what Vigil shows from it.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The folder of dossiers.")
    var folder: String

    func run() async throws {
        let url = URL(fileURLWithPath: folder)
        try await ExpansionImportOutput.run(options, file: folder, read: {
            let read = try ContractDossierReader.read(folderAt: url)
            // The folder's own digest: of its files' digests in name order, so any changed file changes it.
            let digest = FileDigest.sha256Hex(of: Data(read.dossiers.map { $0.source.sha256 }.joined(separator: "\n").utf8))
            return (SourceFile(fileName: url.lastPathComponent, sha256: digest, byteCount: read.dossiers.map { $0.source.byteCount }.reduce(0, +)),
                    read.dossiers)
        }, count: \.count) { database, source, dossiers in
            try await ExpansionArchive(database: database).importDossiers(dossiers, folderName: source.fileName)
        }
    }
}
