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

    /// The columns a facility row carries besides the observation record: its release's.
    private struct ReleaseColumns: Decodable {
        var as_of_date: String
        var fiscal_year: Int
        var is_synthetic: Int
        /// The registry code of an accepted match, and how it was made.
        var match_code: String?
        var match_method: String?
    }

    private func rows(where condition: SQLQueryString, orderBy: String) async throws -> [FacilityReleaseRow] {
        let rows = try await database.sql.raw("""
            SELECT o.*, r.as_of_date, r.fiscal_year, r.is_synthetic, m.code AS match_code, m.method AS match_method
            FROM facility_observations o
            JOIN releases r ON r.id = o.release_id
            LEFT JOIN facility_matches m ON m.facility_key = o.facility_key AND m.accepted = 1 AND m.code IS NOT NULL
            WHERE \(condition) ORDER BY \(unsafeRaw: orderBy)
            """).all()
        guard !rows.isEmpty else { return [] }
        let decoded = try rows.map { row in
            (release: try row.decode(model: ReleaseColumns.self), record: try row.decode(model: FacilityObservationRecord.self))
        }
        let files = try await primaryFiles(of: Set(decoded.map(\.record.release_id)))

        return decoded.compactMap { release, record in
            guard let asOf = CalendarDate(iso: release.as_of_date), let file = files[record.release_id] else { return nil }
            return FacilityReleaseRow(
                releaseID: record.release_id, asOfDate: asOf, fiscalYear: FiscalYear(release.fiscal_year),
                sourceFile: file, isSynthetic: release.is_synthetic != 0,
                key: FacilityKey(rawValue: record.facility_key), observation: record.observation,
                facilityCode: release.match_code, matchMethod: release.match_method.flatMap(FacilityMatchMethod.init))
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
}
