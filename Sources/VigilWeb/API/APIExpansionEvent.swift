import VigilCore
import VigilStore

/// `/api/v1/expansion-events`: one event between consecutive releases, with the files of both.
/// The same shape webhooks receive (`ExpansionEventJSON`), without the subscription's fields.
typealias APIExpansionEvent = ExpansionEventJSON

/// The events a scope wants, newest release first.
struct APIExpansionEvents: Encodable, Sendable {
    var events: [APIExpansionEvent]
}
