import ArgumentParser
import VigilCore
import VigilStore

struct FundBondsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bonds",
        abstract: "List a fund's bonds: number, case, stage, amount, posted on, last news. Reads case names: audited.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var fundOptions: FundOptions

    func run() async throws {
        try await fundOptions.run(options) { funds, fund in
            let reader = CaseArchive.Reader(actor: .commandLine, ground: "command-line", purpose: "fund bonds")
            print(["bond", "case", "person", "stage", "amount", "posted_on", "last_news"].joined(separator: "\t"))
            for bond in try await funds.bonds(of: fund, by: reader) {
                print([String(bond.id), String(bond.caseID), bond.personName, bond.stage?.rawValue ?? "", bond.amount?.withCents ?? "",
                       bond.date(of: .posted)?.iso ?? "", bond.lastActivity?.iso ?? ""].joined(separator: "\t"))
            }
        }
    }
}
