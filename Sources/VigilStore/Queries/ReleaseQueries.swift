import SQLKit
import VigilCore

/// Reads the release archive.
public struct ReleaseQueries: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// Every release, oldest as-of date first.
    public func all() async throws -> [ReleaseSummary] {
        try await summaries(where: nil)
    }

    public func release(id: Int) async throws -> ReleaseSummary? {
        try await summaries(where: id).first
    }

    /// The release with the latest as-of date.
    public func latest() async throws -> ReleaseSummary? {
        try await all().last
    }

    /// The release one of whose files has this SHA-256 (or a unique prefix of at least 8 hex digits).
    public func release(sha256 prefix: String) async throws -> ReleaseSummary? {
        guard prefix.count >= 8 else { return nil }
        struct Row: Decodable { var release_id: Int }
        let rows = try await database.sql.raw("""
            SELECT DISTINCT release_id FROM release_files WHERE sha256 LIKE \(bind: prefix.lowercased() + "%")
            """).all(decoding: Row.self)
        guard rows.count == 1 else { return nil }
        return try await release(id: rows[0].release_id)
    }

    /// True when any synthetic (demo) release is stored.
    public func hasSyntheticData() async throws -> Bool {
        struct Row: Decodable { var n: Int }
        return (try await database.sql.raw("SELECT COUNT(*) AS n FROM releases WHERE is_synthetic = 1").first(decoding: Row.self)?.n ?? 0) > 0
    }

    private func summaries(where releaseID: Int?) async throws -> [ReleaseSummary] {
        let filter: SQLQueryString = releaseID.map { "WHERE id = \(bind: $0)" } ?? ""
        let releases = try await database.sql.raw("SELECT * FROM releases \(filter) ORDER BY as_of_date, id")
            .all(decoding: ReleaseRecord.self)
        guard !releases.isEmpty else { return [] }
        let fileFilter: SQLQueryString = releaseID.map { "WHERE release_id = \(bind: $0)" } ?? ""
        let files = try await database.sql.raw("SELECT * FROM release_files \(fileFilter) ORDER BY imported_at, file_name")
            .all(decoding: ReleaseFileRecord.self)
        let anomalies = try await database.sql.raw("SELECT * FROM release_anomalies \(fileFilter) ORDER BY id")
            .all(decoding: ReleaseAnomalyRecord.self)
        let filesByRelease = Dictionary(grouping: files, by: \.release_id)
        let anomaliesByRelease = Dictionary(grouping: anomalies, by: \.release_id)
        return releases.compactMap { r in
            guard let asOf = CalendarDate(iso: r.as_of_date), let releaseFiles = filesByRelease[r.id], !releaseFiles.isEmpty else { return nil }
            return ReleaseSummary(
                id: r.id, asOfDate: asOf, fiscalYear: FiscalYear(r.fiscal_year), sheetName: r.sheet_name,
                headerRow: r.header_row, layout: r.layout,
                printedAsOfDate: r.printed_as_of_date.flatMap { CalendarDate(iso: $0) },
                fileNameDate: r.file_name_date.flatMap { CalendarDate(iso: $0) },
                facilityCount: r.facility_count, totalAverageDailyPopulation: r.total_adp,
                isSynthetic: r.is_synthetic != 0, importedAt: r.imported_at,
                files: releaseFiles.map { SourceFile(fileName: $0.file_name, sha256: $0.sha256, byteCount: $0.byte_count) },
                anomalies: (anomaliesByRelease[r.id] ?? []).map(\.anomaly))
        }
    }
}
