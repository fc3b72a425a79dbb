import VigilCore

/// `/alerts/subscriptions`: the signed-in person's subscriptions and the form to add one.
struct AlertSubscriptionsModel: Sendable {
    var chrome: PageChrome
    var csrfToken: String
    var subscriptions: [AlertSubscription]
    /// What the form holds: the person's input, kept when it is refused.
    var form: [String: String]
    var kinds: Set<ExpansionEventKind>
    /// Why the last attempt was refused; empty when it was not.
    var problems: [String]
    /// The subscription just added, to say so.
    var added: Int?
    /// The subscription just stopped, to say so.
    var stopped: Int? = nil
    /// An admin's view: everyone's subscriptions, with who made each.
    var showsEveryone = false
}
