import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

struct LetterImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a sign-on letter in its plain-text form; prints the new letter's id alone on the last line.",
        discussion: """
            The file holds the delivery note, the date, the To recipients (one block each: name, title, body), \
            the subject (Re: …), the body with its numbered demands, a closing such as "Sincerely,", one \
            organization per line (the lead organization first), then "cc" and the cc recipients. Each \
            organization becomes an approved signature marked imported. The same file again adds nothing and \
            prints the id of its earlier import.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The letter's text file.")
    var file: String

    @Option(help: "The letter's status after import: draft, open, closed or sent (a letter already delivered).")
    var status: LetterStatus = .sent

    func run() async throws {
        let letter = try FileImports.read(file) { try LetterFileReader.read(fileAt: URL(fileURLWithPath: file)) }
        let draft = letter.draft
        Console.error("\(letter.source.fileName) (sha256 \(letter.source.sha256)): dated \(draft.date.iso), "
                      + "\(draft.to.count) To and \(draft.cc.count) cc recipients, \(draft.demands.count) demands, "
                      + "\(draft.organizations.count) organizations led by \(draft.leadOrganization ?? "none")")
        let outcome = try await options.withDatabase("letter") { database in
            try await FileImports.store(file) {
                try await LetterArchive(database: database).importLetter(draft, source: letter.source, status: status, audit: .commandLine)
            }
        }
        if outcome.alreadyArchived {
            Console.error("\(letter.source.fileName): unchanged, already imported as letter \(outcome.letterID)")
        } else {
            Console.error("\(letter.source.fileName): letter \(outcome.letterID) stored (\(status.rawValue)) with \(outcome.organizations) approved signatures")
        }
        print(outcome.letterID)
    }
}
