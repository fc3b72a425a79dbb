import SQLKit
import VigilCore

/// Reads ICE's segregation figures for pages, downloads, the API, the closure dossier and the
/// ranking.
///
/// Every workbook re-publishes earlier months and quarters, so the same month is stored once
/// per release. Each query reads a month's *latest edition*: the rows of the newest release
/// (by as-of date) that publishes the month. A vulnerable-population quarter likewise comes
/// whole from the newest release that publishes it, so a reason a later edition folds into
/// another does not linger from an older one.
public struct SegregationQueries: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// The months of the given facilities (workbook keys or registry codes), oldest first;
    /// a month with two lines for one facility (two spellings) gives both.
    public func facilityMonths(keys: [FacilityKey]) async throws -> [SegregationMonth] {
        let wanted = Set(keys)
        guard !wanted.isEmpty else { return [] }
        return try await latestRows().filter { row in
            row.identity.key.map(wanted.contains) == true || row.identity.pageKey.map(wanted.contains) == true
        }.map(\.month)
    }

    /// Placements per facility summed over the newest `lastMonths` months published nationally
    /// (latest editions), for the closure ranking. A facility is keyed as its pages are: its
    /// registry code (as a `FacilityKey`) when it has an accepted one, else its workbook key.
    /// Names tied to no facility are left out.
    public func placementsByFacility(lastMonths: Int) async throws -> [FacilityKey: Int] {
        guard lastMonths > 0 else { return [:] }
        let rows = try await latestRows()
        let months = Set(Set(rows.map(\.month.month)).sorted().suffix(lastMonths))
        var totals: [FacilityKey: Int] = [:]
        for row in rows where months.contains(row.month.month) {
            guard let key = row.identity.pageKey else { continue }
            totals[key, default: 0] += row.month.placementCount
        }
        return totals
    }

    /// Every facility line of every month's latest edition: month ascending, then largest
    /// count first. What the `segregation` export and the national page's ranking read.
    public func latestPlacements() async throws -> [SegregationMonth] {
        try await latestRows().map(\.month)
    }

    /// Facility names of the latest editions that no facility could be tied to, sorted: they
    /// are shown as printed and count in national totals, but on no facility's page.
    ///
    /// Every import ends with this, so it reads only what can be untied: a line with a stored key
    /// is tied by it, so only the names of lines without one are read and resolved, not every
    /// line of the latest editions with its provenance (of the 2,716 lines in ICE's 30
    /// workbooks, 322 have no stored key). `storedNames`, when a batch import gathered them in
    /// memory and nothing has been written since, stand for reading every facility row's name.
    public func untiedFacilityNames(storedNames: StoredFacilityNames.Pending? = nil) async throws -> [String] {
        let (latest, releaseIDs) = try await latestEditions()
        guard !releaseIDs.isEmpty else { return [] }
        struct Row: Decodable { var release_id: Int; var month: String; var facility_name: String }
        let rows = try await database.sql.raw("""
            SELECT DISTINCT release_id, month, facility_name FROM segregation_placements
            WHERE facility_key IS NULL AND release_id IN (\(binds: releaseIDs))
            """).all(decoding: Row.self)
        let names = Set(rows.filter { latest[$0.month]?.releaseID == $0.release_id }.map(\.facility_name))
        var stored = await storedNames?.value
        if let known = stored, try await database.dataVersion().number != known.version { stored = nil }
        let resolver = try await SegregationFacilityResolver.load(untiedNames: names, storedKeys: [], storedNames: stored, on: database.sql)
        return names.filter { resolver.identity(name: $0, storedKey: nil).pageKey == nil }.sorted()
    }

    /// National totals per month (latest edition), oldest first.
    public func nationalMonths() async throws -> [SegregationNationalMonth] {
        let editions = try await monthEditions()
        // Totals need no facility identities: skip tying names.
        let rows = try await latestRows(resolvingFacilities: false)
        return Dictionary(grouping: rows, by: \.month.month).compactMap { month, rows -> SegregationNationalMonth? in
            guard let first = rows.first?.month else { return nil }
            return SegregationNationalMonth(
                month: month, total: rows.reduce(0) { $0 + $1.month.placementCount }, facilitiesReporting: rows.count,
                releaseID: first.releaseID, sourceFileName: first.sourceFileName, releaseAsOfDate: first.releaseAsOfDate,
                sheet: first.sheet, editions: editions[month]?.count ?? 1)
        }.sorted { $0.month < $1.month }
    }

    /// The vulnerable-population table: each fiscal quarter from the newest release that
    /// publishes it, one row per reason and the Grand Total, oldest quarter first.
    public func vulnerableQuarters() async throws -> [VulnerableSegregationQuarter] {
        struct Row: Decodable {
            var release_id: Int; var fiscal_year: Int; var quarter: Int; var reason: String; var reason_as_written: String
            var placements: Int; var avg_consecutive_days: Double?; var avg_cumulative_days: Double?
            var unique_detainees: Int?; var sheet: String; var sheet_row: Int; var as_of_date: String
        }
        let rows = try await database.sql.raw("""
            SELECT v.release_id, v.fiscal_year, v.quarter, v.reason, v.reason_as_written, v.placements,
                   v.avg_consecutive_days, v.avg_cumulative_days, v.unique_detainees, v.sheet, v.sheet_row, r.as_of_date
            FROM vulnerable_segregation v JOIN releases r ON r.id = v.release_id
            """).all(decoding: Row.self)
        // The newest edition of each quarter: latest as-of date, then the later import.
        var newest: [String: (asOf: String, releaseID: Int)] = [:]
        for row in rows {
            let quarter = "\(row.fiscal_year)-\(row.quarter)"
            if let current = newest[quarter], (current.asOf, current.releaseID) >= (row.as_of_date, row.release_id) { continue }
            newest[quarter] = (row.as_of_date, row.release_id)
        }
        let files = try await fileNames()
        return rows.filter { newest["\($0.fiscal_year)-\($0.quarter)"]?.releaseID == $0.release_id }.map { row in
            VulnerableSegregationQuarter(
                fiscalYear: row.fiscal_year, quarter: row.quarter,
                reason: VulnerablePlacementReason(code: row.reason, asWritten: row.reason_as_written),
                reasonAsWritten: row.reason_as_written, placements: row.placements,
                averageConsecutiveDays: row.avg_consecutive_days, averageCumulativeDays: row.avg_cumulative_days,
                uniqueDetainees: row.unique_detainees, releaseID: row.release_id, sourceFileName: files[row.release_id] ?? "",
                releaseAsOfDate: CalendarDate(iso: row.as_of_date) ?? CalendarDate(year: 1970, month: 1, day: 1)!,
                sheet: row.sheet, sheetRow: row.sheet_row)
        }.sorted { ($0.fiscalYear, $0.quarter, $0.reason) < ($1.fiscalYear, $1.quarter, $1.reason) }
    }

    // MARK: - Latest editions

    /// A stored line with the facility it is tied to.
    struct ResolvedRow: Sendable {
        var month: SegregationMonth
        var identity: SegregationFacilityResolver.Identity
    }

    /// The releases publishing each month, newest first.
    func monthEditions() async throws -> [String: [(releaseID: Int, asOf: String)]] {
        struct Row: Decodable { var month: String; var release_id: Int; var as_of_date: String }
        let rows = try await database.sql.raw("""
            SELECT DISTINCT s.month, s.release_id, r.as_of_date
            FROM segregation_placements s JOIN releases r ON r.id = s.release_id
            """).all(decoding: Row.self)
        return Dictionary(grouping: rows, by: \.month).mapValues { rows in
            rows.map { (releaseID: $0.release_id, asOf: $0.as_of_date) }.sorted { ($0.asOf, $0.releaseID) > ($1.asOf, $1.releaseID) }
        }
    }

    /// The newest edition of each month, and the releases holding them (sorted, to bind in a query).
    func latestEditions() async throws -> (byMonth: [String: (releaseID: Int, asOf: String)], releaseIDs: [any Encodable & Sendable]) {
        let latest = try await monthEditions().compactMapValues(\.first)
        return (latest, Set(latest.values.map(\.releaseID)).sorted())
    }

    /// Every line of every month's latest edition, tied to facilities unless
    /// `resolvingFacilities` is false (then only stored keys count); month ascending, then
    /// largest count first, then sheet row.
    func latestRows(resolvingFacilities: Bool = true) async throws -> [ResolvedRow] {
        let (latest, releaseIDs) = try await latestEditions()
        guard !releaseIDs.isEmpty else { return [] }
        struct Row: Decodable {
            var release_id: Int; var month: String; var facility_name: String; var facility_key: String?
            var placement_count: Int; var sheet: String; var sheet_row: Int
        }
        let rows = try await database.sql.raw("""
            SELECT release_id, month, facility_name, facility_key, placement_count, sheet, sheet_row
            FROM segregation_placements WHERE release_id IN (\(binds: releaseIDs))
            """).all(decoding: Row.self)
        let files = try await fileNames()
        let current = rows.filter { latest[$0.month]?.releaseID == $0.release_id }
        let resolver = resolvingFacilities
            ? try await SegregationFacilityResolver.load(
                untiedNames: Set(current.filter { $0.facility_key == nil }.map(\.facility_name)),
                storedKeys: Set(current.compactMap { $0.facility_key.map(FacilityKey.init(rawValue:)) }), on: database.sql)
            : .storedKeysOnly
        return current.compactMap { row -> ResolvedRow? in
            guard let edition = latest[row.month] else { return nil }
            let identity = resolver.identity(name: row.facility_name, storedKey: row.facility_key.map(FacilityKey.init(rawValue:)))
            return ResolvedRow(
                month: SegregationMonth(
                    month: row.month, placementCount: row.placement_count, facilityName: row.facility_name,
                    facilityKey: identity.pageKey, releaseID: row.release_id, sourceFileName: files[row.release_id] ?? "",
                    releaseAsOfDate: CalendarDate(iso: edition.asOf) ?? CalendarDate(year: 1970, month: 1, day: 1)!,
                    sheet: row.sheet, sheetRow: row.sheet_row),
                identity: identity)
        }.sorted {
            ($0.month.month, -$0.month.placementCount, $0.month.sheetRow) < ($1.month.month, -$1.month.placementCount, $1.month.sheetRow)
        }
    }

    /// Each release's first-imported file name: what a figure's provenance names.
    func fileNames() async throws -> [Int: String] {
        struct Row: Decodable { var release_id: Int; var file_name: String }
        var names: [Int: String] = [:]
        for row in try await database.sql.raw("SELECT release_id, file_name FROM release_files ORDER BY imported_at, file_name")
            .all(decoding: Row.self) where names[row.release_id] == nil {
            names[row.release_id] = row.file_name
        }
        return names
    }
}
