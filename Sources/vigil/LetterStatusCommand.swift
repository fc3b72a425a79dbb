import ArgumentParser
import VigilCore
import VigilStore

struct LetterStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Set a letter's status: draft, open (for signatures), closed or sent. Audited.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The letter's id (vigil letter list).")
    var letter: Int

    @Argument(help: "draft, open, closed or sent.")
    var status: LetterStatus

    func run() async throws {
        do {
            let changed = try await options.withDatabase("letter") { database in
                try await LetterArchive(database: database).setStatus(letterID: letter, to: status, audit: .commandLine)
            }
            print(changed ? "letter \(letter): \(status.rawValue)" : "letter \(letter): already \(status.rawValue)")
        } catch let refusal as LetterArchive.Refusal {
            throw CommandFailure(refusal.description)
        }
    }
}
