import VigilStore

/// Everything the review page shows.
struct FacilityReviewModel: Sendable {
    var chrome: PageChrome
    var summary: FacilityMatching.Summary
    var items: [FacilityMatching.ReviewItem]
}
