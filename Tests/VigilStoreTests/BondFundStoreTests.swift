import Foundation
import SQLKit
import Testing
import VigilCore
import VigilStore
import VigilTestSupport

/// A fund's books on SQLite and PostgreSQL: cents survive exactly, the database refuses an
/// unbalanced or empty posting, a step out of order leaves nothing behind, and every change is audited.
@Suite("Bond fund store")
struct BondFundStoreTests {
    typealias F = BondFundFixtures

    @Test("cents survive both engines exactly: 150,000,099 and 1", arguments: TestEngine.available)
    func centsRoundTrip(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let (fund, _, _) = try await F.load(db)
            let funds = BondFunds(database: db)
            try await funds.recordIncome(.donation, amount: Cents(150_000_099), on: F.day("2026-01-02"), memo: "large gift", in: fund,
                                         recordedBy: "t", by: .commandLine)
            try await funds.recordIncome(.grant, amount: Cents(1), on: F.day("2026-01-03"), memo: "smallest grant", in: fund,
                                         recordedBy: "t", by: .commandLine)
            let postings = try await funds.postings(of: fund)
            #expect(postings.map(\.amount) == [Cents(150_000_099), Cents(1)])
            #expect(try await funds.balances(of: fund).cash == Cents(150_000_100))
            struct Raw: Decodable { var amount_cents: Int }
            let raw = try await db.sql.raw("SELECT amount_cents FROM ledger_postings ORDER BY id").all(decoding: Raw.self).map(\.amount_cents)
            #expect(raw == [150_000_099, 1])
        }
    }

    @Test("the database refuses a posting that does not balance: zero, negative, one account on both sides, an unknown account",
          arguments: TestEngine.available)
    func databaseRefusesUnbalanced(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let (fund, _, _) = try await F.load(db)
            for (debit, credit, amount) in [("cash", "donations", 0), ("cash", "donations", -500), ("cash", "cash", 100), ("cash", "nowhere", 100)] {
                await #expect(throws: (any Error).self, "\(debit) \(credit) \(amount)") {
                    try await db.sql.raw("""
                        INSERT INTO ledger_postings (organization_id, posted_on, debit_account, credit_account, amount_cents, kind, memo,
                                                     recorded_by, recorded_at)
                        VALUES (\(bind: fund.id), '2026-01-01', \(bind: debit), \(bind: credit), \(bind: amount), 'donation', 'x', 't', 't')
                        """).run()
                }
            }
            #expect(try await BondFunds(database: db).postings(of: fund).isEmpty)
        }
    }

    @Test("the refund path through the store: each step's postings balance, and the books end with interest in cash", arguments: TestEngine.available)
    func refundPath(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let (fund, caseID, obligor) = try await F.load(db)
            let funds = BondFunds(database: db)
            try await funds.recordIncome(.donation, amount: Cents(2_000_000), on: F.day("2025-01-01"), memo: "gift", in: fund, recordedBy: "t", by: .commandLine)
            let bond = try await F.postedBond(funds, fund: fund, caseID: caseID, obligor: obligor)
            #expect(try await funds.balances(of: fund).outstanding == Cents(750_050))
            for step in [BondStep(stage: .cancelled, date: F.day("2026-03-01"), evidence: "I-391 received"),
                         BondStep(stage: .refundClaimed, date: F.day("2026-03-05"), evidence: "I-305 sent"),
                         BondStep(stage: .refunded, date: F.day("2026-07-01"), evidence: "deposit",
                                  detail: .refunded(principal: Cents(750_050), interest: Cents(1_234)))] {
                let postings = try await funds.addStep(step, toBond: bond, in: fund, today: F.today, recordedBy: "t", by: .commandLine)
                #expect(LedgerBalances(postings).trialBalance == .zero)
            }
            let balances = try await funds.balances(of: fund)
            #expect(balances.trialBalance == .zero)
            #expect(balances.outstanding == .zero && balances.cash == Cents(2_001_234))
            // and the balance at a date in between still shows the money with ICE
            #expect(try await funds.balances(of: fund, through: F.day("2026-06-30")).outstanding == Cents(750_050))
            let stored = try #require(try await funds.bonds(of: fund, by: F.reader).first)
            #expect(stored.stage == .refunded && stored.refund?.interest == Cents(1_234) && stored.posting?.i305Receipt == "I305-77")
        }
    }

    @Test("the breach path: the principal moves to breach losses", arguments: TestEngine.available)
    func breachPath(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let (fund, caseID, obligor) = try await F.load(db)
            let funds = BondFunds(database: db)
            let bond = try await F.postedBond(funds, fund: fund, caseID: caseID, obligor: obligor)
            try await funds.addStep(BondStep(stage: .breached, date: F.day("2025-08-01"), evidence: "I-323 received"), toBond: bond, in: fund,
                                    today: F.today, recordedBy: "t", by: .commandLine)
            let balances = try await funds.balances(of: fund)
            #expect(balances.balance(.breachLosses) == Cents(750_050) && balances.outstanding == .zero && balances.trialBalance == .zero)
        }
    }

    @Test("a refund without a cancellation is refused, and nothing is written: no step, no posting", arguments: TestEngine.available)
    func refundWithoutCancellation(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let (fund, caseID, obligor) = try await F.load(db)
            let funds = BondFunds(database: db)
            let bond = try await F.postedBond(funds, fund: fund, caseID: caseID, obligor: obligor)
            let before = try await funds.postings(of: fund)
            do {
                try await funds.addStep(BondStep(stage: .refunded, date: F.day("2026-01-01"), evidence: "deposit",
                                                 detail: .refunded(principal: Cents(750_050), interest: .zero)),
                                        toBond: bond, in: fund, today: F.today, recordedBy: "t", by: .commandLine)
                Issue.record("a refund before cancellation was accepted")
            } catch let error as BondFundError {
                #expect("\(error)".contains("I-391"))
            }
            #expect(try await funds.postings(of: fund) == before)
            #expect(try await funds.bonds(of: fund, by: F.reader).first?.stage == .posted)
        }
    }

    @Test("a bond is only for the fund's own case, posted with its own obligor; a legal team keeps no ledger", arguments: TestEngine.available)
    func boundaries(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let (fund, caseID, _) = try await F.load(db)
            let funds = BondFunds(database: db)
            let request = BondStep(stage: .requested, date: F.day("2025-01-02"), evidence: "IJ order", detail: .requested(amount: Cents(750_050)))
            await #expect(throws: BondFundError.self) {
                try await funds.requestBond(caseID: caseID + 1000, in: fund, step: request, today: F.today, recordedBy: "t", by: .commandLine)
            }
            await #expect(throws: BondFundError.self) { _ = try await funds.fund(slug: "first-legal") }
            let bond = try await funds.requestBond(caseID: caseID, in: fund, step: request, today: F.today, recordedBy: "t", by: .commandLine)
            try await funds.addStep(BondStep(stage: .approved, date: F.day("2025-01-03"), evidence: "vote"), toBond: bond, in: fund,
                                    today: F.today, recordedBy: "t", by: .commandLine)
            await #expect(throws: BondFundError.self) {
                try await funds.addStep(F.posted(obligor: 9_999), toBond: bond, in: fund, today: F.today, recordedBy: "t", by: .commandLine)
            }
            #expect(try await funds.postings(of: fund).isEmpty)
        }
    }

    @Test("every change is audited, with no obligor or person name in the log", arguments: TestEngine.available)
    func audited(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let (fund, caseID, obligor) = try await F.load(db)
            let funds = BondFunds(database: db)
            let bond = try await F.postedBond(funds, fund: fund, caseID: caseID, obligor: obligor)
            try await funds.addRemark(.note, toBond: bond, in: fund, on: F.day("2025-02-01"), text: "Called the obligor", recordedBy: "t", by: .commandLine)
            _ = try await funds.bonds(of: fund, by: F.reader)
            struct Row: Decodable { var action: String; var subject: String?; var details_json: String }
            let rows = try await db.sql.raw("SELECT action, subject, details_json FROM audit_log ORDER BY id").all(decoding: Row.self)
            let actions = rows.map(\.action)
            for action in ["fund.obligor.add", "fund.bond.request", "fund.bond.step", "fund.bond.note", "fund.bonds.read"] {
                #expect(actions.contains(action), "\(actions)")
            }
            let text = rows.map { "\($0.subject ?? "") \($0.details_json)" }.joined()
            #expect(!text.contains(F.obligorName) && !text.contains(CaseFixtures.name))
        }
    }

    @Test("the generated demo fund: its books balance, its year-end report is labelled synthetic, and the demo goes with the demo cases",
          arguments: TestEngine.available)
    func demoFund(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given the demo releases and the demo fund generated for them
            let keys = try await DemoLoader(database: db).load(releases: DemoDataset.releases(seed: 2024, count: 4)).map(\.rawValue)
            let today = CalendarDate.today
            let plan = DemoBondFund.plan(at: keys, today: today)
            #expect(try await BondFunds(database: db).loadDemo(plan, key: CaseFixtures.key, today: today) == plan.bonds.count)
            #expect(try await BondFunds(database: db).loadDemo(plan, key: CaseFixtures.key, today: today) == 0)
            let funds = BondFunds(database: db)
            let fund = try await funds.fund(slug: DemoBondFund.organizationSlug)
            #expect(try await funds.isSynthetic(fund))
            // when last year's report is made
            let bonds = try await funds.bonds(of: fund, by: F.reader)
            let postings = try await funds.postings(of: fund)
            let year = today.year - 1
            let report = FundReport(bonds: bonds, postings: postings, from: CalendarDate(year: year, month: 1, day: 1)!,
                                    through: CalendarDate(year: year, month: 12, day: 31)!)
            // then it has bonds, refunds and money, agrees with the books, and says it is synthetic
            #expect(report.bondsPosted > 0 && report.medianBond != nil && report.medianDaysDetained != nil)
            #expect(LedgerBalances(postings).trialBalance == .zero)
            #expect(LedgerBalances(postings, through: report.through).outstanding == report.amountOutstanding)
            let text = FundReportText.render(report, fund: fund.name, synthetic: true)
            #expect(text.hasPrefix("SYNTHETIC DEMO") && text.contains("Demo Bond Fund (synthetic)") && text.contains("People freed"))
            // and every bond's steps passed the lifecycle: refunded ones went through cancellation first
            for bond in bonds where bond.stage == .refunded { #expect(bond.date(of: .cancelled) != nil) }
            // and removing the demo takes the fund's books, bonds and obligors with its cases
            _ = try await CaseArchive.removeDemo(from: db)
            #expect(try await Organizations(database: db).organization(slug: DemoBondFund.organizationSlug) == nil)
            for table in ["ledger_postings", "bonds", "bond_events", "bond_obligors"] {
                #expect(try await db.rowCount(table) == 0, "\(table)")
            }
        }
    }
}
