import VigilCore

/// The page an alert e-mail's unsubscribe link opens: it asks before stopping anything (mail
/// scanners open links too), then says what happened. It names what the subscription watches,
/// never where it sends.
struct AlertUnsubscribeModel: Sendable {
    enum State: Sendable {
        /// The link works and the subscription is active: the page asks for the click that stops it.
        case ask(AlertSubscription)
        case done(AlertSubscription, alreadyStopped: Bool)
        /// The link cannot be used: why.
        case refused(String)
    }

    var chrome: PageChrome
    var token: String
    var csrfToken: String
    var state: State
}
