import VigilStore

/// The audit log page: the latest changes and sign-ins, who made them and when.
struct AuditLogModel: Sendable {
    var chrome: PageChrome
    var entries: [AuditLogEntry]
    /// How many entries were asked for; the page says when there may be more.
    var limit: Int

    static let defaultLimit = 500
    static let maximumLimit = 10_000

    /// `?limit=` read leniently: anything unreadable or out of range falls back to the default or the cap.
    static func limit(from text: String?) -> Int {
        guard let text, let value = Int(text), value > 0 else { return defaultLimit }
        return min(value, maximumLimit)
    }
}
