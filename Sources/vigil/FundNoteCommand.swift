import ArgumentParser
import VigilCore
import VigilStore

struct FundNoteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add a dated note to a bond (news of the case, a call to the obligor), or with --hearing a hearing the person must attend.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var fundOptions: FundOptions

    @Option(help: "The bond.")
    var bond: Int

    @Option(help: "The day (YYYY-MM-DD; default today): of the news, or of the hearing.")
    var date: String?

    @Option(help: "The note, or the hearing's court and kind.")
    var text: String = ""

    @Flag(help: "A hearing date rather than a note.")
    var hearing = false

    func run() async throws {
        let day = try fundDate(date, option: "date")
        try await fundOptions.run(options) { funds, fund in
            try await funds.addRemark(hearing ? .hearing : .note, toBond: bond, in: fund, on: day, text: text, recordedBy: "command line", by: .commandLine)
            print("Added a \(hearing ? "hearing" : "note") on \(day.iso) to bond \(bond).")
        }
    }
}
