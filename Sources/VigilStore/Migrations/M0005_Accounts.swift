import SQLKit

/// Accounts for the people who add or review data:
/// - `users`: one row per person, with a role and a PBKDF2 password hash (see `PasswordHash`).
/// - `sessions`: signed-in browsers, keyed by the SHA-256 of the cookie's token (the token
///   itself is never stored), each with its CSRF token and both expiry moments.
/// - `audit_log`: every change, who made it and when, with details as a JSON object.
struct M0005_Accounts: StatementMigration {
    let id = "0005_accounts"

    func statements(dialect: Dialect) -> [String] {
        let pk = dialect.autoIncrementPrimaryKey
        let ref = dialect.reference
        return [
            """
            CREATE TABLE users (
                id \(pk),
                email TEXT NOT NULL UNIQUE,
                role TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY,
                user_id \(ref) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                csrf_token TEXT NOT NULL,
                created_at TEXT NOT NULL,
                idle_expires_at TEXT NOT NULL,
                expires_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX sessions_user ON sessions (user_id)",
            """
            CREATE TABLE audit_log (
                id \(pk),
                at TEXT NOT NULL,
                actor_user_id \(ref) REFERENCES users (id) ON DELETE SET NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                subject TEXT,
                details_json TEXT NOT NULL
            )
            """,
            "CREATE INDEX audit_log_at ON audit_log (at)",
        ]
    }
}
