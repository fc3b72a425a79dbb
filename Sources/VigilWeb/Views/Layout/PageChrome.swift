import VigilCore
import VigilStore

/// What every page's frame needs to know: where the reader is, and whether the figures are generated.
struct PageChrome: Sendable, Hashable {
    enum Section: Sendable, Hashable { case national, releases, daily, privateShare, facilityReview, deaths, ranking, audit, incidents, segregation, tps, letters, expansion, alerts, help, releaseWork, none }

    /// True when demo data is stored: every page then says so, prominently.
    var showsSyntheticBanner: Bool
    var section: Section = .none
    /// Who is signed in, for the header; nil for anonymous readers.
    var viewer: Viewer? = PageChrome.currentViewer
    /// The language the page is drawn in, and the address it answers (path and query), for the
    /// link to the same page in the other language. Both set by `LanguageMiddleware`.
    var language: SiteLanguage = SiteLanguage.current
    var target: String = PageChrome.currentTarget

    /// The signed-in person as the header shows them, with the token its sign-out form needs.
    struct Viewer: Sendable, Hashable {
        var email: String
        var role: Role
        var csrfToken: String
    }

    /// Set by `SessionMiddleware` for the request being handled. Every controller builds its
    /// frame through `load`, so a task-local carries the viewer there without threading the
    /// request context through every page.
    @TaskLocal static var currentViewer: Viewer?
    @TaskLocal static var currentTarget: String = "/"

    /// Reads the one fact the frame needs from the store. A failure to read it is not worth
    /// failing the page for (the error page uses this too), so it shows no banner then.
    static func load(database: VigilDatabase, section: Section = .none) async -> PageChrome {
        let synthetic = (try? await ReleaseQueries(database: database).hasSyntheticData()) ?? false
        return PageChrome(showsSyntheticBanner: synthetic, section: section)
    }
}
