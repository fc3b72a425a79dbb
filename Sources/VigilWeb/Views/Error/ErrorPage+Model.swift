/// An error page: what happened, in words a reader can act on.
struct ErrorPageModel: Sendable, Hashable {
    var chrome: PageChrome
    var status: Int
    var title: String
    var message: String

    /// The statuses whose names the catalogues give (`error.status.<code>`).
    static let titledStatuses = [400, 401, 403, 404, 405, 408, 409, 413, 415, 429, 431, 500, 503]
    /// The statuses the server itself (Hummingbird, not a Vigil `WebError`) can answer a page with,
    /// each with a sentence in the catalogues (`error.explain.<code>`); 404 has `error.no_page`.
    static let explainedStatuses = [400, 405, 408, 413, 415, 431, 500, 503]
}
