/// A standing request to be told of expansion events: what is wanted and where it goes.
public struct AlertSubscription: Sendable, Hashable {
    public var id: Int
    public var scope: AlertScope
    public var channel: AlertChannel
    /// Who made it: an account's e-mail, or `command line`.
    public var createdBy: String
    /// Events detected before this moment (ISO 8601) are not sent: a new subscriber is not
    /// sent the whole history, which the Atom feed already shows.
    public var createdAt: String
    public var isActive: Bool
    /// The language the subscriber used when subscribing: alert e-mails are written in it.
    public var language: SiteLanguage

    public init(id: Int, scope: AlertScope, channel: AlertChannel, createdBy: String, createdAt: String, isActive: Bool = true,
                language: SiteLanguage = .english) {
        self.id = id
        self.scope = scope
        self.channel = channel
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.isActive = isActive
        self.language = language
    }
}
