import SQLKit

/// The unsubscribe links of alert e-mails:
/// - `alert_unsubscribe_links`: one single-use link per e-mail sent, stored as the SHA-256
///   digest of its token (as `letter_signature_links` stores the letters' links), tied to the
///   subscription it stops. Following one stops the subscription without signing in.
struct M0020_AlertUnsubscribeLinks: StatementMigration {
    let id = "0020_alert_unsubscribe_links"

    func statements(dialect: Dialect) -> [String] {
        let ref = dialect.reference
        return [
            """
            CREATE TABLE alert_unsubscribe_links (
                token_hash TEXT PRIMARY KEY,
                subscription_id \(ref) NOT NULL REFERENCES alert_subscriptions (id),
                created_at TEXT NOT NULL,
                used_at TEXT
            )
            """,
            "CREATE INDEX alert_unsubscribe_links_subscription ON alert_unsubscribe_links (subscription_id)",
        ]
    }
}
