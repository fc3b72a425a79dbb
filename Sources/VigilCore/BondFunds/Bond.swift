/// A bond a fund works for one case: its steps so far, notes, and the hearings the person must
/// attend while it is posted. Private to the fund's members.
public struct Bond: Sendable, Hashable, Identifiable {
    public var id: Int
    public var caseID: Int
    /// The person's name, as the case holds it: shown to the fund's members, never published.
    public var personName: String
    /// Where the person was held (registry code or workbook key).
    public var facility: String
    public var detainedOn: CalendarDate
    public var steps: [BondStep]
    public var notes: [BondNote]
    /// Hearing dates: the case's next hearing and any the fund recorded on the bond.
    public var hearings: [CalendarDate]

    public init(id: Int, caseID: Int, personName: String, facility: String, detainedOn: CalendarDate,
                steps: [BondStep], notes: [BondNote] = [], hearings: [CalendarDate] = []) {
        self.id = id
        self.caseID = caseID
        self.personName = personName
        self.facility = facility
        self.detainedOn = detainedOn
        self.steps = steps
        self.notes = notes
        self.hearings = hearings
    }

    public var stage: BondStage? { steps.last?.stage }

    public func date(of stage: BondStage) -> CalendarDate? { steps.first { $0.stage == stage }?.date }

    public var posting: BondPosting? {
        for step in steps { if case .posted(let posting) = step.detail { return posting } }
        return nil
    }

    /// The amount posted, or else the amount requested.
    public var amount: Cents? {
        if let posting { return posting.amount }
        for step in steps { if case .requested(let amount) = step.detail { return amount } }
        return nil
    }

    public var refund: (principal: Cents, interest: Cents)? {
        for step in steps { if case .refunded(let principal, let interest) = step.detail { return (principal, interest) } }
        return nil
    }

    /// The last day anything was recorded: a step or a note.
    public var lastActivity: CalendarDate? {
        (steps.map(\.date) + notes.map(\.date)).max()
    }
}

/// A dated note on a bond: a call to the obligor, a letter from ICE, news of the case.
public struct BondNote: Sendable, Hashable {
    public var date: CalendarDate
    public var text: String

    public init(date: CalendarDate, text: String) {
        self.date = date
        self.text = text
    }
}
