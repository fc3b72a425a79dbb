/// Where a letter is in its life: written, gathering signatures, no longer gathering, delivered.
public enum LetterStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case draft
    /// Open for signatures: the public page carries the sign-on form.
    case open
    /// No more signatures; not yet delivered.
    case closed
    /// Delivered: the public page is the published letter with its signatories.
    case sent

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .open: "Open for signatures"
        case .closed: "Closed"
        case .sent: "Sent"
        }
    }

    /// Whether anyone may read it: drafts are for editors only.
    public var isPublic: Bool { self != .draft }
}
