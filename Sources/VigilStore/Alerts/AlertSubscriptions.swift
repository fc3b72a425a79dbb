import SQLKit
import VigilCore

/// Stores subscriptions to expansion events. Their channels (webhook URLs and secrets, e-mail
/// addresses) are private: nothing here is read by a public page, export or API.
public struct AlertSubscriptions: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// Adds a subscription and returns it with its id. `audit`, when given, is stored in the same transaction.
    /// `language` is the one its e-mails are written in.
    @discardableResult
    public func add(_ scope: AlertScope, channel: AlertChannel, by person: String, language: SiteLanguage = .english,
                    audit: AuditEvent? = nil) async throws -> AlertSubscription {
        let now = Timestamp.now()
        let (url, secret, email): (String?, String?, String?) = switch channel {
        case .webhook(let url, let secret): (url, secret, nil)
        case .email(let address): (nil, nil, address)
        }
        let kinds = scope.kinds.map(\.rawValue).sorted().joined(separator: ",")
        let id = try await database.transaction { db in
            let id = try await db.insert(into: "alert_subscriptions")
                .columns("facility", "state", "aor", "operator_name", "kinds", "channel", "webhook_url", "webhook_secret", "email",
                         "created_by", "created_at", "active", "language")
                .values(scope.facility, scope.state, scope.areaOfResponsibility, scope.operatorName, kinds, channel.kind, url, secret, email,
                        person, now, 1, language.rawValue)
                .returning("id")
                .first(decodingColumn: "id", as: Int.self)
            guard let id else { throw ArchiveError.noIdentifierReturned }
            if let audit { try await AuditLog.record(audit, on: db) }
            return id
        }
        return AlertSubscription(id: id, scope: scope, channel: channel, createdBy: person, createdAt: now, language: language)
    }

    /// Every subscription, oldest first; `createdBy` narrows to one person's.
    public func all(createdBy: String? = nil) async throws -> [AlertSubscription] {
        var condition: SQLQueryString = "1 = 1"
        if let createdBy { condition = "created_by = \(bind: createdBy)" }
        return try await database.sql.raw("SELECT * FROM alert_subscriptions WHERE \(condition) ORDER BY id")
            .all(decoding: AlertSubscriptionRecord.self).compactMap(\.subscription)
    }

    /// One subscription, stopped or not; nil when there is none with that id.
    public func subscription(id: Int) async throws -> AlertSubscription? {
        try await database.sql.raw("SELECT * FROM alert_subscriptions WHERE id = \(bind: id)")
            .first(decoding: AlertSubscriptionRecord.self)?.subscription
    }

    public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        case noSuchSubscription(Int)

        public var description: String {
            switch self {
            case .noSuchSubscription(let id): "There is no alert subscription \(id) (`vigil alerts list` lists them)."
            }
        }
    }

    /// Stops a subscription: nothing more is sent to it (deliveries already queued are not
    /// attempted); its delivery log stays. Stopping a stopped one changes nothing but is not
    /// refused. `audit`, when given, is stored in the same transaction. Returns it as it was.
    @discardableResult
    public func deactivate(id: Int, audit: AuditEvent? = nil) async throws -> AlertSubscription {
        try await database.transaction { db in
            guard let record = try await db.raw("SELECT * FROM alert_subscriptions WHERE id = \(bind: id)")
                .first(decoding: AlertSubscriptionRecord.self), let subscription = record.subscription
            else { throw Refusal.noSuchSubscription(id) }
            try await Self.stop(id, on: db)
            if let audit { try await AuditLog.record(audit, on: db) }
            return subscription
        }
    }

    /// The one way a subscription stops, from the command line, the web page or an e-mail's link.
    static func stop(_ id: Int, on db: any SQLDatabase) async throws {
        try await db.raw("UPDATE alert_subscriptions SET active = 0 WHERE id = \(bind: id)").run()
    }
}
