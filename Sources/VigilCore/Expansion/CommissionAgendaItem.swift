/// A county or city agenda item on detention (a vote, a hearing, a closed session on a
/// property), as a list of agenda items (`markramm_commission_activity.csv`) records it.
/// The earliest signal a site may give: before any solicitation or award.
public struct CommissionAgendaItem: Sendable, Hashable {
    public var itemID: String
    public var title: String
    /// The county or city the body governs, as written (“Oklahoma County”, “Kansas City”).
    public var place: String
    public var state: String
    /// The meeting date: the `date` column, else the date the title carries.
    public var date: CalendarDate
    public var meetingType: String?
    public var agendaItem: String?
    public var voteResult: String?
    public var source: String?
    public var signalStrength: String?
    public var notes: String?
    public var sourceRow: Int

    public init(itemID: String, title: String, place: String, state: String, date: CalendarDate, meetingType: String? = nil,
                agendaItem: String? = nil, voteResult: String? = nil, source: String? = nil, signalStrength: String? = nil,
                notes: String? = nil, sourceRow: Int) {
        self.itemID = itemID
        self.title = title
        self.place = place
        self.state = state
        self.date = date
        self.meetingType = meetingType
        self.agendaItem = agendaItem
        self.voteResult = voteResult
        self.source = source
        self.signalStrength = signalStrength
        self.notes = notes
        self.sourceRow = sourceRow
    }

    /// Every text that may name a facility or say what stage the item is at.
    public var text: String { [title, agendaItem, notes].compactMap { $0 }.joined(separator: " · ") }
}
