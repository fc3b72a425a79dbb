import SQLKit

/// Organizations and their cases (release casework):
/// - `organizations`: legal teams and bond funds, by slug.
/// - `organization_members`: who belongs to which, with a role (`intake`, `attorney`, `org-admin`).
/// - `cases`: one detained person's case, owned by one organization. `a_number_sealed`,
///   `birth_date_sealed` and `medical_notes_sealed` hold AES-GCM ciphertext (see `FieldCipher`),
///   never plaintext; `facility_key` is where the person is held now (a transfer changes it).
///   `import_sha256`/`import_row` name the CSV row a case came from; `synthetic` marks demo cases.
/// - `case_evidence`: the documents each fact rests on, kept or missing.
/// - `case_events`: the custody history (detained, transferred, bond set, paroled, released, removed).
/// - `break_glass_grants`: a Vigil admin's recorded, time-limited access to an organization's cases.
struct M0014_Casework: StatementMigration {
    let id = "0014_casework"

    func statements(dialect: Dialect) -> [String] {
        let pk = dialect.autoIncrementPrimaryKey
        let ref = dialect.reference
        return [
            """
            CREATE TABLE organizations (
                id \(pk),
                name TEXT NOT NULL,
                slug TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                synthetic INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE organization_members (
                organization_id \(ref) NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                user_id \(ref) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                role TEXT NOT NULL,
                added_at TEXT NOT NULL,
                PRIMARY KEY (organization_id, user_id)
            )
            """,
            "CREATE INDEX organization_members_user ON organization_members (user_id)",
            """
            CREATE TABLE cases (
                id \(pk),
                organization_id \(ref) NOT NULL REFERENCES organizations (id),
                name TEXT NOT NULL,
                a_number_sealed TEXT NOT NULL,
                birth_date_sealed TEXT NOT NULL,
                citizenship TEXT NOT NULL,
                languages TEXT NOT NULL,
                facility_key TEXT NOT NULL,
                detained_on TEXT NOT NULL,
                entry_date TEXT,
                entry_manner TEXT,
                court TEXT,
                next_hearing TEXT,
                custody_status TEXT NOT NULL,
                prior_bond_cents BIGINT,
                counsel TEXT,
                sponsor_name TEXT,
                sponsor_relation TEXT,
                sponsor_address TEXT,
                sponsor_status TEXT,
                continuously_present_since TEXT,
                pregnant INTEGER NOT NULL,
                postpartum_since TEXT,
                nursing INTEGER NOT NULL,
                conditions TEXT NOT NULL,
                serious_mental_disorder INTEGER NOT NULL,
                disability INTEGER NOT NULL,
                criminal TEXT NOT NULL,
                arriving INTEGER NOT NULL,
                final_order INTEGER NOT NULL,
                medical_notes_sealed TEXT,
                notes TEXT,
                synthetic INTEGER NOT NULL DEFAULT 0,
                import_sha256 TEXT,
                import_row INTEGER,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX cases_organization ON cases (organization_id)",
            "CREATE UNIQUE INDEX cases_import_row ON cases (organization_id, import_sha256, import_row)",
            """
            CREATE TABLE case_evidence (
                id \(pk),
                case_id \(ref) NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                fact TEXT NOT NULL,
                title TEXT NOT NULL,
                dated_on TEXT,
                status TEXT NOT NULL
            )
            """,
            "CREATE INDEX case_evidence_case ON case_evidence (case_id)",
            """
            CREATE TABLE case_events (
                id \(pk),
                case_id \(ref) NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                occurred_on TEXT NOT NULL,
                facility_key TEXT,
                amount_cents BIGINT,
                note TEXT,
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX case_events_case ON case_events (case_id)",
            """
            CREATE TABLE break_glass_grants (
                id \(pk),
                organization_id \(ref) NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
                user_id \(ref) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                reason TEXT NOT NULL,
                granted_at TEXT NOT NULL,
                expires_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX break_glass_grants_user ON break_glass_grants (user_id, organization_id)",
        ]
    }
}
