import VigilCore
import VigilStore

/// `/alerts.atom`: the expansion events a scope wants, newest first.
struct AlertFeedModel: Sendable {
    var scope: AlertScope
    var events: [StoredExpansionEvent]
    /// The feed's `updated`: the newest event's detection, else when the data last changed (ISO 8601).
    var updated: String
    /// True when the events come from the synthetic demo.
    var isSynthetic: Bool

    /// At most this many entries: a feed is for what is new, the export has the history.
    static let entryLimit = 200
}
