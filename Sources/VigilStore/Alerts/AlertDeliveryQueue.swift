import Foundation
import SQLKit
import VigilCore

/// The outbox of alerts: which event goes to which subscription, and how each attempt went.
///
/// `enqueue` adds a row per (subscription, event) the subscription wants and has not had,
/// unique together in the table, so an event is never delivered twice to one subscription
/// however often or concurrently deliveries run. `claimDue` leases due rows to one sender for
/// a while, so two senders (the server's loop and `vigil alerts send`) never send the same row
/// at once; `record` logs each attempt and either marks the row delivered or schedules the next
/// attempt by the retry policy.
public struct AlertDeliveryQueue: Sendable {
    let database: VigilDatabase
    public let retry: AlertRetryPolicy

    public init(database: VigilDatabase, retry: AlertRetryPolicy = AlertRetryPolicy()) {
        self.database = database
        self.retry = retry
    }

    /// Adds the deliveries due to active subscriptions: events detected since each was made that
    /// it wants and has no delivery of. Writes (and so advances the data version) only when there
    /// is something to add. Returns how many were added.
    @discardableResult
    public func enqueue(now: Date = Date()) async throws -> Int {
        let subscriptions = try await AlertSubscriptions(database: database).all().filter(\.isActive)
        guard !subscriptions.isEmpty else { return 0 }
        struct Existing: Decodable { var subscription_id: Int; var event_key: String }
        var had = Set<String>()
        for row in try await database.sql.raw("SELECT subscription_id, event_key FROM alert_deliveries").all(decoding: Existing.self) {
            had.insert("\(row.subscription_id) \(row.event_key)")
        }
        let oldest = subscriptions.map(\.createdAt).min()!
        let events = try await ExpansionEventQueries.events(where: "e.detected_at >= \(bind: oldest)", order: "e.as_of, e.kind, e.facility_key",
                                                            on: database.sql)
        let needsOperators = subscriptions.contains { $0.scope.operatorName != nil }
        let operators = needsOperators ? try await OperatorLookup.load(on: database.sql) : OperatorLookup(records: [:])
        let stamp = Timestamp.iso(now)
        var rows: [[any Encodable & Sendable]] = []
        for subscription in subscriptions {
            for stored in events where stored.detectedAt >= subscription.createdAt && !had.contains("\(subscription.id) \(stored.event.eventKey)") {
                guard subscription.scope.matches(stored.event, operatorOf: operators.operatorName(of:)) else { continue }
                rows.append([subscription.id, stored.event.eventKey, stored.event.kind.rawValue, stored.event.name, stored.event.asOf.iso,
                             subscription.channel.kind, subscription.channel.target, "pending", 0, stamp, stamp])
            }
        }
        guard !rows.isEmpty else { return 0 }
        let dialect = database.dialect
        let toInsert = rows
        try await database.transaction { db in
            try await BulkInsert(table: "alert_deliveries", columns: ["subscription_id", "event_key", "event_kind", "facility_name", "as_of",
                                                                      "channel", "target", "status", "attempts", "next_attempt_at", "created_at"])
                .run(encodable: toInsert, dialect: dialect, session: db)
        }
        return rows.count
    }

    /// Leases up to `limit` pending deliveries whose next attempt is due to this sender for
    /// `leaseSeconds`, with what sending needs. A delivery whose event was recomputed away is
    /// given up, saying so.
    public func claimDue(now: Date = Date(), limit: Int = 200, leaseSeconds: Double = 600) async throws -> [DueAlertDelivery] {
        struct Row: Decodable { var id: Int; var subscription_id: Int; var event_key: String; var attempts: Int }
        let stamp = Timestamp.iso(now)
        let candidates = try await database.sql.raw("""
            SELECT id, subscription_id, event_key, attempts FROM alert_deliveries
            WHERE status = 'pending' AND next_attempt_at <= \(bind: stamp) AND (claimed_until IS NULL OR claimed_until < \(bind: stamp))
            ORDER BY id LIMIT \(bind: limit)
            """).all(decoding: Row.self)
        guard !candidates.isEmpty else { return [] }
        let leaseEnd = Timestamp.iso(now.addingTimeInterval(leaseSeconds))
        let ids = candidates.map(\.id)
        struct Claimed: Decodable { var id: Int }
        let claimed = try await database.transaction { db in
            try await db.raw("""
                UPDATE alert_deliveries SET claimed_until = \(bind: leaseEnd)
                WHERE id IN (\(binds: ids)) AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < \(bind: stamp))
                RETURNING id
                """).all(decoding: Claimed.self)
        }
        let claimedIDs = Set(claimed.map(\.id))
        let subscriptions = Dictionary(uniqueKeysWithValues: try await AlertSubscriptions(database: database).all().map { ($0.id, $0) })
        let keys = Array(Set(candidates.filter { claimedIDs.contains($0.id) }.map(\.event_key)))
        var events: [String: StoredExpansionEvent] = [:]
        var start = 0
        while start < keys.count {
            let chunk = Array(keys[start..<min(start + 500, keys.count)])
            for e in try await ExpansionEventQueries.events(where: "e.event_key IN (\(binds: chunk))", order: "e.id", on: database.sql) {
                events[e.event.eventKey] = e
            }
            start += 500
        }
        var due: [DueAlertDelivery] = []
        for row in candidates where claimedIDs.contains(row.id) {
            guard let subscription = subscriptions[row.subscription_id], subscription.isActive, let event = events[row.event_key] else {
                let why = subscriptions[row.subscription_id]?.isActive == false ? "the subscription was stopped" : "the event is no longer detected (its releases changed)"
                try await giveUp(row.id, reason: why, now: now)
                continue
            }
            due.append(DueAlertDelivery(id: row.id, subscription: subscription, event: event, attempts: row.attempts))
        }
        return due
    }

    /// Logs one attempt and moves the delivery on: delivered, retried later, or given up.
    public func record(_ outcome: AlertAttemptOutcome, for delivery: DueAlertDelivery, now: Date = Date()) async throws {
        let stamp = Timestamp.iso(now)
        let attempts = delivery.attempts + 1
        let retry = self.retry
        try await database.transaction { db in
            try await db.raw("""
                INSERT INTO alert_delivery_attempts (delivery_id, attempted_at, succeeded, http_status, detail)
                VALUES (\(bind: delivery.id), \(bind: stamp), \(bind: outcome.succeeded ? 1 : 0), \(bind: outcome.httpStatus), \(bind: outcome.detail))
                """).run()
            if outcome.succeeded {
                try await db.raw("""
                    UPDATE alert_deliveries SET status = 'delivered', attempts = \(bind: attempts), delivered_at = \(bind: stamp),
                        claimed_until = NULL, last_error = NULL WHERE id = \(bind: delivery.id)
                    """).run()
            } else if attempts >= retry.maximumAttempts {
                try await db.raw("""
                    UPDATE alert_deliveries SET status = 'failed', attempts = \(bind: attempts), claimed_until = NULL,
                        last_error = \(bind: outcome.detail) WHERE id = \(bind: delivery.id)
                    """).run()
            } else {
                let next = Timestamp.iso(now.addingTimeInterval(retry.wait(afterFailedAttempts: attempts)))
                try await db.raw("""
                    UPDATE alert_deliveries SET attempts = \(bind: attempts), next_attempt_at = \(bind: next), claimed_until = NULL,
                        last_error = \(bind: outcome.detail) WHERE id = \(bind: delivery.id)
                    """).run()
            }
        }
    }

    private func giveUp(_ id: Int, reason: String, now: Date) async throws {
        let stamp = Timestamp.iso(now)
        try await database.transaction { db in
            try await db.raw("""
                INSERT INTO alert_delivery_attempts (delivery_id, attempted_at, succeeded, http_status, detail)
                VALUES (\(bind: id), \(bind: stamp), 0, \(bind: Int?.none), \(bind: "not sent: " + reason))
                """).run()
            try await db.raw("UPDATE alert_deliveries SET status = 'failed', claimed_until = NULL, last_error = \(bind: "not sent: " + reason) WHERE id = \(bind: id)").run()
        }
    }

    /// The latest deliveries first, at most `limit`.
    public func log(limit: Int = 500) async throws -> [AlertDeliveryLogEntry] {
        struct Row: Decodable {
            var id: Int; var subscription_id: Int; var event_key: String; var event_kind: String; var facility_name: String; var as_of: String
            var channel: String; var target: String; var status: String; var attempts: Int; var next_attempt_at: String
            var last_error: String?; var delivered_at: String?; var created_at: String
        }
        return try await database.sql.raw("SELECT * FROM alert_deliveries ORDER BY id DESC LIMIT \(bind: limit)").all(decoding: Row.self).map { r in
            AlertDeliveryLogEntry(id: r.id, subscriptionID: r.subscription_id, eventKey: r.event_key, eventKind: r.event_kind,
                                  facilityName: r.facility_name, asOf: r.as_of, channel: r.channel, target: r.target, status: r.status,
                                  attempts: r.attempts, nextAttemptAt: r.next_attempt_at, lastError: r.last_error,
                                  deliveredAt: r.delivered_at, createdAt: r.created_at)
        }
    }

    /// Every attempt at one delivery, oldest first.
    public func attempts(ofDelivery id: Int) async throws -> [(at: String, succeeded: Bool, httpStatus: Int?, detail: String)] {
        struct Row: Decodable { var attempted_at: String; var succeeded: Int; var http_status: Int?; var detail: String }
        return try await database.sql.raw("""
            SELECT attempted_at, succeeded, http_status, detail FROM alert_delivery_attempts WHERE delivery_id = \(bind: id) ORDER BY id
            """).all(decoding: Row.self).map { ($0.attempted_at, $0.succeeded != 0, $0.http_status, $0.detail) }
    }
}
