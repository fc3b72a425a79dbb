import ArgumentParser
import VigilCore
import VigilStore

struct FundLedgerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "A fund's books: every posting (date, debit, credit, amount in cents), then with --balances each account's balance.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var fundOptions: FundOptions

    @Option(help: "csv or json.")
    var format: ExportFormat = .csv

    @Option(help: "Balances at the end of this day (YYYY-MM-DD; default: everything).")
    var through: String?

    @Flag(help: "Each account's balance instead of the postings.")
    var balances = false

    func run() async throws {
        let day = try through.map { try fundDate($0, option: "through") }
        try await fundOptions.run(options) { funds, fund in
            let table: DataTable
            if balances {
                let all = try await funds.balances(of: fund, through: day)
                table = LedgerTables.balances(all)
            } else {
                table = LedgerTables.postings(try await funds.postings(of: fund).filter { day == nil || $0.date <= day! })
            }
            print(format == .csv ? table.csv() : table.json(), terminator: "")
        }
    }
}
