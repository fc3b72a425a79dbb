import Foundation
import SQLKit
import VigilCore

/// Stores facility reference lists and keeps the registry (`facilities`) derived from them.
///
/// Each file is imported in one transaction, keyed by its SHA-256: importing the same bytes
/// again changes nothing. After every import the registry is rebuilt from all entries, so
/// the result does not depend on the order files were imported in:
/// - name, address, type, AOR: from the list with the best `FacilityListFormat.precedence`;
/// - coordinates: the best-ranked list that has them; when lists place a facility more than
///   `conflictKilometres` apart, both stay in `facility_list_entries` and the facility is flagged;
/// - first and last use: the earliest first use and the latest last use any list gives.
public struct FacilityRegistry: Sendable {
    public let database: VigilDatabase
    public static let conflictKilometres = 2.0

    public init(database: VigilDatabase) { self.database = database }

    public enum Outcome: Sendable, Hashable {
        case imported(format: FacilityListFormat, entries: Int, newCodes: Int, operatorRecords: Int, notes: [String])
        case alreadyArchived(asFileName: String)
    }

    @discardableResult
    public func importListing(_ listing: FacilityListing) async throws -> Outcome {
        let dialect = database.dialect
        return try await database.transaction { db in
            if let existing = try await ArchivedFile.find(listing.source.sha256, in: .facilitySources, on: db) {
                return .alreadyArchived(asFileName: existing.fileName)
            }
            struct Code: Decodable { var code: String }
            let known = Set(try await db.raw("SELECT code FROM facilities").all(decoding: Code.self).map(\.code))
            try await db.insert(into: "facility_sources")
                .columns("sha256", "file_name", "format", "byte_count", "as_of_date", "entry_count", "notes_json", "imported_at")
                .values(listing.source.sha256, listing.source.fileName, listing.format.rawValue, listing.source.byteCount,
                        listing.format.asOfDate?.iso, listing.entries.count, JSONText.encode(listing.notes), Timestamp.now())
                .run()
            try await BulkInsert(table: "facility_list_entries", columns: FacilityListEntryRecord.columns)
                .run(encodable: listing.entries.map { FacilityListEntryRecord(sha256: listing.source.sha256, $0).values }, dialect: dialect, session: db)
            var operators: [OperatorRecord] = []
            if listing.format.carriesOperators, let asOf = listing.format.asOfDate {
                for e in listing.entries where e.operatorName != nil || e.ownerName != nil || e.capacity != nil || e.guaranteedMinimum != nil {
                    var r = OperatorRecord(code: e.code, asOfDate: asOf, source: listing.source.fileName)
                    r.operatorName = e.operatorName
                    r.ownerName = e.ownerName
                    r.contractType = e.typeDetailed
                    r.capacity = e.capacity
                    r.guaranteedMinimum = e.guaranteedMinimum
                    r.sourceRow = e.sourceRow
                    r.citation = "\(listing.source.fileName), sheet \"Facility List - Main\", row \(e.sourceRow)"
                    operators.append(r)
                }
                try await BulkInsert(table: "facility_operators", columns: OperatorRecordRow.columns)
                .run(encodable: operators.map { OperatorRecordRow($0, sha256: listing.source.sha256).values }, dialect: dialect, session: db)
            }
            try await Self.rebuild(on: db, dialect: dialect)
            let newCodes = Set(listing.entries.map(\.code)).subtracting(known).count
            return .imported(format: listing.format, entries: listing.entries.count, newCodes: newCodes,
                             operatorRecords: operators.count, notes: listing.notes)
        }
    }

    public enum OperatorImportOutcome: Sendable, Hashable {
        case imported(records: Int)
        case alreadyArchived(asFileName: String)
    }

    /// Adds cited operator records from a hand-kept CSV. Every code must be in the registry.
    @discardableResult
    public func importOperators(_ records: [OperatorRecord], from source: SourceFile) async throws -> OperatorImportOutcome {
        let dialect = database.dialect
        return try await database.transaction { db in
            if let existing = try await ArchivedFile.find(source.sha256, in: .facilitySources, on: db) {
                return .alreadyArchived(asFileName: existing.fileName)
            }
            struct Code: Decodable { var code: String }
            let known = Set(try await db.raw("SELECT code FROM facilities").all(decoding: Code.self).map(\.code))
            if let unknown = records.first(where: { !known.contains($0.code) }) {
                throw ImportFailure(file: source.fileName, row: unknown.sourceRow, column: "code", """
                    facility code \(unknown.code) is not in the registry; import a facility list that has it first \
                    (vigil import facilities <file>)
                    """)
            }
            try await db.insert(into: "facility_sources")
                .columns("sha256", "file_name", "format", "byte_count", "as_of_date", "entry_count", "notes_json", "imported_at")
                .values(source.sha256, source.fileName, "operator-records", source.byteCount, String?.none, records.count, "[]", Timestamp.now())
                .run()
            try await BulkInsert(table: "facility_operators", columns: OperatorRecordRow.columns)
                .run(encodable: records.map { OperatorRecordRow($0, sha256: source.sha256).values }, dialect: dialect, session: db)
            return .imported(records: records.count)
        }
    }

    /// Recomputes every `facilities` row from `facility_list_entries`.
    static func rebuild(on db: any SQLDatabase, dialect: Dialect) async throws {
        struct Row: Decodable {
            var source_sha256: String; var code: String; var source_row: Int
            var name: String?; var address: String?; var city: String?; var county: String?; var state: String?; var zip: String?
            var aor: String?; var type_detailed: String?; var latitude: Double?; var longitude: Double?
            var first_use: String?; var last_use: String?
            var format: String; var file_name: String; var as_of_date: String?
        }
        let rows = try await db.raw("""
            SELECT e.source_sha256, e.code, e.source_row, e.name, e.address, e.city, e.county, e.state, e.zip, e.aor,
                   e.type_detailed, e.latitude, e.longitude, e.first_use, e.last_use, s.format, s.file_name, s.as_of_date
            FROM facility_list_entries e JOIN facility_sources s ON s.sha256 = e.source_sha256
            """).all(decoding: Row.self)
        /// Best list first; among lists of one format the newest, then by fingerprint, so the result is deterministic.
        func ranksBefore(_ a: Row, _ b: Row) -> Bool {
            let pa = FacilityListFormat(rawValue: a.format)?.precedence ?? 99, pb = FacilityListFormat(rawValue: b.format)?.precedence ?? 99
            if pa != pb { return pa < pb }
            if a.as_of_date != b.as_of_date { return (a.as_of_date ?? "") > (b.as_of_date ?? "") }
            return a.source_sha256 < b.source_sha256
        }
        var values: [[any Encodable & Sendable]] = []
        for (code, entries) in Dictionary(grouping: rows, by: \.code).sorted(by: { $0.key < $1.key }) {
            let ranked = entries.sorted(by: ranksBefore)
            guard let best = ranked.first(where: { $0.name != nil }) else { continue }
            func first<T>(_ path: KeyPath<Row, T?>) -> T? { best[keyPath: path] ?? ranked.lazy.compactMap { $0[keyPath: path] }.first }
            let located = ranked.filter { $0.latitude != nil && $0.longitude != nil }
            var spread = 0.0
            for a in located { for b in located {
                spread = max(spread, Geo.kilometres(a.latitude!, a.longitude!, b.latitude!, b.longitude!))
            } }
            let place = located.first
            values.append([
                code, best.name!, first(\.address), first(\.city), first(\.county), first(\.state), first(\.zip), first(\.aor),
                first(\.type_detailed), place?.latitude, place?.longitude, place?.file_name,
                spread > conflictKilometres ? 1 : 0, located.count > 1 ? (spread * 10).rounded() / 10 : nil,
                entries.compactMap(\.first_use).min(), entries.compactMap(\.last_use).max(), Set(entries.map(\.source_sha256)).count,
            ])
        }
        try await db.raw("DELETE FROM facilities").run()
        try await BulkInsert(table: "facilities", columns: [
            "code", "name", "address", "city", "county", "state", "zip", "aor", "type_detailed", "latitude", "longitude",
            "coordinate_source", "coordinates_conflict", "coordinate_spread_km", "first_use", "last_use", "source_count",
        ]).run(encodable: values, dialect: dialect, session: db)
    }
}

/// Great-circle distance, for telling two geocodes of one building from two places.
enum Geo {
    static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = 6371.0, p = Double.pi / 180
        let a = sin((lat2 - lat1) * p / 2) * sin((lat2 - lat1) * p / 2)
            + cos(lat1 * p) * cos(lat2 * p) * sin((lon2 - lon1) * p / 2) * sin((lon2 - lon1) * p / 2)
        return 2 * r * asin(min(1, sqrt(a)))
    }
}
