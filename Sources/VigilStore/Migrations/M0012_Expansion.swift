import SQLKit

/// Expansion data (issue 12, part A): the early end of the detention pipeline.
/// - `expansion_sources`: every imported file by SHA-256 (contract awards, agenda items,
///   287(g) agreements, funded beds, each dossier file): the same bytes again change nothing.
/// - `contract_awards`, `commission_items`, `agreements_287g`, `contract_dossiers`: one row per
///   record, keyed by the list's own id, with the file and row it came from; a newer edition
///   of a list replaces the records it lists.
/// - `funded_beds`: beds by fiscal year as a source states them; `beds` NULL is “no bed
///   minimum that year”, never zero.
/// - `expansion_links`: each award, agenda item and dossier tied to a registry code through the
///   registry matcher, with method and confidence; `accepted = 0` rows wait in the review queue.
struct M0012_Expansion: StatementMigration {
    let id = "0012_expansion"

    func statements(dialect: Dialect) -> [String] {
        let pk = dialect.autoIncrementPrimaryKey, double = dialect.double
        let source = "source_sha256 TEXT NOT NULL REFERENCES expansion_sources (sha256)"
        return [
            """
            CREATE TABLE expansion_sources (
                sha256 TEXT PRIMARY KEY,
                file_name TEXT NOT NULL,
                kind TEXT NOT NULL,
                byte_count BIGINT NOT NULL,
                row_count INTEGER NOT NULL,
                imported_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE contract_awards (
                award_id TEXT PRIMARY KEY,
                \(source),
                source_row INTEGER NOT NULL,
                recipient TEXT,
                amount_usd \(double),
                description TEXT,
                start_date TEXT,
                award_date TEXT,
                fiscal_year INTEGER,
                place_state TEXT,
                place_county TEXT,
                contractor_type TEXT,
                detention_related INTEGER NOT NULL
            )
            """,
            """
            CREATE TABLE commission_items (
                item_id TEXT PRIMARY KEY,
                \(source),
                source_row INTEGER NOT NULL,
                title TEXT NOT NULL,
                place TEXT NOT NULL,
                state TEXT NOT NULL,
                meeting_date TEXT NOT NULL,
                meeting_type TEXT,
                agenda_item TEXT,
                vote_result TEXT,
                source TEXT,
                signal_strength TEXT,
                notes TEXT
            )
            """,
            """
            CREATE TABLE agreements_287g (
                agreement_id TEXT PRIMARY KEY,
                \(source),
                source_row INTEGER NOT NULL,
                title TEXT NOT NULL,
                state TEXT NOT NULL,
                county TEXT,
                agency TEXT NOT NULL,
                model TEXT NOT NULL,
                signed_date TEXT NOT NULL,
                source TEXT,
                notes TEXT
            )
            """,
            """
            CREATE TABLE funded_beds (
                id \(pk),
                \(source),
                source_row INTEGER NOT NULL,
                fiscal_year INTEGER NOT NULL,
                beds INTEGER,
                status TEXT NOT NULL,
                statement TEXT,
                source_url TEXT
            )
            """,
            """
            CREATE TABLE contract_dossiers (
                slug TEXT PRIMARY KEY,
                \(source),
                file_name TEXT NOT NULL,
                title TEXT NOT NULL,
                contract_type TEXT,
                awarding_entity TEXT,
                contractor TEXT,
                facility_slug TEXT,
                value_text TEXT,
                period_text TEXT,
                beds_text TEXT,
                importance INTEGER,
                tags TEXT NOT NULL,
                body TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE expansion_links (
                record_kind TEXT NOT NULL,
                record_key TEXT NOT NULL,
                code TEXT,
                method TEXT NOT NULL,
                confidence \(double) NOT NULL,
                accepted INTEGER NOT NULL,
                evidence TEXT,
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                PRIMARY KEY (record_kind, record_key)
            )
            """,
            "CREATE INDEX expansion_links_code ON expansion_links (code)",
            "CREATE INDEX contract_awards_fiscal_year ON contract_awards (fiscal_year)",
        ]
    }
}
