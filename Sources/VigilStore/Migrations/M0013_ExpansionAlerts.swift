import SQLKit

/// Expansion events between releases, and the alerts that carry them:
/// - `expansion_events`: every event between consecutive stored releases, recomputed in the
///   transaction of each release import (and of each matching run); `event_key` is stable
///   across recomputation. Deleting a release deletes its events.
/// - `alert_subscriptions`: what someone wants (facility, state, AOR, operator, kinds) and
///   where it goes (a webhook URL and secret, or an e-mail address: both private).
/// - `alert_deliveries`: one row per event per subscription, unique together, so an event is
///   never delivered twice to one subscription; its status, attempts and next attempt time.
///   Not tied to `expansion_events` by a foreign key: the log outlives a recomputation.
/// - `alert_delivery_attempts`: every attempt, with its outcome.
struct M0013_ExpansionAlerts: StatementMigration {
    let id = "0013_expansion_alerts"

    func statements(dialect: Dialect) -> [String] {
        let pk = dialect.autoIncrementPrimaryKey
        let ref = dialect.reference
        let double = dialect.double
        return [
            """
            CREATE TABLE expansion_events (
                id \(pk),
                event_key TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                facility_code TEXT,
                facility_key TEXT NOT NULL,
                name TEXT NOT NULL,
                state TEXT,
                aor TEXT,
                previous_release_id \(ref) NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
                release_id \(ref) NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
                previous_as_of TEXT NOT NULL,
                as_of TEXT NOT NULL,
                previous_adp \(double),
                adp \(double),
                change \(double) NOT NULL,
                previous_guaranteed_minimum \(double),
                guaranteed_minimum \(double),
                detected_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX expansion_events_as_of ON expansion_events (as_of)",
            "CREATE INDEX expansion_events_detected ON expansion_events (detected_at)",
            """
            CREATE TABLE alert_subscriptions (
                id \(pk),
                facility TEXT,
                state TEXT,
                aor TEXT,
                operator_name TEXT,
                kinds TEXT NOT NULL,
                channel TEXT NOT NULL,
                webhook_url TEXT,
                webhook_secret TEXT,
                email TEXT,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1
            )
            """,
            """
            CREATE TABLE alert_deliveries (
                id \(pk),
                subscription_id \(ref) NOT NULL REFERENCES alert_subscriptions (id),
                event_key TEXT NOT NULL,
                event_kind TEXT NOT NULL,
                facility_name TEXT NOT NULL,
                as_of TEXT NOT NULL,
                channel TEXT NOT NULL,
                target TEXT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT NOT NULL,
                claimed_until TEXT,
                last_error TEXT,
                delivered_at TEXT,
                created_at TEXT NOT NULL,
                UNIQUE (subscription_id, event_key)
            )
            """,
            "CREATE INDEX alert_deliveries_due ON alert_deliveries (status, next_attempt_at)",
            """
            CREATE TABLE alert_delivery_attempts (
                id \(pk),
                delivery_id \(ref) NOT NULL REFERENCES alert_deliveries (id) ON DELETE CASCADE,
                attempted_at TEXT NOT NULL,
                succeeded INTEGER NOT NULL,
                http_status INTEGER,
                detail TEXT NOT NULL
            )
            """,
            "CREATE INDEX alert_delivery_attempts_delivery ON alert_delivery_attempts (delivery_id)",
        ]
    }
}
