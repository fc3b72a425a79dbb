import ArgumentParser
import VigilCore
import VigilStore

struct FundStepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Record a bond's next step: requested (opens a bond on --case), approved, posted, cancelled, refund-claimed, refunded, breached.",
        discussion: """
            Steps go in ICE's order and are refused otherwise (a refund before the I-391 cancellation, say). Posting moves the \
            amount from cash to outstanding bonds; a refund brings principal and interest back; a breach books the principal as lost. \
            Prints the bond's number.
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var fundOptions: FundOptions

    @Option(help: "requested, approved, posted, cancelled, refund-claimed, refunded or breached.")
    var stage: String

    @Option(help: "The case (for requested: the bond is opened on it).")
    var `case`: Int?

    @Option(help: "The bond (every step after requested).")
    var bond: Int?

    @Option(help: "The day of the step (YYYY-MM-DD; default today).")
    var date: String?

    @Option(help: "What the step rests on: the form received, its number, who confirmed it.")
    var evidence: String

    @Option(help: "Requested: the bond set; posted: the amount paid; refunded: the principal returned.")
    var amount: String = ""

    @Option(help: "Refunded: the interest ICE paid.")
    var interest: String = ""

    @Option(name: .customLong("i352"), help: "Posted: the Form I-352 receipt number.")
    var i352: String = ""

    @Option(name: .customLong("i305"), help: "Posted: the Form I-305 receipt number.")
    var i305: String = ""

    @Option(help: "Posted: the obligor's number (vigil fund obligor --fund SLUG lists them).")
    var obligor: String = ""

    @Option(help: "Posted: ach, cashiers-check or money-order.")
    var payment: String = ""

    func run() async throws {
        let draft = BondStepDraft(stage: stage, date: date ?? CalendarDate.today.iso, evidence: evidence, amount: amount, interest: interest,
                                  i352Receipt: i352, i305Receipt: i305, obligor: obligor, paymentMethod: payment)
        let step: BondStep
        switch draft.validated() {
        case .success(let valid): step = valid
        case .failure(let invalid): throw ValidationError(invalid.description)
        }
        try await fundOptions.run(options) { funds, fund in
            if step.stage == .requested {
                guard let caseID = `case` else { throw ValidationError("A new bond needs --case ID (the fund's case it is for).") }
                print(try await funds.requestBond(caseID: caseID, in: fund, step: step, recordedBy: "command line", by: .commandLine))
            } else {
                guard let bond else { throw ValidationError("--bond ID is needed for every step after requested (vigil fund bonds lists them).") }
                let postings = try await funds.addStep(step, toBond: bond, in: fund, recordedBy: "command line", by: .commandLine)
                print(bond)
                for p in postings { Console.error("  \(p.kind.rawValue): \(p.amount.withCents) from \(p.credit.rawValue) to \(p.debit.rawValue)") }
            }
        }
    }
}
