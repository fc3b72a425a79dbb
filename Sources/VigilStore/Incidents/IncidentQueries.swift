import SQLKit
import VigilCore

/// Reads incidents for pages, downloads, the API, the closure dossier and rankings.
///
/// Every read takes `includeInternal`: pass `true` only for a signed-in person or the
/// database owner's command line. With `false`, internal incidents are filtered out in SQL,
/// so no caller can show one by mistake.
public struct IncidentQueries: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// The incidents stored under any of `facilityIdentifiers` (codes in any case, or
    /// workbook keys), newest first. See `IncidentFacilities.identifiers(for:on:)` for every
    /// identifier one facility's incidents may be stored under.
    public func incidents(facilityIdentifiers: [String], includeInternal: Bool) async throws -> [IncidentRow] {
        var keys: [String] = []
        for identifier in facilityIdentifiers {
            let trimmed = identifier.trimmingCharacters(in: .whitespacesAndNewlines)
            for candidate in [trimmed, trimmed.uppercased(), trimmed.lowercased()] where !candidate.isEmpty && !keys.contains(candidate) {
                keys.append(candidate)
            }
        }
        guard !keys.isEmpty else { return [] }
        return try await rows("facility_key IN (\(binds: keys))", includeInternal: includeInternal)
    }

    /// Every facility identifier one facility's incidents may be stored under (see `IncidentFacilities`).
    public func identifiers(forFacility identifier: String) async throws -> [String] {
        try await IncidentFacilities.identifiers(for: identifier, on: database.sql)
    }

    /// The facility an identifier names, as incidents would be stored under it; nil when unknown.
    public func facility(_ identifier: String) async throws -> IncidentFacility? {
        try await IncidentFacilities.resolve(identifier, on: database.sql)
    }

    /// Every incident, newest first.
    public func all(includeInternal: Bool) async throws -> [IncidentRow] {
        try await rows(nil, includeInternal: includeInternal)
    }

    /// One incident; nil when there is none, or when it is internal and `includeInternal` is false
    /// (the two are indistinguishable, so an anonymous reader cannot learn that it exists).
    public func incident(id: Int, includeInternal: Bool) async throws -> IncidentRow? {
        try await rows("id = \(bind: id)", includeInternal: includeInternal).first
    }

    /// Incident counts per stored facility key and category.
    public func countsByFacility(includeInternal: Bool) async throws -> [String: [IncidentCategory: Int]] {
        var counts: [String: [IncidentCategory: Int]] = [:]
        for tally in try await tallies(includeInternal: includeInternal) {
            counts[tally.facilityKey, default: [:]][tally.category, default: 0] += tally.count
        }
        return counts
    }

    /// Incident counts per stored facility key, category and status, ordered by key, category
    /// and status: for callers that weigh an official finding above an allegation.
    public func tallies(includeInternal: Bool) async throws -> [IncidentTally] {
        struct Row: Decodable { var facility_key: String; var category: String; var status: String; var n: Int }
        let visible = includeInternal ? "" : "WHERE visibility = 'public'"
        let rows = try await database.sql.raw("""
            SELECT facility_key, category, status, COUNT(*) AS n FROM incidents \(unsafeRaw: visible)
            GROUP BY facility_key, category, status
            """).all(decoding: Row.self)
        return rows.compactMap { r in
            guard let category = IncidentCategory(rawValue: r.category), let status = IncidentStatus(rawValue: r.status) else { return nil }
            return IncidentTally(facilityKey: r.facility_key, category: category, status: status, count: r.n)
        }.sorted { ($0.facilityKey, $0.category, $0.status) < ($1.facilityKey, $1.category, $1.status) }
    }

    private func rows(_ condition: SQLQueryString?, includeInternal: Bool) async throws -> [IncidentRow] {
        var query: SQLQueryString = "SELECT * FROM incidents WHERE 1 = 1"
        if let condition { query += " AND " + condition }
        if !includeInternal { query += " AND visibility = 'public'" }
        query += " ORDER BY occurred_on DESC, id DESC"
        return try await database.sql.raw(query).all(decoding: IncidentRecord.self).compactMap(\.row)
    }
}
