import Hummingbird
import VigilCore
import VigilStore

/// Daily populations on the web: a facility's series and their comparison, the national
/// daily page, their downloads and API. Each function's data is built without HTTP.
enum DailyPopulationController {
    /// The registry code daily series are keyed by: `key` itself when it is a code, else the
    /// code a workbook key is matched to. Nil for a workbook key with no code; not found
    /// when `key` is neither.
    static func code(for key: FacilityKey, database: VigilDatabase) async throws -> String? {
        let registry = RegistryQueries(database: database)
        if let facility = try await registry.facility(code: key.rawValue.uppercased()) { return facility.code }
        if let match = try await registry.match(key: key) { return match.code }
        _ = try await Lookup.facilityHistory(key, in: database)
        return nil
    }

    static func series(for key: FacilityKey, database: VigilDatabase) async throws -> (code: String?, series: [DailySeries]) {
        guard let code = try await code(for: key, database: database) else { return (nil, []) }
        return (code, try await DailyPopulationQueries(database: database).facilitySeries(code: code))
    }

    /// The facility page's daily section, or nil when no source covers the code.
    static func facilityModel(code: String, name: String, history: [FacilityModel.HistoryRow],
                              database: VigilDatabase) async throws -> FacilityDailyModel? {
        let series = try await DailyPopulationQueries(database: database).facilitySeries(code: code)
        guard !series.isEmpty else { return nil }
        return FacilityDailyModel(code: code, facilityName: name, series: series, comparison: DailySourceComparison(series),
                                  releaseADP: releaseADP(history))
    }

    /// One point per release: ADP, fiscal year to date (`FacilityModel.releaseFigures`); a release
    /// that reports none for the facility is a gap.
    static func releaseADP(_ history: [FacilityModel.HistoryRow]) -> [LineChart.Point] {
        FacilityModel.releaseFigures(of: history).map { .init(date: $0.asOf, value: $0.averageDailyPopulation) }
    }

    // MARK: Downloads and API

    static func facilityDailyDownload(_ key: FacilityKey, _ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        let (code, series) = try await series(for: key, database: database)
        return TableResponse.make(FacilityDailyTable.make(series, code: code), format: format,
                                  fileStem: "vigil-facility-\(code ?? key.rawValue)-daily")
    }

    static func comparisonDownload(_ key: FacilityKey, _ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        let (code, series) = try await series(for: key, database: database)
        return TableResponse.make(DailyComparisonTable.make(DailySourceComparison(series), code: code), format: format,
                                  fileStem: "vigil-facility-\(code ?? key.rawValue)-daily-comparison")
    }

    static func facilityAPI(_ key: FacilityKey, database: VigilDatabase) async throws -> APIFacilityDaily {
        let (code, series) = try await series(for: key, database: database)
        let comparison = DailySourceComparison(series)
        return APIFacilityDaily(facilityKey: key.rawValue, facilityCode: code, series: series.map(APIDailySeries.init),
                                comparison: (comparison.overall + comparison.monthlyPairs).map(APIDailyComparison.init))
    }

    static func nationalModel(database: VigilDatabase) async throws -> NationalDailyModel {
        NationalDailyModel(chrome: await PageChrome.load(database: database, section: .daily),
                           series: try await DailyPopulationQueries(database: database).nationalMidnightSeries())
    }

    static func nationalPage(database: VigilDatabase) async throws -> Response {
        HTMLResponse.make(NationalDailyView.render(try await nationalModel(database: database)))
    }

    static func nationalDownload(_ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        let series = try await DailyPopulationQueries(database: database).nationalMidnightSeries()
        return TableResponse.make(NationalDailyTable.make(series), format: format, fileStem: "vigil-national-daily")
    }

    static func nationalAPI(database: VigilDatabase) async throws -> APINationalDaily {
        APINationalDaily(note: NationalDailyModel.coverageNote,
                         series: try await DailyPopulationQueries(database: database).nationalMidnightSeries().map(APIDailySeries.init))
    }
}
