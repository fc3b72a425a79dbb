import VigilCore

/// A stored letter with its current text.
public struct LetterRecord: Sendable, Hashable {
    public var id: Int
    public var title: String
    public var status: LetterStatus
    public var currentVersion: Int
    public var content: LetterContent
    public var sourceSHA256: String?
    public var createdBy: String
    public var createdAt: String
    public var updatedAt: String
}

/// One stored version of a letter's text.
public struct LetterVersionRecord: Sendable, Hashable {
    public var version: Int
    public var content: LetterContent
    /// Whether this version changed what earlier signatories agreed to.
    public var material: Bool
    public var createdBy: String
    public var createdAt: String
}
