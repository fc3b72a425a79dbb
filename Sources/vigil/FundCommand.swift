import ArgumentParser
import VigilCore
import VigilStore

struct FundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fund",
        abstract: "A bond fund's obligors, bonds, books, queues and reports (docs/bond-funds.md).",
        discussion: "A bond fund is an organization of kind bond-fund: `vigil org add SLUG --name NAME --kind bond-fund`.",
        subcommands: [FundObligorCommand.self, FundDonateCommand.self, FundStepCommand.self, FundNoteCommand.self,
                      FundBondsCommand.self, FundQueueCommand.self, FundLedgerCommand.self, FundReportCommand.self])
}

extension ObligorKind: ExpressibleByArgument {}

/// `--fund SLUG`, and the one way every fund command opens the database and the fund and
/// turns a refusal into a message.
struct FundOptions: ParsableArguments {
    @Option(help: "The bond fund's slug (vigil org list).")
    var fund: String

    func run<R>(_ options: GlobalOptions, _ body: (BondFunds, Organization) async throws -> R) async throws -> R {
        do {
            return try await options.withDatabase("fund") { database in
                let funds = BondFunds(database: database)
                return try await body(funds, try await funds.fund(slug: fund))
            }
        } catch let error as BondFundError {
            throw CommandFailure(error.description)
        } catch let error as OrganizationError {
            throw CommandFailure(error.description)
        }
    }
}

/// Reads a `YYYY-MM-DD` option, or today.
func fundDate(_ text: String?, option: String) throws -> CalendarDate {
    guard let text else { return .today }
    guard let date = CalendarDate(iso: text) else { throw ValidationError("--\(option) “\(text)” is not a date written YYYY-MM-DD.") }
    return date
}
