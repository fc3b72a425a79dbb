/// A fund's three work lists, computed from its bonds as of a day.
public struct FundQueues: Sendable, Hashable {
    /// Refunds to chase: cancelled (I-391) at least `refundDays` ago and not yet refunded.
    public var refundsToChase: [Item]
    /// Upcoming hearings of people out on a posted bond: the obligor must make sure they appear.
    public var hearings: [Item]
    /// Posted more than a year ago, still posted, and nothing recorded for a year.
    public var quiet: [Item]

    public struct Item: Sendable, Hashable {
        public var bond: Bond
        /// The day that puts the bond on the list: cancelled on, the hearing, the last news.
        public var date: CalendarDate
        /// Days since (or, for hearings, until) `date`.
        public var days: Int
    }

    /// The default wait before a refund is chased: ICE's refunds take months, so two months
    /// without one after cancellation is worth a call.
    public static let defaultRefundDays = 60
    /// How long a posted bond may go without news before it is looked at.
    public static let quietDays = 365

    public init(bonds: [Bond], today: CalendarDate, refundDays: Int = defaultRefundDays) {
        refundsToChase = bonds.compactMap { bond in
            guard bond.stage == .cancelled || bond.stage == .refundClaimed, let cancelled = bond.date(of: .cancelled) else { return nil }
            let days = cancelled.days(until: today)
            return days >= refundDays ? Item(bond: bond, date: cancelled, days: days) : nil
        }.sorted { ($0.days, $0.bond.id) > ($1.days, $1.bond.id) }
        hearings = bonds.compactMap { bond in
            guard bond.stage == .posted, let next = bond.hearings.filter({ $0 >= today }).min() else { return nil }
            return Item(bond: bond, date: next, days: today.days(until: next))
        }.sorted { ($0.date, $0.bond.id) < ($1.date, $1.bond.id) }
        quiet = bonds.compactMap { bond in
            guard bond.stage == .posted, let posted = bond.date(of: .posted), posted.days(until: today) > Self.quietDays,
                  let last = bond.lastActivity, last.days(until: today) > Self.quietDays else { return nil }
            return Item(bond: bond, date: last, days: last.days(until: today))
        }.sorted { ($0.days, $0.bond.id) > ($1.days, $1.bond.id) }
    }
}
