import Hummingbird
import VigilCore
import VigilStore

/// The segregation page, its downloads, the API, and the segregation section of a facility page.
enum SegregationController {
    static func page(database: VigilDatabase) async throws -> Response {
        HTMLResponse.make(SegregationView.render(try await model(database: database)))
    }

    static func model(database: VigilDatabase) async throws -> SegregationModel {
        let chrome = await PageChrome.load(database: database, section: .segregation)
        let queries = SegregationQueries(database: database)
        let months = try await queries.nationalMonths()
        let newest = months.last?.month
        let latest = newest == nil ? [] : try await queries.latestPlacements().filter { $0.month == newest }
        return SegregationModel(chrome: chrome, months: months, latestMonth: latest, quarters: try await queries.vulnerableQuarters())
    }

    static func monthsDownload(_ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        TableResponse.make(SegregationMonthsTable.make(try await SegregationQueries(database: database).nationalMonths()),
                           format: format, fileStem: "vigil-segregation-national")
    }

    static func api(database: VigilDatabase) async throws -> APISegregation {
        let queries = SegregationQueries(database: database)
        return APISegregation(months: try await queries.nationalMonths().map(APISegregationMonth.init),
                              vulnerableQuarters: try await queries.vulnerableQuarters().map(APIVulnerableQuarter.init))
    }

    /// Every identity a facility's segregation lines may be filed under: the key asked for,
    /// its registry code (or the code asked for) and every workbook key tied to that code.
    static func facilityKeys(_ key: FacilityKey, database: VigilDatabase) async throws -> [FacilityKey] {
        let registry = RegistryQueries(database: database)
        var code = try await registry.facility(code: key.rawValue.uppercased())?.code
        if code == nil { code = try await registry.match(key: key)?.code }
        guard let code else { return [key] }
        return [key, FacilityKey(rawValue: code)] + (try await registry.keys(code: code).map(\.key))
    }

    /// A facility's months, oldest first.
    static func facilityMonths(_ key: FacilityKey, database: VigilDatabase) async throws -> [SegregationMonth] {
        try await SegregationQueries(database: database).facilityMonths(keys: try await facilityKeys(key, database: database))
    }

    static func facilityDownload(_ key: FacilityKey, _ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        TableResponse.make(SegregationTable.make(try await facilityMonths(key, database: database)), format: format,
                           fileStem: "vigil-facility-\(key.rawValue)-segregation")
    }
}
