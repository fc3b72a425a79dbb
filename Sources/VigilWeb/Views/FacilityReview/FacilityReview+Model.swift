import VigilCore
import VigilStore

/// Everything the review page shows.
struct FacilityReviewModel: Sendable {
    var chrome: PageChrome
    var summary: FacilityMatching.Summary
    var items: [FacilityMatching.ReviewItem]
    /// The key whose decision was just recorded, for the confirmation line.
    var decidedKey: String? = nil
    /// Contract awards, agenda items and dossiers whose facility link is doubtful.
    var expansionItems: [ExpansionArchive.ReviewItem] = []
    /// Codes a person recorded as one facility, and pairs that may be one (same address or name, periods apart).
    var merges: [FacilityMerges.Merge] = []
    var mergeCandidates: [FacilityMerges.Candidate] = []

    /// The token the decision forms carry, when the reader may decide (editor or admin).
    var decisionToken: String? {
        guard let viewer = chrome.viewer, viewer.role.includes(.editor) else { return nil }
        return viewer.csrfToken
    }
}
