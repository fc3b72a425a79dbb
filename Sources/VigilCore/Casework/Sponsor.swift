/// The person who would house the detained person and see that they come to court.
public struct Sponsor: Sendable, Hashable {
    public var name: String?
    /// e.g. "sister", "U.S. citizen spouse".
    public var relation: String?
    public var address: String?
    /// The sponsor's own immigration status, e.g. "U.S. citizen", "permanent resident".
    public var status: String?

    public init(name: String? = nil, relation: String? = nil, address: String? = nil, status: String? = nil) {
        self.name = name
        self.relation = relation
        self.address = address
        self.status = status
    }

    public var isEmpty: Bool { name == nil && relation == nil && address == nil && status == nil }
}
