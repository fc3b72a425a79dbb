import VigilCore
import VigilStore

/// Everything the private-share page shows.
struct PrivateShareModel: Sendable {
    var chrome: PageChrome
    var content: Content?

    struct Content: Sendable {
        var releases: [NationalModel.ReleaseOption]
        var release: NationalModel.SelectedRelease
        var shares: [PrivateShare]
        var rows: [ClassifiedFacilityRow]
        /// The national share in every release, oldest first.
        var trend: [PrivateShare]
        /// List rows and contract awards the matcher could not tie to a code: kept for review.
        var unmatched: [FacilityRegistry.UnmatchedOperatorRow] = []

        /// The letter's claim, checked against the newest release.
        var claim: PrivateShareClaim? { trend.last.map(PrivateShareClaim.init) }

        var national: PrivateShare? { shares.first { $0.areaKind == .national } }
    }
}
