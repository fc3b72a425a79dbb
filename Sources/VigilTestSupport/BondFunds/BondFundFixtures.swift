import Foundation
import VigilCore
import VigilStore

/// A bond fund with one case and one obligor, on the casework fixtures: the fund is
/// `second-fund`, whose member is `other@example.org`. Every person is invented.
public enum BondFundFixtures {
    public static let today = CalendarDate(year: 2026, month: 11, day: 30)!
    /// An obligor name no other fixture or page holds, so finding it anywhere public is a leak.
    public static let obligorName = "Obdulia Fixture-Garantes"
    public static let reader = CaseArchive.Reader(actor: .commandLine, ground: "member:org-admin", purpose: "test")

    public static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// The fund, its one case (the casework fixture's person) and its obligor's id.
    public static func load(_ database: VigilDatabase) async throws -> (fund: Organization, caseID: Int, obligorID: Int) {
        let (_, fund) = try await CaseFixtures.load(database)
        let caseID = try await CaseArchive(database: database, key: CaseFixtures.key)
            .add(CaseFixtures.file(), to: fund, recordedBy: "other@example.org", audit: .commandLine)
        let obligor = try await BondFunds(database: database).addObligor(
            Obligor(name: obligorName, kind: .citizen, contact: "5 Fixture Lane, Atlanta GA; 555-0100",
                    documents: [ObligorDocument(title: "U.S. passport", verifiedOn: day("2025-01-02"))]),
            to: fund, by: .commandLine)
        return (fund, caseID, obligor)
    }

    public static func posted(obligor: Int, amount: Cents = Cents(750_050), on date: String = "2025-01-10") -> BondStep {
        BondStep(stage: .posted, date: day(date), evidence: "CeBONDS confirmation",
                 detail: .posted(BondPosting(amount: amount, i352Receipt: "I352-77", i305Receipt: "I305-77", obligorID: obligor, paymentMethod: .ach)))
    }

    /// Requests, approves and posts a bond of $7,500.50 on the case; returns its id.
    public static func postedBond(_ funds: BondFunds, fund: Organization, caseID: Int, obligor: Int) async throws -> Int {
        let bond = try await funds.requestBond(caseID: caseID, in: fund,
                                               step: BondStep(stage: .requested, date: day("2025-01-05"), evidence: "IJ bond order",
                                                              detail: .requested(amount: Cents(750_050))),
                                               today: today, recordedBy: "other@example.org", by: .commandLine)
        try await funds.addStep(BondStep(stage: .approved, date: day("2025-01-06"), evidence: "Board approval"), toBond: bond, in: fund,
                                today: today, recordedBy: "other@example.org", by: .commandLine)
        try await funds.addStep(posted(obligor: obligor), toBond: bond, in: fund, today: today, recordedBy: "other@example.org", by: .commandLine)
        return bond
    }
}
