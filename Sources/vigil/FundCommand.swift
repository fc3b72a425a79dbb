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
        let database = try await options.openDatabase("fund")
        do {
            let funds = BondFunds(database: database)
            let result = try await body(funds, try await funds.fund(slug: fund))
            try await database.shutdown()
            return result
        } catch let error as BondFundError {
            try? await database.shutdown()
            throw CommandFailure(error.description)
        } catch let error as OrganizationError {
            try? await database.shutdown()
            throw CommandFailure(error.description)
        } catch {
            try? await database.shutdown()
            throw error
        }
    }
}

/// Reads a `YYYY-MM-DD` option, or today.
func fundDate(_ text: String?, option: String) throws -> CalendarDate {
    guard let text else { return .today }
    guard let date = CalendarDate(iso: text) else { throw ValidationError("--\(option) “\(text)” is not a date written YYYY-MM-DD.") }
    return date
}
