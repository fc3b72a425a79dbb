import ArgumentParser
import VigilCore

struct LetterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Sign-on letters: import one from its plain-text form, list them, change their status.",
        subcommands: [LetterImportCommand.self, LetterListCommand.self, LetterStatusCommand.self])
}

extension LetterStatus: ExpressibleByArgument {}
