import VigilCore
import VigilStore

/// `/letters/{id}/review`: confirmed signatures for editors, organization names clustered so
/// near-duplicates sit side by side with their e-mails and websites.
struct SignatureReviewModel: Sendable {
    var chrome: PageChrome
    var csrfToken: String
    var letter: LetterRecord
    var approvedCount: Int
    /// Groups of two or more signatures whose names look alike; at least one in each is live.
    var clusters: [[SignatureRow]]
    /// Confirmed signatures in no cluster, waiting for a decision.
    var pending: [SignatureRow]
    /// Signatures whose letter changed materially after they signed.
    var flagged: [SignatureRow]
    /// Counts per status.
    var counts: [(status: SignatureStatus, count: Int)]
}
