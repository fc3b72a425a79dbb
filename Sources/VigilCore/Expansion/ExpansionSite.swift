/// A place detention may grow at, and its timeline. A registry facility where a record is
/// linked to one; otherwise the place the record names (a county or city, and a state).
public struct ExpansionSite: Sendable, Hashable {
    /// `code:STWRTGA` for a registry facility, `place:TX:LUBBOCK` for a place.
    public var id: String
    /// The registry code, when the site is a facility.
    public var code: String?
    public var name: String
    public var state: String?
    public var latitude: Double?
    public var longitude: Double?
    /// Who runs it or received its latest award, when known.
    public var operatorName: String?
    /// Oldest first.
    public var events: [PipelineEvent]

    public init(id: String, code: String?, name: String, state: String?, latitude: Double? = nil, longitude: Double? = nil,
                operatorName: String? = nil, events: [PipelineEvent]) {
        self.id = id
        self.code = code
        self.name = name
        self.state = state
        self.latitude = latitude
        self.longitude = longitude
        self.operatorName = operatorName
        self.events = events.sorted { ($0.date, $0.stage) < ($1.date, $1.stage) }
    }

    public var latestActivity: CalendarDate? { events.last?.date }
    public var furthestStage: PipelineStage? { events.map(\.stage).max() }
    public var stages: Set<PipelineStage> { Set(events.map(\.stage)) }

    /// The id of a place site: state and the place folded (case, “County”, punctuation) so
    /// “Lubbock County” and “LUBBOCK” are one place.
    public static func placeID(state: String, place: String) -> String {
        "place:\(state.uppercased()):\(foldedPlace(place))"
    }

    public static func foldedPlace(_ place: String) -> String {
        let dropped: Set<String> = ["COUNTY", "CITY", "OF"]
        let words: [String] = place.uppercased().split(whereSeparator: { (c: Character) -> Bool in !(c.isLetter || c.isNumber) }).map(String.init)
        return words.filter { !dropped.contains($0) }.joined(separator: " ")
    }
}
