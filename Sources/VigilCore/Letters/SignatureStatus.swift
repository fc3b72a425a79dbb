/// Where one organization's signature is, from the sign-on form to the published list.
public enum SignatureStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Submitted; the confirmation e-mail's link has not been followed. Editors do not see it for review.
    case unconfirmed
    /// Confirmed by e-mail, waiting for an editor.
    case pending
    /// On the letter: counted and published.
    case approved
    case rejected
    /// Taken back by the signatory through the link in their e-mail.
    case withdrawn
    /// The same organization as another signature, folded into it by an editor.
    case merged

    public var label: String {
        switch self {
        case .unconfirmed: "Not confirmed"
        case .pending: "Awaiting review"
        case .approved: "Approved"
        case .rejected: "Rejected"
        case .withdrawn: "Withdrawn"
        case .merged: "Merged"
        }
    }
}
