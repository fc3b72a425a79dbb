import Hummingbird
import VigilCore
import VigilStore

/// The private-share page: for one release, the share of ADP in privately operated
/// facilities, nationally and by AOR, state and facility type, and every row behind it.
enum PrivateShareController {
    static func page(_ request: Request, database: VigilDatabase) async throws -> Response {
        let parameters = QueryParameters(query: request.uri.query)
        let releaseID = try parameters["release"].map { try Lookup.releaseID($0) }
        return HTMLResponse.make(PrivateShareView.render(try await model(releaseID: releaseID, database: database)))
    }

    static func model(releaseID: Int?, database: VigilDatabase) async throws -> PrivateShareModel {
        let chrome = await PageChrome.load(database: database, section: .privateShare)
        let releases = try await ReleaseQueries(database: database).all()
        guard let latest = releases.last else { return PrivateShareModel(chrome: chrome, content: nil) }
        let release = try await Lookup.release(releaseID ?? latest.id, in: database)
        let queries = PrivateShareQueries(database: database)
        let (_, rows) = try await queries.rows(ofRelease: release.id) ?? (release.asOfDate, [])
        let shares = PrivateShare.compute(asOf: release.asOfDate, rows.map(PrivateShareQueries.input))
        let all = try await queries.allShares()
        return PrivateShareModel(chrome: chrome, content: .init(
            releases: releases.reversed().map { .init(id: $0.id, asOfDate: $0.asOfDate, fiscalYear: $0.fiscalYear) },
            release: .init(id: release.id, asOfDate: release.asOfDate, fiscalYear: release.fiscalYear,
                           fileName: release.primaryFile.fileName, sha256: release.primaryFile.sha256, isLatest: release.id == latest.id),
            shares: shares, rows: rows, trend: all.filter { $0.areaKind == .national },
            unmatched: try await FacilityRegistry(database: database).unmatchedOperatorRows()))
    }
}
