import SQLKit
import VigilCore

/// Reads facility rows: a release's whole table, or one facility across releases.
public struct FacilityQueries: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// Every facility row of one release, by name.
    public func rows(inRelease releaseID: Int) async throws -> [FacilityReleaseRow] {
        try await rows(where: "o.release_id = \(bind: releaseID)", orderBy: "o.name, o.source_row")
    }

    /// One facility in every release that lists it, oldest first.
    public func history(of key: FacilityKey) async throws -> [FacilityReleaseRow] {
        try await rows(where: "o.facility_key = \(bind: key.rawValue)", orderBy: "r.as_of_date, r.id, o.source_row")
    }

    /// Every facility row of every release (the `facility-releases` export).
    public func allRows() async throws -> [FacilityReleaseRow] {
        try await rows(where: "1 = 1", orderBy: "r.as_of_date, r.id, o.name, o.source_row")
    }

    /// Facility names matching `text` anywhere (case-insensitive), with their keys, for search.
    public func search(_ text: String, limit: Int = 50) async throws -> [(key: FacilityKey, name: String, state: String?)] {
        struct Row: Decodable { var facility_key: String; var name: String; var state: String? }
        let pattern = "%" + text.lowercased() + "%"
        let rows = try await database.sql.raw("""
            SELECT facility_key, MAX(name) AS name, MAX(state) AS state FROM facility_observations
            WHERE LOWER(name) LIKE \(bind: pattern) OR LOWER(city) LIKE \(bind: pattern)
            GROUP BY facility_key ORDER BY facility_key LIMIT \(bind: limit)
            """).all(decoding: Row.self)
        return rows.map { (FacilityKey(rawValue: $0.facility_key), $0.name, $0.state) }
    }

    private struct Row: Decodable {
        var id: Int
        var release_id: Int
        var as_of_date: String
        var fiscal_year: Int
        var is_synthetic: Int
        var source_row: Int
        var facility_key: String
        var name: String
        var address: String?
        var city: String?
        var state: String?
        var zip: String?
        var aor: String?
        var type_detailed: String?
        var gender: String?
        var alos: Double?
        var level_a: Double?
        var level_b: Double?
        var level_c: Double?
        var level_d: Double?
        var male_criminal: Double?
        var male_non_criminal: Double?
        var female_criminal: Double?
        var female_non_criminal: Double?
        var threat_level_1: Double?
        var threat_level_2: Double?
        var threat_level_3: Double?
        var no_threat_level: Double?
        var mandatory: Double?
        var guaranteed_minimum: Double?
        var pending_inspection: String?
        var other_columns_json: String
    }

    private func rows(where condition: SQLQueryString, orderBy: String) async throws -> [FacilityReleaseRow] {
        let rows = try await database.sql.raw("""
            SELECT o.*, r.as_of_date, r.fiscal_year, r.is_synthetic FROM facility_observations o
            JOIN releases r ON r.id = o.release_id
            WHERE \(condition) ORDER BY \(unsafeRaw: orderBy)
            """).all(decoding: Row.self)
        guard !rows.isEmpty else { return [] }
        let releaseIDs = Set(rows.map(\.release_id))
        let files = try await primaryFiles(of: releaseIDs)
        let inspections = try await inspectionsByObservation(where: condition)

        return rows.compactMap { row in
            guard let asOf = CalendarDate(iso: row.as_of_date), let file = files[row.release_id] else { return nil }
            var o = FacilityObservation(sourceRow: row.source_row, name: row.name)
            o.address = row.address
            o.city = row.city
            o.state = row.state
            o.zip = row.zip
            o.areaOfResponsibility = row.aor
            o.typeDetailed = row.type_detailed
            o.gender = row.gender
            o.averageLengthOfStay = row.alos
            o.levelA = row.level_a
            o.levelB = row.level_b
            o.levelC = row.level_c
            o.levelD = row.level_d
            o.maleCriminal = row.male_criminal
            o.maleNonCriminal = row.male_non_criminal
            o.femaleCriminal = row.female_criminal
            o.femaleNonCriminal = row.female_non_criminal
            o.threatLevel1 = row.threat_level_1
            o.threatLevel2 = row.threat_level_2
            o.threatLevel3 = row.threat_level_3
            o.noThreatLevel = row.no_threat_level
            o.mandatory = row.mandatory
            o.guaranteedMinimum = row.guaranteed_minimum
            o.pendingInspection = row.pending_inspection
            o.otherColumns = JSONText.decode([String: String].self, from: row.other_columns_json) ?? [:]
            o.inspections = inspections[row.id] ?? []
            return FacilityReleaseRow(
                releaseID: row.release_id, asOfDate: asOf, fiscalYear: FiscalYear(row.fiscal_year),
                sourceFile: file, isSynthetic: row.is_synthetic != 0,
                key: FacilityKey(rawValue: row.facility_key), observation: o)
        }
    }

    private func primaryFiles(of releaseIDs: Set<Int>) async throws -> [Int: SourceFile] {
        let files = try await database.sql.raw("SELECT * FROM release_files ORDER BY imported_at, file_name")
            .all(decoding: ReleaseFileRecord.self)
        var first: [Int: SourceFile] = [:]
        for f in files where releaseIDs.contains(f.release_id) && first[f.release_id] == nil {
            first[f.release_id] = SourceFile(fileName: f.file_name, sha256: f.sha256, byteCount: f.byte_count)
        }
        return first
    }

    private func inspectionsByObservation(where condition: SQLQueryString) async throws -> [Int: [ReportedInspection]] {
        let rows = try await database.sql.raw("""
            SELECT i.* FROM reported_inspections i
            JOIN facility_observations o ON o.id = i.observation_id
            JOIN releases r ON r.id = o.release_id
            WHERE \(condition) ORDER BY i.id
            """).all(decoding: ReportedInspectionRecord.self)
        return Dictionary(grouping: rows, by: \.observation_id).mapValues { $0.map(\.inspection) }
    }
}
