import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

struct ImportDailyPopulationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daily-population",
        abstract: "Import daily populations others derived: UWCHR's headcount or the Deportation Data Project's file.",
        discussion: """
            The format is told from the header: UWCHR's pipe-delimited \
            detention_facility_code|n|date (a midnight headcount) or DDP's CSV with n_detained \
            (24-hour) and n_detained_at_midnight. Plain or .gz. Each file is stored as its own \
            series, labelled with its source and definition, never merged with another.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The daily population files.")
    var files: [String]

    func run() async throws {
        let refused = try await options.withDatabase("import") { database in
            await FileImports.each(files) { file in
                let started = ContinuousClock.now
                let derived = try DailyPopulationFileReader.read(fileAt: URL(fileURLWithPath: file))
                let outcome = try await DailyPopulationArchive(database: database).archive(derived)
                let what = "\(derived.kind.rawValue) (\(derived.definitions.map(\.rawValue).joined(separator: " + ")))"
                switch outcome {
                case .archived(let id, let rows):
                    Console.error("\(derived.source.fileName): stored as import \(id), \(what): \(derived.points.count) facility-days, \(rows) rows (\(ImportStaysCommand.seconds(since: started).fixedDecimals(2)) s)")
                case .alreadyArchived(let id, let name):
                    Console.error("\(derived.source.fileName): unchanged, already stored as import \(id) (\(name))")
                }
            }
        }
        try FileImports.exitIfAnyRefused(refused)
    }
}
