import Hummingbird
import VigilCore
import VigilStore

/// `/expansion` (sites and their timelines), `/expansion/money` (contract dollars, who profits,
/// funded beds), their downloads and API, and the timeline section of facility pages and dossiers.
enum ExpansionController {
    static func page(_ request: Request, database: VigilDatabase) async throws -> Response {
        let query = ExpansionListQuery(QueryParameters(query: request.uri.query))
        return HTMLResponse.make(ExpansionView.render(try await model(query: query, database: database)))
    }

    static func model(query: ExpansionListQuery, database: VigilDatabase) async throws -> ExpansionModel {
        let all = try await ExpansionQueries(database: database).sites()
        return ExpansionModel(chrome: await PageChrome.load(database: database, section: .expansion), query: query, allSites: all,
                              sites: query.apply(to: all))
    }

    static func sitesDownload(_ request: Request, _ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        let query = ExpansionListQuery(QueryParameters(query: request.uri.query))
        let sites = query.apply(to: try await ExpansionQueries(database: database).sites())
        return TableResponse.make(ExpansionTables.sites(sites), format: format, fileStem: "vigil-expansion-sites")
    }

    static func timelineDownload(_ request: Request, _ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        let query = ExpansionListQuery(QueryParameters(query: request.uri.query))
        let sites = query.apply(to: try await ExpansionQueries(database: database).sites())
        return TableResponse.make(ExpansionTables.timeline(sites), format: format, fileStem: "vigil-expansion-timeline")
    }

    static func api(_ request: Request, database: VigilDatabase) async throws -> APIExpansion {
        let query = ExpansionListQuery(QueryParameters(query: request.uri.query))
        let sites = query.apply(to: try await ExpansionQueries(database: database).sites())
        return APIExpansion(licence: ExpansionQueries.licence, attribution: ExpansionQueries.attribution, sites: sites.map(APIExpansionSite.init))
    }

    // MARK: Money and beds

    static func moneyPage(database: VigilDatabase) async throws -> Response {
        HTMLResponse.make(ExpansionMoneyView.render(try await moneyModel(database: database)))
    }

    static func moneyModel(database: VigilDatabase) async throws -> ExpansionMoneyModel {
        let money = MoneyQueries(database: database)
        return ExpansionMoneyModel(chrome: await PageChrome.load(database: database, section: .expansion),
                                   dollars: try await money.dollars(), recipients: try await money.recipients(),
                                   fundedBeds: try await money.fundedBeds(), trend: try await NationalQueries(database: database).trend(),
                                   minimums: try await money.guaranteedMinimums().map { .init(asOf: $0.asOf, beds: $0.beds) })
    }

    static func moneyAPI(database: VigilDatabase) async throws -> APIExpansionMoney {
        let money = MoneyQueries(database: database)
        return APIExpansionMoney(licence: ExpansionQueries.licence, attribution: ExpansionQueries.attribution,
                                 recipients: try await money.recipients().map(APIContractRecipient.init),
                                 dollars: try await money.dollars().map(APIContractDollars.init),
                                 fundedBeds: try await money.fundedBeds().map(APIFundedBeds.init))
    }

    // MARK: One facility

    /// The facility's own timeline, when any expansion record reaches it.
    static func facilityTimeline(code: String, database: VigilDatabase) async throws -> ExpansionSite? {
        try await ExpansionQueries(database: database).site(code: code)
    }
}
