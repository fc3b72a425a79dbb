import Foundation
import SQLKit
import VigilCore

/// One row of the audit log, as read back.
public struct AuditLogEntry: Sendable, Hashable {
    public var id: Int
    public var at: String
    public var actorUserID: Int?
    public var actor: String
    public var action: String
    public var subject: String?
    public var details: [String: String]
}

/// The audit log: every change, who made it and when.
///
/// Record an event in the same transaction as the change it describes
/// (`AuditLog.record(_:on: session)`), so that the log and the data never disagree.
public struct AuditLog: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// Records `event` on its own (for events that change nothing else, like a failed sign-in).
    public func record(_ event: AuditEvent, at moment: Date = Date()) async throws {
        try await Self.record(event, on: database.sql, at: moment)
    }

    /// Records `event` on `session`, typically the transaction making the change.
    public static func record(_ event: AuditEvent, on session: any SQLDatabase, at moment: Date = Date()) async throws {
        try await session.raw("""
            INSERT INTO audit_log (at, actor_user_id, actor, action, subject, details_json)
            VALUES (\(bind: Timestamp.iso(moment)), \(bind: event.actor.userID), \(bind: event.actor.label),
                    \(bind: event.action), \(bind: event.subject), \(bind: JSONText.encode(event.details)))
            """).run()
    }

    /// The latest entries first.
    public func latest(limit: Int = 100) async throws -> [AuditLogEntry] {
        struct Row: Decodable {
            var id: Int; var at: String; var actor_user_id: Int?; var actor: String; var action: String
            var subject: String?; var details_json: String
        }
        return try await database.sql.raw("""
            SELECT id, at, actor_user_id, actor, action, subject, details_json FROM audit_log ORDER BY id DESC LIMIT \(bind: limit)
            """).all(decoding: Row.self).map { r in
            AuditLogEntry(id: r.id, at: r.at, actorUserID: r.actor_user_id, actor: r.actor, action: r.action, subject: r.subject,
                          details: JSONText.decode([String: String].self, from: r.details_json) ?? [:])
        }
    }
}
