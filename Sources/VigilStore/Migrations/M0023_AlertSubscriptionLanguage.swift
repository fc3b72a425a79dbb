import SQLKit

/// The language an alert subscriber used when subscribing (`en` or `es`), so each alert e-mail
/// is written in it. Subscriptions made before this column existed were made on English pages.
struct M0023_AlertSubscriptionLanguage: StatementMigration {
    let id = "0023_alert_subscription_language"

    func statements(dialect: Dialect) -> [String] {
        ["ALTER TABLE alert_subscriptions ADD COLUMN language TEXT NOT NULL DEFAULT 'en'"]
    }
}
