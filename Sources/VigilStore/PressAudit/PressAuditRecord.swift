import VigilCore

/// A saved press audit: the article as pasted, the letter version it was checked against and
/// the findings as they were then.
public struct PressAuditRecord: Sendable, Hashable {
    public var id: Int
    public var letterID: Int
    public var letterVersion: Int
    public var article: PressArticleDraft
    public var findings: [PressFinding]
    public var createdBy: String
    public var createdAt: String
}
