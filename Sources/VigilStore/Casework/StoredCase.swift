import VigilCore

/// A case as read back for someone allowed to see it: the opened record, where it is held,
/// and its custody history.
public struct StoredCase: Sendable, Hashable, Identifiable {
    public var id: Int
    public var organizationID: Int
    public var file: CaseFile
    /// The facility's name as Vigil knows it, when it still resolves.
    public var facilityName: String?
    public var events: [StoredCustodyEvent]
    public var synthetic: Bool
    public var createdAt: String
    public var updatedAt: String
}

/// One custody event as stored, with who recorded it.
public struct StoredCustodyEvent: Sendable, Hashable {
    public var event: CustodyEvent
    public var facilityName: String?
    public var recordedBy: String
    public var recordedAt: String
}
