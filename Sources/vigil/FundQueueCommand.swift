import ArgumentParser
import VigilCore
import VigilStore

struct FundQueueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "A fund's work: refunds to chase, hearings ahead of people out on bond, bonds posted over a year ago with no news.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var fundOptions: FundOptions

    @Option(name: .customLong("refund-days"), help: "Chase a refund this many days after cancellation (I-391).")
    var refundDays: Int = FundQueues.defaultRefundDays

    @Option(help: "The day to compute the queues for (YYYY-MM-DD; default today).")
    var asOf: String?

    func validate() throws {
        guard (0...3_650).contains(refundDays) else { throw ValidationError("--refund-days must be between 0 and 3650.") }
    }

    func run() async throws {
        let today = try fundDate(asOf, option: "as-of")
        try await fundOptions.run(options) { funds, fund in
            let reader = CaseArchive.Reader(actor: .commandLine, ground: "command-line", purpose: "fund queue")
            let queues = FundQueues(bonds: try await funds.bonds(of: fund, by: reader), today: today, refundDays: refundDays)
            let sections: [(String, [FundQueues.Item], String)] = [
                ("Refunds to chase (cancelled \(refundDays)+ days ago, not refunded)", queues.refundsToChase, "days since cancellation"),
                ("Hearings ahead (the obligor must make sure the person appears)", queues.hearings, "days until the hearing"),
                ("Posted over a year ago, no news for a year", queues.quiet, "days since the last news"),
            ]
            for (title, items, unit) in sections {
                print("\(title): \(items.count)")
                for item in items {
                    print("  bond \(item.bond.id)\tcase \(item.bond.caseID)\t\(item.bond.personName)\t\(item.date.iso)\t\(item.days) \(unit)")
                }
            }
        }
    }
}
