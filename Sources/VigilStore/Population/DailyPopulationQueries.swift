import SQLKit
import VigilCore

/// Reads the stored daily population series.
public struct DailyPopulationQueries: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// One stored person-level import.
    public struct StayImportSummary: Sendable, Hashable, Decodable {
        public var id: Int
        public var sha256: String
        public var file_name: String
        public var rows_read: Int
        public var duplicate_rows: Int
        public var stints_counted: Int
        public var first_date: String?
        public var last_date: String?
        public var imported_at: String
    }

    /// One stored derived-population file.
    public struct FileImportSummary: Sendable, Hashable, Decodable {
        public var id: Int
        public var sha256: String
        public var file_name: String
        public var source: String
        public var row_count: Int
        public var first_date: String?
        public var last_date: String?
    }

    /// One facility-day computed from person-level records.
    public struct StayDay: Sendable, Hashable, Decodable {
        public var facility_code: String
        public var date: String
        public var midnight_pop: Int
        public var daily_pop_24h: Int
        public var book_ins: Int
        public var book_outs: Int
    }

    /// One point of any series, labelled with its source and definition.
    public struct SeriesPoint: Sendable, Hashable, Decodable {
        public var source: String
        public var definition: String
        public var file_name: String
        public var sha256: String
        public var facility_code: String
        public var date: String
        public var population: Int
    }

    public func stayImports() async throws -> [StayImportSummary] {
        try await database.sql.raw("""
            SELECT id, sha256, file_name, rows_read, duplicate_rows, stints_counted, first_date, last_date, imported_at
            FROM stay_imports ORDER BY id
            """).all(decoding: StayImportSummary.self)
    }

    public func fileImports() async throws -> [FileImportSummary] {
        try await database.sql.raw("""
            SELECT id, sha256, file_name, source, row_count, first_date, last_date FROM population_file_imports ORDER BY id
            """).all(decoding: FileImportSummary.self)
    }

    /// The days computed from one person-level import (non-zero days only), by facility then date.
    public func stayDays(importID: Int) async throws -> [StayDay] {
        try await database.sql.raw("""
            SELECT facility_code, date, midnight_pop, daily_pop_24h, book_ins, book_outs
            FROM stay_daily_populations WHERE stay_import_id = \(bind: importID)
            ORDER BY facility_code, date
            """).all(decoding: StayDay.self)
    }

    /// The days computed from the most recent person-level import, or none.
    public func latestStayDays() async throws -> [StayDay] {
        guard let latest = try await stayImports().last else { return [] }
        return try await stayDays(importID: latest.id)
    }

    /// Every series point, person-level and derived, each labelled: by source, file,
    /// definition, facility and date.
    public func allSeriesPoints() async throws -> [SeriesPoint] {
        try await database.sql.raw("""
            SELECT 'person-level-stays' AS source, 'midnight' AS definition, i.file_name, i.sha256,
                   d.facility_code, d.date, d.midnight_pop AS population
            FROM stay_daily_populations d JOIN stay_imports i ON i.id = d.stay_import_id WHERE d.midnight_pop > 0
            UNION ALL
            SELECT 'person-level-stays', '24h', i.file_name, i.sha256, d.facility_code, d.date, d.daily_pop_24h
            FROM stay_daily_populations d JOIN stay_imports i ON i.id = d.stay_import_id WHERE d.daily_pop_24h > 0
            UNION ALL
            SELECT f.source, d.definition, f.file_name, f.sha256, d.facility_code, d.date, d.population
            FROM population_file_days d JOIN population_file_imports f ON f.id = d.import_id
            ORDER BY 1, 3, 2, 5, 6
            """).all(decoding: SeriesPoint.self)
    }

    /// The mean daily population of one facility from one stored file's series, over the
    /// days `from...through` (days the file leaves out count as zero).
    public func mean(fileImportID: Int, facility: String, definition: PopulationDefinition,
                     from: CalendarDate, through: CalendarDate) async throws -> Double {
        struct Row: Decodable { var total: Int? }
        let total = try await database.sql.raw("""
            SELECT SUM(population) AS total FROM population_file_days
            WHERE import_id = \(bind: fileImportID) AND facility_code = \(bind: facility)
              AND definition = \(bind: definition.rawValue) AND date >= \(bind: from.iso) AND date <= \(bind: through.iso)
            """).first(decoding: Row.self)?.total ?? 0
        return Double(total) / Double(from.days(until: through) + 1)
    }
}
