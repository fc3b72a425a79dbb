/// The page a confirmation or withdrawal link opens: it asks before changing anything (mail
/// scanners open links too), then says what happened.
struct SignOnLinkModel: Sendable {
    enum Purpose: Sendable { case confirm, withdraw }
    enum State: Sendable {
        /// The link works: the page asks for the click that does it.
        case ask(organization: String, letterTitle: String, letterID: Int)
        case done(message: String, letterID: Int?)
        /// The link cannot be used: why, and what to do.
        case refused(message: String)
    }

    var chrome: PageChrome
    var purpose: Purpose
    var token: String
    var csrfToken: String
    var state: State
}
