/// One change to the system of record, as the audit log keeps it: who did what to what.
public struct AuditEvent: Sendable, Hashable {
    /// Who acted: a signed-in user, or someone at the command line.
    public enum Actor: Sendable, Hashable {
        case user(id: Int, email: String)
        /// `vigil` run on the server; the operating-system user is not known to Vigil.
        case commandLine
        /// Someone not signed in (a failed sign-in attempt).
        case anonymous

        public var userID: Int? {
            if case .user(let id, _) = self { return id }
            return nil
        }

        public var label: String {
            switch self {
            case .user(_, let email): email
            case .commandLine: "command line"
            case .anonymous: "anonymous"
            }
        }
    }

    public var actor: Actor
    /// What happened, dotted: `user.sign_in`, `user.add`, `facility.review`.
    public var action: String
    /// What it happened to, e.g. a user's email or a facility key.
    public var subject: String?
    /// Anything else worth keeping, stored as a JSON object.
    public var details: [String: String]

    public init(actor: Actor, action: String, subject: String? = nil, details: [String: String] = [:]) {
        self.actor = actor
        self.action = action
        self.subject = subject
        self.details = details
    }
}
