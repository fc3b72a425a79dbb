/// One row of a list that names a facility by name and place, not by code, and says who
/// manages it (e.g. `Facility Name,Location,Management`, Location written “City, ST”).
public struct OperatorListRow: Sendable, Hashable {
    public var name: String
    public var city: String?
    public var state: String?
    public var operatorName: String
    public var sourceRow: Int

    public init(name: String, city: String?, state: String?, operatorName: String, sourceRow: Int) {
        self.name = name
        self.city = city
        self.state = state
        self.operatorName = operatorName
        self.sourceRow = sourceRow
    }

    /// “City, ST” as the list wrote it.
    public var place: String { [city, state].compactMap { $0 }.joined(separator: ", ") }
}
