import SQLKit

/// Saved press audits: one row per article an editor checked against a letter, with the
/// article as pasted (title, outlet, URL, date, text), the letter version it was checked
/// against, and its findings as JSON (`[PressFinding]`), so a saved audit reads as it was made
/// even after the letter changes.
struct M0017_PressAudits: StatementMigration {
    let id = "0017_press_audits"

    func statements(dialect: Dialect) -> [String] {
        let pk = dialect.autoIncrementPrimaryKey
        let ref = dialect.reference
        return [
            """
            CREATE TABLE press_audits (
                id \(pk),
                letter_id \(ref) NOT NULL REFERENCES letters (id),
                letter_version INTEGER NOT NULL,
                title TEXT NOT NULL,
                outlet TEXT NOT NULL,
                url TEXT,
                published_on TEXT,
                article_text TEXT NOT NULL,
                findings_json TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX press_audits_letter ON press_audits (letter_id)",
        ]
    }
}
