/// An error page: what happened, in words a reader can act on.
struct ErrorPageModel: Sendable, Hashable {
    var chrome: PageChrome
    var status: Int
    var title: String
    var message: String

    /// The statuses whose names the catalogues give (`error.status.<code>`).
    static let titledStatuses = [400, 401, 403, 404, 409, 413, 429, 500, 503]
}
