/// A 287(g) agreement: a state or local law-enforcement agency deputised to do immigration
/// enforcement for ICE (`markramm_287g_agreements.csv`). A signal that a place is joining the
/// detention pipeline; it names an agency, not a facility, so its site is the agency's place.
public struct Agreement287g: Sendable, Hashable {
    public var agreementID: String
    public var title: String
    public var state: String
    /// The county as written, when the list gives one (a state agency has none).
    public var county: String?
    public var agency: String
    /// `JEM` (jail enforcement), `TFM` (task force) or `WSO` (warrant service officer).
    public var model: String
    public var signedDate: CalendarDate
    public var source: String?
    public var notes: String?
    public var sourceRow: Int

    public init(agreementID: String, title: String, state: String, county: String?, agency: String, model: String,
                signedDate: CalendarDate, source: String?, notes: String?, sourceRow: Int) {
        self.agreementID = agreementID
        self.title = title
        self.state = state
        self.county = county
        self.agency = agency
        self.model = model
        self.signedDate = signedDate
        self.source = source
        self.notes = notes
        self.sourceRow = sourceRow
    }
}
