import ArgumentParser
import VigilCore
import VigilStore

struct FundReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A fund's report for a year (or --from/--through): bonds posted, people freed, medians, refunds, outstanding, losses.",
        discussion: "For the fund's own books: it names no person. The demo fund's report says it is synthetic.")

    enum Format: String, ExpressibleByArgument { case text, csv, json }

    @OptionGroup var options: GlobalOptions
    @OptionGroup var fundOptions: FundOptions

    @Option(help: "The calendar year.")
    var year: Int?

    @Option(help: "The first day (YYYY-MM-DD), instead of --year.")
    var from: String?

    @Option(help: "The last day (YYYY-MM-DD), instead of --year.")
    var through: String?

    @Option(help: "text, csv or json.")
    var format: Format = .text

    /// A bad period is refused before the database is opened; `run` reads it again.
    func validate() throws {
        _ = try period()
    }

    func period() throws -> (CalendarDate, CalendarDate) {
        if let year {
            guard let s = CalendarDate(year: year, month: 1, day: 1), let e = CalendarDate(year: year, month: 12, day: 31) else {
                throw ValidationError("--year \(year) is not a year.")
            }
            return (s, e)
        }
        guard from != nil || through != nil else { throw ValidationError("Give --year YYYY, or --from and --through.") }
        return (try fundDate(from, option: "from"), try fundDate(through, option: "through"))
    }

    func run() async throws {
        let (start, end) = try period()
        try await fundOptions.run(options) { funds, fund in
            let reader = CaseArchive.Reader(actor: .commandLine, ground: "command-line", purpose: "fund report")
            let report = FundReport(bonds: try await funds.bonds(of: fund, by: reader), postings: try await funds.postings(of: fund),
                                    from: start, through: end)
            let synthetic = try await funds.isSynthetic(fund)
            switch format {
            case .csv: print(report.table.csv(), terminator: "")
            case .json: print(report.table.json(), terminator: "")
            case .text: print(FundReportText.render(report, fund: fund.name, synthetic: synthetic), terminator: "")
            }
            if synthetic, format != .text { Console.error("This is the synthetic demo fund: every figure is generated, not real.") }
        }
    }
}
