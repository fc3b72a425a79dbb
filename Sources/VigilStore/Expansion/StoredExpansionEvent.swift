import VigilCore

/// An event as stored: the event, when it was first detected, and the files of both releases
/// (what a reader checks it against).
public struct StoredExpansionEvent: Sendable, Hashable {
    public var event: ExpansionEvent
    /// ISO 8601 moment of the import (or matching run) that first found it.
    public var detectedAt: String
    public var previousFile: String?
    public var file: String?
}
