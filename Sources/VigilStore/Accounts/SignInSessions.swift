import Crypto
import Foundation
import SQLKit
import VigilCore

/// A signed-in browser: who, and the CSRF token its forms must carry.
public struct SignInSession: Sendable, Hashable {
    public var user: User
    public var csrfToken: String
    public var expiresAt: String
}

/// Sessions for signed-in people.
///
/// The browser holds a random 256-bit token; the database holds only its SHA-256, so a copy
/// of the database cannot be used to sign in. A session ends after `idleLifetime` without
/// use or `absoluteLifetime` after sign-in, whichever is first; an ended session reads as
/// signed out and is deleted.
public struct SignInSessions: Sendable {
    public static let idleLifetime: TimeInterval = 12 * 60 * 60
    public static let absoluteLifetime: TimeInterval = 7 * 24 * 60 * 60

    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// Starts a session for `user`; returns the token for the cookie.
    public func start(for user: User, now: Date = Date()) async throws -> (token: String, session: SignInSession) {
        let token = Self.randomToken()
        let csrf = Self.randomToken()
        let expires = Timestamp.iso(now.addingTimeInterval(Self.absoluteLifetime))
        try await database.sql.raw("""
            INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, idle_expires_at, expires_at)
            VALUES (\(bind: Self.digest(token)), \(bind: user.id), \(bind: csrf), \(bind: Timestamp.iso(now)),
                    \(bind: Timestamp.iso(now.addingTimeInterval(Self.idleLifetime))), \(bind: expires))
            """).run()
        return (token, SignInSession(user: user, csrfToken: csrf, expiresAt: expires))
    }

    /// The live session for `token`, extending its idle expiry; nil when unknown, expired or the account is disabled.
    public func session(token: String, now: Date = Date()) async throws -> SignInSession? {
        struct Row: Decodable {
            var csrf_token: String; var idle_expires_at: String; var expires_at: String
            var id: Int; var email: String; var role: String; var disabled: Int; var created_at: String
        }
        let hash = Self.digest(token)
        guard let row = try await database.sql.raw("""
            SELECT s.csrf_token, s.idle_expires_at, s.expires_at, u.id, u.email, u.role, u.disabled, u.created_at
            FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = \(bind: hash)
            """).first(decoding: Row.self) else { return nil }
        // ISO 8601 UTC text sorts as time does.
        let nowText = Timestamp.iso(now)
        guard row.disabled == 0, nowText < row.idle_expires_at, nowText < row.expires_at else {
            try await database.sql.raw("DELETE FROM sessions WHERE token_hash = \(bind: hash)").run()
            return nil
        }
        let idle = min(Timestamp.iso(now.addingTimeInterval(Self.idleLifetime)), row.expires_at)
        try await database.sql.raw("UPDATE sessions SET idle_expires_at = \(bind: idle) WHERE token_hash = \(bind: hash)").run()
        let user = User(id: row.id, email: row.email, role: Role(rawValue: row.role) ?? .viewer, isDisabled: false, createdAt: row.created_at)
        return SignInSession(user: user, csrfToken: row.csrf_token, expiresAt: row.expires_at)
    }

    /// Ends the session for `token`, if there is one.
    public func end(token: String) async throws {
        try await database.sql.raw("DELETE FROM sessions WHERE token_hash = \(bind: Self.digest(token))").run()
    }

    /// 256 random bits as unpadded base64url: safe in a cookie and a form field.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).lowercaseHex
    }
}
