import VigilCore
import VigilStore

/// `/orgs/{slug}/fund`: a bond fund's money, its three work queues, its bonds and obligors.
struct FundModel: Sendable {
    var chrome: PageChrome
    var csrfToken: String
    var organization: Organization
    var access: CaseAccess
    /// The generated demo fund: the page says so.
    var synthetic: Bool
    var balances: LedgerBalances
    var bonds: [Bond]
    var queues: FundQueues
    var refundDays: Int
    var obligors: [Obligor]
    /// The fund's cases (id, name), to request a bond for.
    var cases: [(id: Int, name: String)]
    var problem: String?
    var today: CalendarDate
}
