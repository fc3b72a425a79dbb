import ArgumentParser
import VigilCore
import VigilStore

struct FundDonateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "donate",
        abstract: "Book money in: a donation (or, with --grant, a grant) to the fund's cash.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var fundOptions: FundOptions

    @Option(help: "The amount in dollars: 1500, $1,500 or 1,500.00 (no fractions of a cent).")
    var amount: String

    @Flag(help: "A grant rather than a donation.")
    var grant = false

    @Option(help: "The day the money came in (YYYY-MM-DD; default today).")
    var date: String?

    @Option(help: "What it was: donor campaign, grantor, period.")
    var memo: String = ""

    func run() async throws {
        let cents: Cents
        do { cents = try Cents(parsing: amount) } catch { throw ValidationError("--amount: \(error)") }
        let day = try fundDate(date, option: "date")
        try await fundOptions.run(options) { funds, fund in
            try await funds.recordIncome(grant ? .grant : .donation, amount: cents, on: day, memo: memo, in: fund,
                                         recordedBy: "command line", by: .commandLine)
            print("Booked \(cents.withCents) (\(grant ? "grant" : "donation")) on \(day.iso). Cash: \(try await funds.balances(of: fund).cash.withCents).")
        }
    }
}
