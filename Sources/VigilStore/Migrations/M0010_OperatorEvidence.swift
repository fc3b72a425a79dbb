import SQLKit

/// Operator evidence by method (issue 9):
/// - `facility_operators.method`: `cited-record` (every record so far), `name-and-place` (a
///   list by name and place, tied to the code by the registry matcher) or `contract-award`
///   (a federal award naming the facility); `match_method` and `match_confidence` say how the
///   matcher tied the source's name to the code (NULL for cited records).
/// - `operator_list_unmatched`: rows of such lists and awards that the matcher could not tie
///   to a code with confidence, kept for a person to review instead of guessed.
struct M0010_OperatorEvidence: StatementMigration {
    let id = "0010_operator_evidence"

    func statements(dialect: Dialect) -> [String] {
        return [
            "ALTER TABLE facility_operators ADD COLUMN method TEXT NOT NULL DEFAULT 'cited-record'",
            "ALTER TABLE facility_operators ADD COLUMN match_method TEXT",
            "ALTER TABLE facility_operators ADD COLUMN match_confidence \(dialect.double)",
            """
            CREATE TABLE operator_list_unmatched (
                id \(dialect.autoIncrementPrimaryKey),
                source_sha256 TEXT NOT NULL REFERENCES facility_sources (sha256) ON DELETE CASCADE,
                source_row INTEGER NOT NULL,
                method TEXT NOT NULL,
                name TEXT NOT NULL,
                place TEXT,
                operator TEXT,
                suggested_code TEXT,
                confidence \(dialect.double),
                reason TEXT NOT NULL
            )
            """,
        ]
    }
}
