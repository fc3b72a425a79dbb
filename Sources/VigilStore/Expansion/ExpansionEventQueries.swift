import SQLKit
import VigilCore

/// Reads stored expansion events: all of them for the export, or those a feed or a
/// subscription wants, newest first.
public struct ExpansionEventQueries: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// Every event, oldest release first (the `expansion-events` export's order).
    public func all() async throws -> [StoredExpansionEvent] {
        try await Self.events(where: "1 = 1", order: "e.as_of, e.previous_as_of, e.kind, e.facility_key", on: database.sql)
    }

    /// The events `scope` wants, newest release first, at most `limit`.
    public func matching(_ scope: AlertScope, limit: Int = 500) async throws -> [StoredExpansionEvent] {
        let events = try await Self.events(where: Self.condition(scope), order: "e.as_of DESC, e.kind, e.facility_key", on: database.sql)
        let operators = scope.operatorName == nil ? OperatorLookup(records: [:]) : try await OperatorLookup.load(on: database.sql)
        return Array(events.lazy.filter { scope.matches($0.event, operatorOf: operators.operatorName(of:)) }.prefix(limit))
    }

    /// What SQL can narrow before the scope's own check (which also covers operators).
    static func condition(_ scope: AlertScope) -> SQLQueryString {
        var condition: SQLQueryString = "1 = 1"
        if let state = scope.state { condition += " AND UPPER(e.state) = \(bind: state)" }
        if let aor = scope.areaOfResponsibility { condition += " AND UPPER(e.aor) = \(bind: aor)" }
        if let facility = scope.facility {
            condition += " AND (UPPER(e.facility_code) = \(bind: facility.uppercased()) OR e.facility_key = \(bind: facility.lowercased()))"
        }
        if !scope.kinds.isEmpty { condition += " AND e.kind IN (\(binds: scope.kinds.map(\.rawValue).sorted()))" }
        return condition
    }

    static func events(where condition: SQLQueryString, order: String, on db: any SQLDatabase) async throws -> [StoredExpansionEvent] {
        struct Files: Decodable { var release_id: Int; var file_name: String }
        let records = try await db.raw("SELECT e.* FROM expansion_events e WHERE \(condition) ORDER BY \(unsafeRaw: order)")
            .all(decoding: ExpansionEventRecord.self)
        var files: [Int: String] = [:]
        for f in try await db.raw("SELECT release_id, file_name FROM release_files ORDER BY imported_at DESC, file_name DESC")
            .all(decoding: Files.self) {
            files[f.release_id] = f.file_name  // the first imported copy wins
        }
        return records.map { r in
            StoredExpansionEvent(event: r.event, detectedAt: r.detected_at, previousFile: files[r.event.previousReleaseID],
                                 file: files[r.event.releaseID])
        }
    }
}

/// The operator in force at a facility on a date, from the registry's cited operator records.
public struct OperatorLookup: Sendable {
    let records: [String: [OperatorRecord]]

    static func load(on db: any SQLDatabase) async throws -> OperatorLookup {
        let rows = try await db.raw("SELECT * FROM facility_operators ORDER BY code, as_of_date, id").all(decoding: OperatorRecordRow.self)
        return OperatorLookup(records: Dictionary(grouping: rows.compactMap(\.record), by: \.code))
    }

    public func operatorName(of event: ExpansionEvent) -> String? {
        guard let code = event.facilityCode, let records = records[code] else { return nil }
        return OperatorRecord.inForce(on: event.asOf, among: records)?.operatorName
    }
}
