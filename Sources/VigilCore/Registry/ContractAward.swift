/// A federal contract award as a list of awards describes it: who received it, where the work
/// is, and what it is for.
public struct ContractAward: Sendable, Hashable {
    public var awardID: String
    public var recipient: String?
    public var description: String?
    public var placeState: String?
    public var placeCounty: String?
    /// The period of performance's start, else the award date: the date the evidence speaks for.
    public var date: CalendarDate?
    public var detentionRelated: Bool
    public var sourceRow: Int
    /// Dollars obligated, as the list gives them; nil when blank.
    public var amountUSD: Double? = nil
    /// The award date, when the list gives one apart from the period's start.
    public var awardDate: CalendarDate? = nil
    /// The list's own class (`detention-related`, `other-ice`) and kind of contractor (`private-prison`, ...).
    public var contractorType: String? = nil

    public init(awardID: String, recipient: String?, description: String?, placeState: String?, placeCounty: String?,
                date: CalendarDate?, detentionRelated: Bool, sourceRow: Int) {
        self.awardID = awardID
        self.recipient = recipient
        self.description = description
        self.placeState = placeState
        self.placeCounty = placeCounty
        self.date = date
        self.detentionRelated = detentionRelated
        self.sourceRow = sourceRow
    }
}
