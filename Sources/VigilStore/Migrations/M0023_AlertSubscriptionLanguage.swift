import SQLKit

/// The language an alert subscriber used when subscribing (`en` or `es`), so each alert e-mail
/// is written in it. Subscriptions made before this column existed were made on English pages.
struct M0023_AlertSubscriptionLanguage: Migration {
    let id = "0023_alert_subscription_language"

    func apply(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.raw("ALTER TABLE alert_subscriptions ADD COLUMN language TEXT NOT NULL DEFAULT 'en'").run()
    }
}
