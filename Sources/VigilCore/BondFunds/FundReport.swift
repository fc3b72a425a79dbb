/// A fund's figures for a period (a year, or any span of days), from its bonds and books.
public struct FundReport: Sendable, Hashable {
    public var from: CalendarDate
    public var through: CalendarDate
    public var bondsPosted: Int
    public var amountPosted: Cents
    /// Different people released on a bond posted in the period.
    public var peopleFreed: Int
    public var medianBond: Cents?
    /// From the day the case says the person was detained to the day the bond was posted.
    public var medianDaysDetained: Int?
    public var refundsRecovered: Int
    /// Principal and interest refunded in the period.
    public var amountRecovered: Cents
    public var interestRecovered: Cents
    /// Bonds still with ICE at the end of the period (posted, cancelled or claimed, not refunded).
    public var bondsOutstanding: Int
    public var amountOutstanding: Cents
    public var breaches: Int
    public var lostToBreach: Cents
    public var donations: Cents
    public var grants: Cents
    /// Cash on hand at the end of the period.
    public var cashAtEnd: Cents

    public init(bonds: [Bond], postings: [LedgerPosting], from: CalendarDate, through: CalendarDate) {
        self.from = from
        self.through = through
        let inPeriod = { (date: CalendarDate) in from <= date && date <= through }
        var posted: [Int] = [], days: [Int] = [], people = Set<Int>()
        var recovered = 0, amountRecovered = Cents.zero, interest = Cents.zero
        var outstanding = 0, amountOutstanding = Cents.zero, breaches = 0, lost = Cents.zero
        for bond in bonds {
            guard let posting = bond.posting, let postedOn = bond.date(of: .posted) else { continue }
            if inPeriod(postedOn) {
                posted.append(posting.amount.value)
                days.append(bond.detainedOn.days(until: postedOn))
                people.insert(bond.caseID)
            }
            if let refundedOn = bond.date(of: .refunded), let refund = bond.refund, inPeriod(refundedOn) {
                recovered += 1
                amountRecovered += refund.principal + refund.interest
                interest += refund.interest
            }
            if let breachedOn = bond.date(of: .breached), inPeriod(breachedOn) {
                breaches += 1
                lost += posting.amount
            }
            let closedBy = [bond.date(of: .refunded), bond.date(of: .breached)].compactMap { $0 }.min()
            if postedOn <= through, closedBy.map({ $0 > through }) ?? true {
                outstanding += 1
                amountOutstanding += posting.amount
            }
        }
        bondsPosted = posted.count
        amountPosted = Cents(posted.reduce(0, +))
        peopleFreed = people.count
        medianBond = Median.of(posted).map(Cents.init)
        medianDaysDetained = Median.of(days)
        refundsRecovered = recovered
        self.amountRecovered = amountRecovered
        interestRecovered = interest
        bondsOutstanding = outstanding
        self.amountOutstanding = amountOutstanding
        self.breaches = breaches
        lostToBreach = lost
        let periodPostings = postings.filter { inPeriod($0.date) }
        donations = periodPostings.filter { $0.kind == .donation }.map(\.amount).reduce(.zero, +)
        grants = periodPostings.filter { $0.kind == .grant }.map(\.amount).reduce(.zero, +)
        cashAtEnd = LedgerBalances(postings, through: through).cash
    }

    /// The report as `metric,value` rows: what the fund's own books download.
    public var table: DataTable {
        var table = DataTable(columns: ["metric", "value", "unit"])
        let rows: [(String, Int?, String)] = [
            ("period_from", nil, from.iso), ("period_through", nil, through.iso),
            ("bonds_posted", bondsPosted, "bonds"), ("amount_posted_cents", amountPosted.value, "cents"),
            ("people_freed", peopleFreed, "people"), ("median_bond_cents", medianBond?.value, "cents"),
            ("median_days_detained_before_release", medianDaysDetained, "days"),
            ("refunds_recovered", refundsRecovered, "bonds"), ("amount_recovered_cents", amountRecovered.value, "cents"),
            ("interest_recovered_cents", interestRecovered.value, "cents"),
            ("bonds_outstanding_at_end", bondsOutstanding, "bonds"), ("amount_outstanding_at_end_cents", amountOutstanding.value, "cents"),
            ("breaches", breaches, "bonds"), ("lost_to_breach_cents", lostToBreach.value, "cents"),
            ("donations_cents", donations.value, "cents"), ("grants_cents", grants.value, "cents"),
            ("cash_at_end_cents", cashAtEnd.value, "cents"),
        ]
        for (metric, value, unit) in rows {
            if metric.hasPrefix("period_") { table.append([.text(metric), .text(unit), .text("date")]) }
            else { table.append([.text(metric), TableValue(value), .text(unit)]) }
        }
        return table
    }
}
