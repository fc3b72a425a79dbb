import SQLKit
import VigilCore

/// A facility in the registry, as pages and exports read it.
public struct RegistryFacility: Sendable, Hashable {
    public var code: String
    public var name: String
    public var address: String?
    public var city: String?
    public var county: String?
    public var state: String?
    public var zip: String?
    public var areaOfResponsibility: String?
    public var typeDetailed: String?
    public var latitude: Double?
    public var longitude: Double?
    public var coordinateSource: String?
    public var coordinatesConflict: Bool
    public var coordinateSpreadKilometres: Double?
    public var firstUse: CalendarDate?
    public var lastUse: CalendarDate?
    public var sourceCount: Int
    /// The latest operator record, if any.
    public var latestOperator: OperatorRecord?
}

/// One name (with address and type) a reference list gave a code.
public struct RegistryName: Sendable, Hashable {
    public var entry: FacilityListEntry
    public var fileName: String
    public var sha256: String
    public var format: String
    /// The date the list speaks for, when it states one (ICE's 2015 and 2017 lists).
    public var asOfDate: CalendarDate? = nil
}

/// Reads the registry: facilities, their names by source, operator records, and which
/// workbook keys are tied to each code.
public struct RegistryQueries: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    struct FacilityRow: Decodable {
        var code: String; var name: String; var address: String?; var city: String?; var county: String?; var state: String?
        var zip: String?; var aor: String?; var type_detailed: String?; var latitude: Double?; var longitude: Double?
        var coordinate_source: String?; var coordinates_conflict: Int; var coordinate_spread_km: Double?
        var first_use: String?; var last_use: String?; var source_count: Int
    }

    public func facilities() async throws -> [RegistryFacility] {
        let operators = try await operatorRecords()
        return try await database.sql.raw("SELECT * FROM facilities ORDER BY code").all(decoding: FacilityRow.self)
            .map { Self.facility($0, operators: operators[$0.code] ?? []) }
    }

    /// Whether the registry holds any facility: one row looked up, not the whole registry read.
    public func hasFacilities() async throws -> Bool {
        struct Row: Decodable { var code: String }
        return try await database.sql.raw("SELECT code FROM facilities LIMIT 1").first(decoding: Row.self) != nil
    }

    public func facility(code: String) async throws -> RegistryFacility? {
        guard let row = try await database.sql.raw("SELECT * FROM facilities WHERE code = \(bind: code)").first(decoding: FacilityRow.self)
        else { return nil }
        return Self.facility(row, operators: try await operatorRecords(code: code))
    }

    static func facility(_ r: FacilityRow, operators: [OperatorRecord]) -> RegistryFacility {
        RegistryFacility(code: r.code, name: r.name, address: r.address, city: r.city, county: r.county, state: r.state, zip: r.zip,
                         areaOfResponsibility: r.aor, typeDetailed: r.type_detailed, latitude: r.latitude, longitude: r.longitude,
                         coordinateSource: r.coordinate_source, coordinatesConflict: r.coordinates_conflict != 0,
                         coordinateSpreadKilometres: r.coordinate_spread_km, firstUse: r.first_use.flatMap { CalendarDate(iso: $0) },
                         lastUse: r.last_use.flatMap { CalendarDate(iso: $0) }, sourceCount: r.source_count,
                         latestOperator: operators.max { ($0.asOfDate, $0.source) < ($1.asOfDate, $1.source) })
    }

    /// Every operator record, by code, oldest first.
    /// Every code's operator records; a code merged into another (`FacilityMerges`) counts for that one.
    public func operatorRecords() async throws -> [String: [OperatorRecord]] {
        let rows = try await database.sql.raw("SELECT * FROM facility_operators ORDER BY code, as_of_date, id").all(decoding: OperatorRecordRow.self)
        let merged = try await FacilityMerges.canonical(on: database.sql)
        return Dictionary(grouping: rows.compactMap(\.record), by: { merged[$0.code] ?? $0.code })
    }

    /// The code's operator records, with those of the codes merged into it.
    public func operatorRecords(code: String) async throws -> [OperatorRecord] {
        let codes = [code] + (try await FacilityMerges.canonical(on: database.sql)).filter { $0.value == code }.map(\.key).sorted()
        return try await database.sql.raw("SELECT * FROM facility_operators WHERE code IN (\(binds: codes)) ORDER BY as_of_date, id")
            .all(decoding: OperatorRecordRow.self).compactMap(\.record)
    }

    /// Every entry any list gave the code (and the codes merged into it), best list first.
    public func names(code: String) async throws -> [RegistryName] {
        struct Row: Decodable { var file_name: String; var format: String; var sha256: String; var as_of_date: String? }
        let codes = [code] + (try await FacilityMerges.canonical(on: database.sql)).filter { $0.value == code }.map(\.key).sorted()
        let entries = try await database.sql.raw("""
            SELECT e.* FROM facility_list_entries e WHERE e.code IN (\(binds: codes)) ORDER BY e.id
            """).all(decoding: FacilityListEntryRecord.self)
        let sources = Dictionary(uniqueKeysWithValues: try await database.sql.raw("SELECT file_name, format, sha256, as_of_date FROM facility_sources")
            .all(decoding: Row.self).map { ($0.sha256, $0) })
        return entries.compactMap { e in
            sources[e.source_sha256].map { RegistryName(entry: e.entry, fileName: $0.file_name, sha256: $0.sha256, format: $0.format,
                                                      asOfDate: $0.as_of_date.flatMap { CalendarDate(iso: $0) }) }
        }.sorted { (FacilityListFormat(rawValue: $0.format)?.precedence ?? 99) < (FacilityListFormat(rawValue: $1.format)?.precedence ?? 99) }
    }

    /// The workbook keys tied to a code by an accepted match.
    public func keys(code: String) async throws -> [(key: FacilityKey, method: FacilityMatchMethod, confidence: Double)] {
        struct Row: Decodable { var facility_key: String; var method: String; var confidence: Double }
        return try await database.sql.raw("""
            SELECT facility_key, method, confidence FROM facility_matches WHERE code = \(bind: code) AND accepted = 1 ORDER BY facility_key
            """).all(decoding: Row.self).map { (FacilityKey(rawValue: $0.facility_key), FacilityMatchMethod(rawValue: $0.method) ?? .manual, $0.confidence) }
    }

    /// The accepted code of a workbook key, if any.
    public func match(key: FacilityKey) async throws -> (code: String, method: FacilityMatchMethod, confidence: Double)? {
        struct Row: Decodable { var code: String; var method: String; var confidence: Double }
        guard let r = try await database.sql.raw("""
            SELECT code, method, confidence FROM facility_matches WHERE facility_key = \(bind: key.rawValue) AND accepted = 1 AND code IS NOT NULL
            """).first(decoding: Row.self) else { return nil }
        return (r.code, FacilityMatchMethod(rawValue: r.method) ?? .manual, r.confidence)
    }
}
