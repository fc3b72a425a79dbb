import ArgumentParser
import VigilCore
import VigilStore

struct LetterListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every letter: id, status, version, date, approved organizations (counted), title.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let lines = try await options.withDatabase("letter") { database in
            var lines: [String] = []
            let queries = LetterQueries(database: database)
            for letter in try await queries.letters(includeDrafts: true) {
                let count = try await queries.approvedCount(letterID: letter.id)
                lines.append([String(letter.id), letter.status.rawValue, "v\(letter.currentVersion)", letter.content.date?.iso ?? "-",
                              "\(count) organizations", letter.title].joined(separator: "\t"))
            }
            return lines
        }
        if lines.isEmpty { print("No letters yet. Import one with `vigil letter import <file>`, or write one on the web at /letters/new.") }
        for line in lines { print(line) }
    }
}
