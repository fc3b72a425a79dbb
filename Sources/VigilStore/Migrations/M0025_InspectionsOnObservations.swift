import SQLKit

/// Moves each facility row's reported inspections from the `reported_inspections` table into
/// a JSON column on the row (`ReportedInspectionRecord` says why), keeping their order, then
/// drops the table. Rows with no inspections get `[]`.
struct M0025_InspectionsOnObservations: Migration {
    let id = "0025_inspections_on_observations"

    static let addColumn = "ALTER TABLE facility_observations ADD COLUMN inspections_json TEXT NOT NULL DEFAULT '[]'"
    static let dropTable = "DROP TABLE reported_inspections"

    /// On a new database `reported_inspections` was made a moment before, empty: nothing to move.
    func statementsOnNewDatabase(dialect: Dialect) -> [String]? { [Self.addColumn, Self.dropTable] }

    func apply(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.raw(SQLQueryString(Self.addColumn)).run()
        // Each stored row is the record as the column keeps it, plus its facility row's id. Read
        // as stored, not through the domain value, so nothing is reinterpreted on the way.
        let stored = try await db.raw("SELECT * FROM reported_inspections ORDER BY observation_id, id").all().map { row in
            (observationID: try row.decode(column: "observation_id", as: Int.self),
             record: try row.decode(model: ReportedInspectionRecord.self))
        }
        var index = stored.startIndex
        while index < stored.endIndex {
            let observationID = stored[index].observationID
            let end = stored[index...].firstIndex { $0.observationID != observationID } ?? stored.endIndex
            try await db.raw("""
                UPDATE facility_observations
                SET inspections_json = \(bind: ReportedInspectionRecord.json(records: stored[index..<end].map(\.record)))
                WHERE id = \(bind: observationID)
                """).run()
            index = end
        }
        try await db.raw(SQLQueryString(Self.dropTable)).run()
    }
}
