import Hummingbird
import NIOCore
import VigilCore
import VigilStore

/// The request context of every Vigil route: Hummingbird's basics plus who is signed in.
///
/// `SessionMiddleware` fills in `signIn`; anonymous readers have none and see every public page.
public struct VigilRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The live session, when someone is signed in.
    public var signIn: SignInSession?
    /// The client's address as the socket saw it, for rate limiting; nil in router tests.
    public var remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    /// The signed-in user, if any.
    public var user: User? { signIn?.user }

    /// The signed-in user when their role includes `role`; otherwise a 401 (not signed in)
    /// or 403 (signed in without the role). For routes that change data:
    /// `let editor = try context.requireRole(.editor)`.
    @discardableResult
    public func requireRole(_ role: Role) throws -> User {
        guard let user else { throw WebError.signInRequired }
        guard user.role.includes(role) else {
            throw WebError.forbidden(t("error.role_needed", ["role": role.rawValue, "current": user.role.rawValue]))
        }
        return user
    }

    /// Who to name in the audit log for a change made in this request.
    var auditActor: AuditEvent.Actor {
        user.map { .user(id: $0.id, email: $0.email) } ?? .anonymous
    }
}
