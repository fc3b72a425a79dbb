/// An error page: what happened, in words a reader can act on.
struct ErrorPageModel: Sendable, Hashable {
    var chrome: PageChrome
    var status: Int
    var title: String
    var message: String
}
