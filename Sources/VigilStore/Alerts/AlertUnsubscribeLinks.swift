import Foundation
import SQLKit
import VigilCore

/// The link in every alert e-mail that stops its subscription without signing in. The same
/// mechanism as the letters' confirm and withdraw links (`SignatureArchive`): a random token in
/// the address, only its SHA-256 digest stored, single use, followed by a POST from a page that
/// asks first (so a mail scanner fetching the link stops nothing). Each e-mail carries a new
/// token, so the store never has to keep one it can read back.
extension AlertSubscriptions {
    /// What following (or looking at) an unsubscribe link found.
    public enum UnsubscribeOutcome: Sendable, Hashable {
        /// The subscription the link stops (stopped now, when the link was followed).
        case done(AlertSubscription)
        /// The link has been followed before; nothing changed.
        case used
        /// No such link (mistyped, or cut short).
        case unknown
    }

    /// A new unsubscribe token for one e-mail to `subscriptionID`; only its digest is stored.
    public func issueUnsubscribeToken(subscriptionID: Int, now: Date = Date()) async throws -> String {
        let token = SignInSessions.randomToken()
        try await database.sql.raw("""
            INSERT INTO alert_unsubscribe_links (token_hash, subscription_id, created_at)
            VALUES (\(bind: SignInSessions.digest(token)), \(bind: subscriptionID), \(bind: Timestamp.iso(now)))
            """).run()
        return token
    }

    /// The subscription a link stops, without following it (for the page that asks "stop?").
    public func peekUnsubscribe(token: String) async throws -> UnsubscribeOutcome {
        try await Self.lookUp(token, on: database.sql)
    }

    /// Follows an unsubscribe link: the subscription stops, the link is used up, and the audit
    /// log says an anonymous reader did it through an e-mail link, all in one transaction.
    public func unsubscribe(token: String, now: Date = Date()) async throws -> UnsubscribeOutcome {
        try await database.transaction { db in
            let outcome = try await Self.lookUp(token, on: db)
            guard case .done(let subscription) = outcome else { return outcome }
            try await db.raw("""
                UPDATE alert_unsubscribe_links SET used_at = \(bind: Timestamp.iso(now)) WHERE token_hash = \(bind: SignInSessions.digest(token))
                """).run()
            try await Self.stop(subscription.id, on: db)
            try await AuditLog.record(AuditEvent(actor: .anonymous, action: "alert.unsubscribe", subject: "subscription \(subscription.id)",
                                                 details: ["via": "e-mail link", "channel": subscription.channel.kind,
                                                           "was_active": subscription.isActive ? "yes" : "no"]), on: db)
            return outcome
        }
    }

    private static func lookUp(_ token: String, on db: any SQLDatabase) async throws -> UnsubscribeOutcome {
        struct Link: Decodable { var subscription_id: Int; var used_at: String? }
        guard !token.isEmpty, let link = try await db.raw("""
            SELECT subscription_id, used_at FROM alert_unsubscribe_links WHERE token_hash = \(bind: SignInSessions.digest(token))
            """).first(decoding: Link.self) else { return .unknown }
        if link.used_at != nil { return .used }
        guard let subscription = try await db.raw("SELECT * FROM alert_subscriptions WHERE id = \(bind: link.subscription_id)")
            .first(decoding: AlertSubscriptionRecord.self)?.subscription else { return .unknown }
        return .done(subscription)
    }
}
