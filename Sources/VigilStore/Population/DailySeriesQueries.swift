import SQLKit
import VigilCore

/// Daily population series as pages draw them: one `DailySeries` per source and definition.
///
/// Each source contributes its most recently imported file (a newer file of the same source
/// supersedes an older one; both stay stored), so a page never adds two files of one source.
extension DailyPopulationQueries {
    /// Every series that covers one facility's registry code: person-level (midnight and
    /// 24-hour), then the derived files, in `PopulationSourceKind` order.
    public func facilitySeries(code: String) async throws -> [DailySeries] {
        var series: [DailySeries] = []
        if let stays = try await stayImports().last {
            struct Row: Decodable { var date: String; var midnight_pop: Int; var daily_pop_24h: Int }
            let rows = try await database.sql.raw("""
                SELECT date, midnight_pop, daily_pop_24h FROM stay_daily_populations
                WHERE stay_import_id = \(bind: stays.id) AND facility_code = \(bind: code) ORDER BY date
                """).all(decoding: Row.self)
            let dated = rows.compactMap { r in CalendarDate(iso: r.date).map { (date: $0, row: r) } }
            for definition in PopulationDefinition.allCases {
                let days = dated.compactMap { d -> (date: CalendarDate, population: Int)? in
                    let n = definition == .midnight ? d.row.midnight_pop : d.row.daily_pop_24h
                    return n > 0 ? (d.date, n) : nil
                }
                if let s = DailySeries(source: .personLevelStays, definition: definition, fileName: stays.file_name,
                                       sha256: stays.sha256, days: days) { series.append(s) }
            }
        }
        for file in try await latestFileImports() {
            struct Row: Decodable { var definition: String; var date: String; var population: Int }
            let rows = try await database.sql.raw("""
                SELECT definition, date, population FROM population_file_days
                WHERE import_id = \(bind: file.id) AND facility_code = \(bind: code) ORDER BY date
                """).all(decoding: Row.self)
            series += Self.series(file, rows.map { ($0.definition, $0.date, $0.population) })
        }
        return series
    }

    /// The national daily midnight population per source: the sum over the facilities the
    /// source lists, each day. Sources cover different facilities and periods.
    public func nationalMidnightSeries() async throws -> [DailySeries] {
        struct Row: Decodable { var date: String; var population: Int }
        var series: [DailySeries] = []
        if let stays = try await stayImports().last {
            let rows = try await database.sql.raw("""
                SELECT date, SUM(midnight_pop) AS population FROM stay_daily_populations
                WHERE stay_import_id = \(bind: stays.id) AND midnight_pop > 0 GROUP BY date ORDER BY date
                """).all(decoding: Row.self)
            if let s = DailySeries(source: .personLevelStays, definition: .midnight, fileName: stays.file_name, sha256: stays.sha256,
                                   days: rows.compactMap { r in CalendarDate(iso: r.date).map { ($0, r.population) } }) {
                series.append(s)
            }
        }
        for file in try await latestFileImports() {
            let rows = try await database.sql.raw("""
                SELECT date, SUM(population) AS population FROM population_file_days
                WHERE import_id = \(bind: file.id) AND definition = \(bind: PopulationDefinition.midnight.rawValue)
                GROUP BY date ORDER BY date
                """).all(decoding: Row.self)
            series += Self.series(file, rows.map { (PopulationDefinition.midnight.rawValue, $0.date, $0.population) })
        }
        return series
    }

    /// The most recent import of each derived source, in `PopulationSourceKind` order.
    func latestFileImports() async throws -> [FileImportSummary] {
        let latest = Dictionary(try await fileImports().map { ($0.source, $0) }, uniquingKeysWith: { $0.id > $1.id ? $0 : $1 })
        return PopulationSourceKind.allCases.compactMap { latest[$0.rawValue] }
    }

    static func series(_ file: FileImportSummary, _ rows: [(definition: String, date: String, population: Int)]) -> [DailySeries] {
        guard let source = PopulationSourceKind(rawValue: file.source) else { return [] }
        return PopulationDefinition.allCases.compactMap { definition in
            let days = rows.compactMap { r -> (date: CalendarDate, population: Int)? in
                guard r.definition == definition.rawValue, let date = CalendarDate(iso: r.date) else { return nil }
                return (date, r.population)
            }
            return DailySeries(source: source, definition: definition, fileName: file.file_name, sha256: file.sha256, days: days)
        }
    }
}
