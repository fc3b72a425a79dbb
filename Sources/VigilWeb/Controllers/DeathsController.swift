import Hummingbird
import VigilCore
import VigilStore

/// The deaths page, its downloads, the API, and the deaths section of a facility's page.
enum DeathsController {
    static func page(_ request: Request, database: VigilDatabase) async throws -> Response {
        let query = QueryParameters(query: request.uri.query)
        var model = try await model(newestFirst: query["order"] == "newest", database: database)
        model.decidedDeath = query[DeathDuplicateController.decidedParameter].flatMap { Int($0) }
        model.linkedDeath = query[DeathLinkController.linkedParameter].flatMap { Int($0) }
        return HTMLResponse.make(DeathsView.render(model))
    }

    static func model(newestFirst: Bool, database: VigilDatabase) async throws -> DeathsModel {
        let chrome = await PageChrome.load(database: database, section: .deaths)
        let queries = DeathQueries(database: database)
        let deaths = try await queries.all()
        return DeathsModel(chrome: chrome, deaths: newestFirst ? deaths.reversed() : deaths, newestFirst: newestFirst,
                           rates: try await queries.rates(), likelyDuplicates: try await queries.likelyDuplicates(),
                           unlinked: deaths.filter { $0.facilityCode == nil })
    }

    static func ratesTable(database: VigilDatabase) async throws -> DataTable {
        DeathRateTable.make(try await DeathQueries(database: database).rates())
    }

    static func api(database: VigilDatabase) async throws -> APIDeathList {
        APIDeathList(deaths: try await DeathQueries(database: database).all().map(APIDeath.init))
    }

    /// The deaths tied to a facility, by registry code or by a workbook key's accepted code.
    static func facilityDeaths(_ key: FacilityKey, database: VigilDatabase) async throws -> [DeathRow] {
        let registry = RegistryQueries(database: database)
        var code = try await registry.facility(code: key.rawValue.uppercased())?.code
        if code == nil { code = try await registry.match(key: key)?.code }
        guard let code else { return [] }
        return try await DeathQueries(database: database).deaths(atFacility: code)
    }

    static func facilityDownload(_ key: FacilityKey, _ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        TableResponse.make(DeathTable.make(try await facilityDeaths(key, database: database)), format: format,
                           fileStem: "vigil-facility-\(key.rawValue)-deaths")
    }
}

/// The rates download: deaths per 100,000 detained-days per fiscal year.
enum DeathRateTable {
    static let columns = ["fiscal_year", "through", "days", "national_adp", "detained_days", "deaths", "rate_per_100k_detained_days", "adp_source"]

    static func make(_ rates: [DeathRate]) -> DataTable {
        var table = DataTable(columns: columns)
        for r in rates {
            table.append([.integer(r.fiscalYear.year), .text(r.through.iso), .integer(r.days), .number(r.averageDailyPopulation),
                          .number(r.detainedDays), .integer(r.deaths), TableValue(r.ratePer100kDetainedDays),
                          .text(r.adpSource)])
        }
        return table
    }
}
