import VigilStore

/// What every page's frame needs to know: where the reader is, and whether the figures are generated.
struct PageChrome: Sendable, Hashable {
    enum Section: Sendable, Hashable { case national, releases, daily, privateShare, facilityReview, none }

    /// True when demo data is stored: every page then says so, prominently.
    var showsSyntheticBanner: Bool
    var section: Section = .none

    /// Reads the one fact the frame needs from the store. A failure to read it is not worth
    /// failing the page for (the error page uses this too), so it shows no banner then.
    static func load(database: VigilDatabase, section: Section = .none) async -> PageChrome {
        let synthetic = (try? await ReleaseQueries(database: database).hasSyntheticData()) ?? false
        return PageChrome(showsSyntheticBanner: synthetic, section: section)
    }
}
