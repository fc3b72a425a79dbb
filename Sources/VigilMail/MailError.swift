/// Why a message could not be handed to the SMTP server.
public enum MailError: Error, Equatable, CustomStringConvertible {
    case invalidServerURL(text: String, reason: String)
    /// A header value or address holds a line break or other control character: refused so that text a
    /// visitor typed (a subject, a name) can never add headers or recipients of its own.
    case unsafeHeader(name: String)
    case invalidAddress(String)
    case noRecipients
    case connectionFailed(server: String, reason: String)
    case timedOut(server: String, waitingFor: String)
    /// The server answered with a code other than the one the conversation needed.
    case rejected(server: String, command: String, code: Int, reply: String)
    case connectionClosed(server: String, waitingFor: String)

    public var description: String {
        switch self {
        case let .invalidServerURL(text, reason):
            "VIGIL_SMTP_URL \"\(text)\" is not usable: \(reason)."
        case let .unsafeHeader(name):
            "The mail header \(name) holds a line break or control character; the message was not sent."
        case let .invalidAddress(address):
            "\"\(address)\" is not an e-mail address."
        case .noRecipients:
            "The message has no recipients."
        case let .connectionFailed(server, reason):
            "Could not connect to the mail server \(server): \(reason)."
        case let .timedOut(server, step):
            "The mail server \(server) did not answer in time (waiting for \(step))."
        case let .rejected(server, command, code, reply):
            "The mail server \(server) refused \(command): \(code) \(reply)"
        case let .connectionClosed(server, step):
            "The mail server \(server) closed the connection (waiting for \(step))."
        }
    }
}
