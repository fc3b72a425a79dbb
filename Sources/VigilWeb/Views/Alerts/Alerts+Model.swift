import VigilCore
import VigilStore

/// `/alerts`: expansion events between releases, narrowed like a subscription.
struct AlertsModel: Sendable {
    var chrome: PageChrome
    var scope: AlertScope
    var events: [StoredExpansionEvent]
    /// Whether the reader is signed in (and so may subscribe on the web).
    var canSubscribe: Bool

    static let rowLimit = 500
}
