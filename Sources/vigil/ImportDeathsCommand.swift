import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

struct ImportDeathsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deaths",
        abstract: "Import lists of deaths in ICE custody: ICE's detailed list, the FOIA 2003–2017 extract, or DWN's 2003–2016 list.",
        discussion: """
            The format is told from the header (or, for DWN's headerless list, its six columns). Each death is \
            tied to a registry facility where the name matcher can, and stored once across lists; a newer \
            edition adds only new deaths, and the same file again changes nothing. Rows dated after today are \
            refused and reported by row. Unlinked and doubtful facilities are listed; see `vigil deaths review`.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The list files (CSV).")
    var files: [String]

    func run() async throws {
        let refused = try await options.withDatabase("import") { database in
            await FileImports.each(files) { file in
                let list = try DeathListReader.read(fileAt: URL(fileURLWithPath: file))
                switch try await DeathArchive(database: database).importList(list) {
                case .alreadyArchived(let name):
                    Console.error("\(list.source.fileName): unchanged, already imported (as \(name))")
                case .imported(let r):
                    Console.error("\(list.source.fileName) (\(list.format.rawValue), sha256 \(list.source.sha256)): \(r.newDeaths) new deaths, \(r.alreadyKnown) already known")
                    for note in r.notes { Console.error("  note: \(note)") }
                    for item in r.unlinked { Console.error("  facility unknown to the registry (kept, unlinked): \(item)") }
                    for item in r.doubtful { Console.error("  doubtful facility link (awaiting review): \(item)") }
                    for item in r.likelyDuplicates { Console.error("  likely duplicate (awaiting review): \(item)") }
                }
            }
        }
        try FileImports.exitIfAnyRefused(refused)
    }
}
