import SQLKit

/// Sign-on letters and their signatures:
/// - `letters`: one row per letter, its status and the number of its current version;
///   `source_sha256` is the file a letter was imported from (so the same file again adds nothing).
/// - `letter_versions`: every version's text as JSON (`LetterContent`); `material` says whether
///   it changed what earlier signatories agreed to.
/// - `letter_signatures`: one organization's signature, tied to the `version` it signed; the
///   e-mail is unique per letter, so the same address signing again is folded into its row.
///   `changed_since_version` marks a signature whose letter changed materially after it signed.
/// - `letter_signature_links`: the single-use links of confirmation e-mails (confirm, withdraw),
///   stored as SHA-256 digests with their expiry.
struct M0016_Letters: StatementMigration {
    let id = "0016_letters"

    func statements(dialect: Dialect) -> [String] {
        let pk = dialect.autoIncrementPrimaryKey
        let ref = dialect.reference
        return [
            """
            CREATE TABLE letters (
                id \(pk),
                title TEXT NOT NULL,
                status TEXT NOT NULL,
                current_version INTEGER NOT NULL,
                source_sha256 TEXT,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX letters_source ON letters (source_sha256)",
            """
            CREATE TABLE letter_versions (
                id \(pk),
                letter_id \(ref) NOT NULL REFERENCES letters (id),
                version INTEGER NOT NULL,
                content_json TEXT NOT NULL,
                material INTEGER NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX letter_versions_number ON letter_versions (letter_id, version)",
            """
            CREATE TABLE letter_signatures (
                id \(pk),
                letter_id \(ref) NOT NULL REFERENCES letters (id),
                version INTEGER NOT NULL,
                organization TEXT NOT NULL,
                sort_key TEXT NOT NULL,
                comparison_key TEXT NOT NULL,
                city TEXT,
                state TEXT,
                scope TEXT,
                website TEXT,
                contact_name TEXT,
                email TEXT,
                status TEXT NOT NULL,
                imported INTEGER NOT NULL,
                position INTEGER,
                signed_at TEXT NOT NULL,
                confirmed_at TEXT,
                decided_at TEXT,
                decided_by TEXT,
                merged_into \(ref) REFERENCES letter_signatures (id),
                changed_since_version INTEGER
            )
            """,
            "CREATE UNIQUE INDEX letter_signatures_email ON letter_signatures (letter_id, email)",
            "CREATE INDEX letter_signatures_status ON letter_signatures (letter_id, status)",
            """
            CREATE TABLE letter_signature_links (
                token_hash TEXT PRIMARY KEY,
                signature_id \(ref) NOT NULL REFERENCES letter_signatures (id),
                purpose TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                used_at TEXT
            )
            """,
            "CREATE INDEX letter_signature_links_signature ON letter_signature_links (signature_id)",
        ]
    }
}
