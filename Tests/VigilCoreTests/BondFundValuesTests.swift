import Testing
import VigilCore

/// Money in cents, the bond lifecycle's order, and the books: each operation balances.
@Suite("Bond fund values")
struct BondFundValuesTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 30)!
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test("amounts are read strictly into exact cents", arguments: [
        ("1500", 150_000), ("$1500", 150_000), ("1,500.00", 150_000), ("$1,500", 150_000), ("1500.5", 150_050),
        ("1,500,000.99", 150_000_099), ("0.01", 1), (" $12,345,678.90 ", 1_234_567_890),
    ])
    func parses(text: String, cents: Int) throws {
        #expect(try Cents(parsing: text).value == cents)
        // and what is printed reads back the same
        #expect(try Cents(parsing: Cents(cents).description).value == cents)
    }

    @Test("fractions of a cent, signs, odd grouping and stray text are refused, saying why", arguments: [
        ("1500.001", "fraction of a cent"), ("$0.005", "fraction of a cent"), ("-1500", "sign"), ("1,50", "groups"),
        ("15,00.00", "groups"), ("1500.", "not an amount"), ("1.500.00", "not an amount"), ("$", "not an amount"),
        ("1500 dollars", "not an amount"), ("", "No amount"), ("9999999999999", "more than"),
    ])
    func refuses(text: String, reason: String) {
        do {
            _ = try Cents(parsing: text)
            Issue.record("accepted \(text)")
        } catch {
            #expect("\(error)".contains(reason), "\(error)")
        }
    }

    static func posted(_ date: String, amount: Int = 500_000) -> BondStep {
        BondStep(stage: .posted, date: day(date), evidence: "CeBONDS confirmation",
                 detail: .posted(BondPosting(amount: Cents(amount), i352Receipt: "I352-1", i305Receipt: "I305-1", obligorID: 1, paymentMethod: .ach)))
    }

    /// Runs `steps` through the lifecycle, each checked against the ones before.
    static func run(_ steps: [BondStep]) throws(BondStepRefusal) -> [BondStep] {
        var history: [BondStep] = []
        for step in steps {
            try BondLifecycle.check(step, after: history, today: today)
            history.append(step)
        }
        return history
    }

    static let start = [
        BondStep(stage: .requested, date: day("2025-01-05"), evidence: "IJ order, bond set", detail: .requested(amount: Cents(500_000))),
        BondStep(stage: .approved, date: day("2025-01-06"), evidence: "Board vote"),
        posted("2025-01-08"),
    ]

    @Test("the refund path: requested, approved, posted, cancelled, refund claimed, refunded with interest")
    func refundPath() throws {
        let history = try Self.run(Self.start + [
            BondStep(stage: .cancelled, date: Self.day("2026-02-01"), evidence: "I-391 received"),
            BondStep(stage: .refundClaimed, date: Self.day("2026-02-03"), evidence: "I-305 original mailed to ERO"),
            BondStep(stage: .refunded, date: Self.day("2026-06-01"), evidence: "Treasury deposit",
                     detail: .refunded(principal: Cents(500_000), interest: Cents(7_321))),
        ])
        #expect(BondLifecycle.stage(after: history) == .refunded)
        #expect(BondStage.refunded.next.isEmpty)
        let postings = history.flatMap { LedgerEntries.postings(for: $0, bondID: 1, postedAmount: BondLifecycle.postedAmount(history)) }
        #expect(postings.map(\.kind) == [.bondPosted, .refundPrincipal, .refundInterest])
        let balances = LedgerBalances(postings)
        #expect(balances.outstanding == .zero && balances.cash == Cents(7_321) && balances.balance(.interest) == Cents(7_321))
    }

    @Test("the breach path: posted, then breached (I-323): the principal is lost and nothing can follow")
    func breachPath() throws {
        let history = try Self.run(Self.start + [BondStep(stage: .breached, date: Self.day("2025-09-01"), evidence: "I-323 received")])
        let postings = history.flatMap { LedgerEntries.postings(for: $0, bondID: 1, postedAmount: BondLifecycle.postedAmount(history)) }
        let balances = LedgerBalances(postings)
        #expect(balances.balance(.breachLosses) == Cents(500_000) && balances.outstanding == .zero && balances.cash == Cents(-500_000))
        #expect(throws: BondStepRefusal.self) {
            _ = try Self.run(history + [BondStep(stage: .cancelled, date: Self.day("2025-10-01"), evidence: "I-391")])
        }
    }

    @Test("a refund before cancellation is refused, and says a cancellation (I-391) comes first")
    func refundWithoutCancellation() {
        for early in [BondStage.refunded, .refundClaimed] {
            let step = BondStep(stage: early, date: Self.day("2026-01-01"), evidence: "deposit",
                                detail: early == .refunded ? .refunded(principal: Cents(500_000), interest: .zero) : .none)
            do {
                _ = try Self.run(Self.start + [step])
                Issue.record("accepted \(early) on a posted bond")
            } catch {
                #expect("\(error)".contains("I-391"), "\(error)")
                #expect("\(error)".contains("posted"))
            }
        }
    }

    @Test("out of order, backdated, future, unevidenced and incomplete steps are refused", arguments: 0..<7)
    func refusals(index: Int) {
        let cases: [([BondStep], String)] = [
            ([Self.posted("2025-01-08")], "not been requested"),
            ([Self.start[0], Self.posted("2025-01-08")], "next step is approved"),
            ([Self.start[0], BondStep(stage: .approved, date: Self.day("2025-01-01"), evidence: "vote")], "before the step it follows"),
            ([Self.start[0], BondStep(stage: .approved, date: Self.day("2027-01-01"), evidence: "vote")], "in the future"),
            ([Self.start[0], BondStep(stage: .approved, date: Self.day("2025-01-06"), evidence: "  ")], "evidence"),
            (Array(Self.start.prefix(2)) + [Self.posted("2025-01-08", amount: 100_000)], "minimum bond"),
            (Self.start + [BondStep(stage: .cancelled, date: Self.day("2026-01-01"), evidence: "I-391"),
                           BondStep(stage: .refundClaimed, date: Self.day("2026-01-02"), evidence: "claim"),
                           BondStep(stage: .refunded, date: Self.day("2026-03-01"), evidence: "deposit",
                                    detail: .refunded(principal: Cents(400_000), interest: .zero))], "must be the amount posted"),
        ]
        let (steps, reason) = cases[index]
        do {
            _ = try Self.run(steps)
            Issue.record("accepted case \(index)")
        } catch {
            #expect("\(error)".contains(reason), "\(error)")
        }
    }

    @Test("every ledger operation balances: each posting moves one amount between two accounts, and the books sum to zero")
    func everyOperationBalances() throws {
        var postings = try LedgerEntries.income(.donation, amount: Cents(1_000_000), on: Self.day("2025-01-01"), memo: "gift")
        postings += try LedgerEntries.income(.grant, amount: Cents(2_500_001), on: Self.day("2025-01-02"), memo: "grant")
        #expect(throws: LedgerRefusal.self) { try LedgerEntries.income(.donation, amount: .zero, on: Self.day("2025-01-01"), memo: "") }
        #expect(throws: LedgerRefusal.self) { try LedgerEntries.income(.bondPosted, amount: Cents(1), on: Self.day("2025-01-01"), memo: "") }
        let history = try Self.run(Self.start + [
            BondStep(stage: .cancelled, date: Self.day("2026-02-01"), evidence: "I-391"),
            BondStep(stage: .refundClaimed, date: Self.day("2026-02-03"), evidence: "claim"),
            BondStep(stage: .refunded, date: Self.day("2026-06-01"), evidence: "deposit", detail: .refunded(principal: Cents(500_000), interest: Cents(99))),
        ])
        for step in history {
            let made = LedgerEntries.postings(for: step, bondID: 7, postedAmount: Cents(500_000))
            for posting in made {
                #expect(posting.amount > .zero && posting.debit != posting.credit)
                #expect(LedgerBalances([posting]).trialBalance == .zero)
            }
            postings += made
        }
        postings += LedgerEntries.postings(for: BondStep(stage: .breached, date: Self.day("2026-07-01"), evidence: "I-323"), bondID: 8,
                                           postedAmount: Cents(300_000))
        let balances = LedgerBalances(postings)
        #expect(balances.trialBalance == .zero)
        // and a balance at a date counts only what happened by then
        #expect(LedgerBalances(postings, through: Self.day("2025-01-01")).cash == Cents(1_000_000))
        #expect(LedgerBalances(postings, through: Self.day("2025-06-30")).outstanding == Cents(500_000))
    }

    @Test("queues: a refund unchased after N days, a hearing ahead of a posted bond, a bond posted over a year ago with no news")
    func queues() throws {
        let cancelled = Bond(id: 1, caseID: 1, personName: "A", facility: "F", detainedOn: Self.day("2024-12-01"),
                             steps: try Self.run(Self.start + [BondStep(stage: .cancelled, date: Self.day("2026-09-01"), evidence: "I-391")]))
        let hearing = Bond(id: 2, caseID: 2, personName: "B", facility: "F", detainedOn: Self.day("2024-12-01"),
                           steps: try Self.run(Self.start), notes: [BondNote(date: Self.day("2026-11-01"), text: "called")],
                           hearings: [Self.day("2026-12-15"), Self.day("2025-06-01")])
        let quiet = Bond(id: 3, caseID: 3, personName: "C", facility: "F", detainedOn: Self.day("2024-12-01"), steps: try Self.run(Self.start),
                         notes: [BondNote(date: Self.day("2025-06-01"), text: "moved")])
        let queues = FundQueues(bonds: [cancelled, hearing, quiet], today: Self.today, refundDays: 60)
        #expect(queues.refundsToChase.map(\.bond.id) == [1] && queues.refundsToChase[0].days == 90)
        #expect(FundQueues(bonds: [cancelled], today: Self.today, refundDays: 91).refundsToChase.isEmpty)
        #expect(queues.hearings.map(\.bond.id) == [2] && queues.hearings[0].date == Self.day("2026-12-15"))
        #expect(queues.quiet.map(\.bond.id) == [3])
    }

    @Test("the report: bonds posted, people freed, medians, refunds, outstanding and losses in the period")
    func report() throws {
        let refunded = try Self.run(Self.start + [
            BondStep(stage: .cancelled, date: Self.day("2025-06-01"), evidence: "I-391"),
            BondStep(stage: .refundClaimed, date: Self.day("2025-06-02"), evidence: "claim"),
            BondStep(stage: .refunded, date: Self.day("2025-09-01"), evidence: "deposit", detail: .refunded(principal: Cents(500_000), interest: Cents(1_000))),
        ])
        let second = [BondStep(stage: .requested, date: Self.day("2025-03-01"), evidence: "IJ"), BondStep(stage: .approved, date: Self.day("2025-03-02"), evidence: "vote"),
                      Self.posted("2025-03-10", amount: 800_000), BondStep(stage: .breached, date: Self.day("2025-12-01"), evidence: "I-323")]
        let third = [BondStep(stage: .requested, date: Self.day("2025-04-01"), evidence: "IJ"), BondStep(stage: .approved, date: Self.day("2025-04-02"), evidence: "vote"),
                     Self.posted("2025-04-10", amount: 200_000)]
        let bonds = [Bond(id: 1, caseID: 10, personName: "A", facility: "F", detainedOn: Self.day("2024-12-29"), steps: refunded),
                     Bond(id: 2, caseID: 11, personName: "B", facility: "F", detainedOn: Self.day("2025-02-28"), steps: second),
                     Bond(id: 3, caseID: 12, personName: "C", facility: "F", detainedOn: Self.day("2025-03-01"), steps: third)]
        let donations = try LedgerEntries.income(.donation, amount: Cents(3_000_000), on: Self.day("2025-01-01"), memo: "")
        let postings = donations + bonds.flatMap { bond in bond.steps.flatMap { LedgerEntries.postings(for: $0, bondID: bond.id, postedAmount: bond.posting?.amount) } }
        let report = FundReport(bonds: bonds, postings: postings, from: Self.day("2025-01-01"), through: Self.day("2025-12-31"))
        #expect(report.bondsPosted == 3 && report.peopleFreed == 3 && report.amountPosted == Cents(1_500_000))
        #expect(report.medianBond == Cents(500_000))
        #expect(report.medianDaysDetained == 10) // 10, 10, 40 days
        #expect(report.refundsRecovered == 1 && report.amountRecovered == Cents(501_000) && report.interestRecovered == Cents(1_000))
        #expect(report.breaches == 1 && report.lostToBreach == Cents(800_000))
        #expect(report.bondsOutstanding == 1 && report.amountOutstanding == Cents(200_000))
        // the books agree with the bonds: outstanding in the ledger is the same money
        #expect(LedgerBalances(postings, through: Self.day("2025-12-31")).outstanding == report.amountOutstanding)
        #expect(report.cashAtEnd == Cents(3_000_000 - 1_500_000 + 501_000))
        #expect(Median.of([3, 1, 2, 10]) == 2 && Median.of([]) == nil)
    }
}
