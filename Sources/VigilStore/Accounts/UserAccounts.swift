import Foundation
import SQLKit
import VigilCore

/// What went wrong changing an account, in words the person can act on.
public enum AccountError: Error, Sendable, CustomStringConvertible, Equatable {
    case emailTaken(String)
    case noSuchUser(String)
    case implausibleEmail(String)
    case weakPassword(String)

    public var description: String {
        switch self {
        case .emailTaken(let email): "There is already an account for \(email). Use `vigil user set-role` to change its role."
        case .noSuchUser(let email): "There is no account for \(email). `vigil user list` shows every account."
        case .implausibleEmail(let text): "“\(text)” does not look like an email address."
        case .weakPassword(let reason): reason
        }
    }
}

/// Accounts: adding people, changing their role, disabling them. Every change is audited in
/// the same transaction.
public struct UserAccounts: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    struct Row: Decodable {
        var id: Int; var email: String; var role: String; var password_hash: String; var disabled: Int; var created_at: String

        var user: User {
            User(id: id, email: email, role: Role(rawValue: role) ?? .viewer, isDisabled: disabled != 0, createdAt: created_at)
        }
    }

    static let columns = "id, email, role, password_hash, disabled, created_at"

    /// Adds an account; the password must satisfy `PasswordPolicy`.
    @discardableResult
    public func add(email: String, role: Role, password: String, by actor: AuditEvent.Actor) async throws -> User {
        let email = User.normalizedEmail(email)
        guard User.isPlausibleEmail(email) else { throw AccountError.implausibleEmail(email) }
        if let refusal = PasswordPolicy.refusal(for: password) { throw AccountError.weakPassword(refusal) }
        let hash = try PasswordHash.make(password)
        let now = Timestamp.now()
        return try await database.transaction { session in
            struct Existing: Decodable { var id: Int }
            if try await session.raw("SELECT id FROM users WHERE email = \(bind: email)").first(decoding: Existing.self) != nil {
                throw AccountError.emailTaken(email)
            }
            try await session.raw("""
                INSERT INTO users (email, role, password_hash, disabled, created_at, updated_at)
                VALUES (\(bind: email), \(bind: role.rawValue), \(bind: hash), 0, \(bind: now), \(bind: now))
                """).run()
            guard let row = try await session.raw("SELECT \(unsafeRaw: Self.columns) FROM users WHERE email = \(bind: email)")
                .first(decoding: Row.self) else { throw AccountError.noSuchUser(email) }
            try await AuditLog.record(AuditEvent(actor: actor, action: "user.add", subject: email, details: ["role": role.rawValue]), on: session)
            return row.user
        }
    }

    /// Every account, by email.
    public func all() async throws -> [User] {
        try await database.sql.raw("SELECT \(unsafeRaw: Self.columns) FROM users ORDER BY email").all(decoding: Row.self).map(\.user)
    }

    public func user(email: String) async throws -> User? {
        try await credentials(email: email)?.user
    }

    /// The account and its stored password hash, for signing in.
    public func credentials(email: String) async throws -> (user: User, passwordHash: String)? {
        let email = User.normalizedEmail(email)
        guard let row = try await database.sql.raw("SELECT \(unsafeRaw: Self.columns) FROM users WHERE email = \(bind: email)")
            .first(decoding: Row.self) else { return nil }
        return (row.user, row.password_hash)
    }

    /// Replaces `user`'s stored hash `old`, made with fewer iterations than today's, by a new
    /// one of `password` (which has just verified against it), audited in the same transaction.
    /// Changes nothing and returns false when the stored hash is no longer `old` (the password
    /// was changed meanwhile) or needs no upgrade.
    @discardableResult
    public func upgradePasswordHash(of user: User, password: String, replacing old: String) async throws -> Bool {
        guard PasswordHash.needsRehash(old) else { return false }
        // Hashed before the transaction: it takes a good part of a second, and holds no lock meanwhile.
        let new = try PasswordHash.make(password)
        let now = Timestamp.now()
        return try await database.transaction { session in
            struct Row: Decodable { var id: Int }
            // Only while the stored hash is still the one that verified, so a newer password wins.
            guard try await session.raw("SELECT id FROM users WHERE id = \(bind: user.id) AND password_hash = \(bind: old)")
                .first(decoding: Row.self) != nil else { return false }
            try await session.raw("""
                UPDATE users SET password_hash = \(bind: new), updated_at = \(bind: now)
                WHERE id = \(bind: user.id) AND password_hash = \(bind: old)
                """).run()
            try await AuditLog.record(AuditEvent(actor: .user(id: user.id, email: user.email), action: "user.password_rehashed",
                                                 subject: user.email,
                                                 details: ["from_iterations": String(PasswordHash.iterations(of: old) ?? 0),
                                                           "to_iterations": String(PasswordHash.iterations)]), on: session)
            return true
        }
    }

    public func setRole(email: String, to role: Role, by actor: AuditEvent.Actor) async throws {
        let email = User.normalizedEmail(email)
        let now = Timestamp.now()
        try await database.transaction { session in
            guard let row = try await session.raw("SELECT \(unsafeRaw: Self.columns) FROM users WHERE email = \(bind: email)")
                .first(decoding: Row.self) else { throw AccountError.noSuchUser(email) }
            try await session.raw("UPDATE users SET role = \(bind: role.rawValue), updated_at = \(bind: now) WHERE id = \(bind: row.id)").run()
            try await AuditLog.record(AuditEvent(actor: actor, action: "user.set_role", subject: email,
                                                 details: ["from": row.role, "to": role.rawValue]), on: session)
        }
    }

    /// Disables an account and ends its sessions.
    public func disable(email: String, by actor: AuditEvent.Actor) async throws {
        let email = User.normalizedEmail(email)
        let now = Timestamp.now()
        try await database.transaction { session in
            guard let row = try await session.raw("SELECT \(unsafeRaw: Self.columns) FROM users WHERE email = \(bind: email)")
                .first(decoding: Row.self) else { throw AccountError.noSuchUser(email) }
            try await session.raw("UPDATE users SET disabled = 1, updated_at = \(bind: now) WHERE id = \(bind: row.id)").run()
            try await session.raw("DELETE FROM sessions WHERE user_id = \(bind: row.id)").run()
            try await AuditLog.record(AuditEvent(actor: actor, action: "user.disable", subject: email), on: session)
        }
    }
}
