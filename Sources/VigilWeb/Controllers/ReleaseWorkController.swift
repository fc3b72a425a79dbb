import Hummingbird
import VigilCore
import VigilStore

/// `/release-work` and its downloads: public, so built only from `ReleaseWorkQueries`, which
/// reads no person field, and suppressed by `ReleaseWork` before it leaves the store.
enum ReleaseWorkController {
    static func page(database: VigilDatabase) async throws -> Response {
        let queries = ReleaseWorkQueries(database: database)
        let work = try await queries.releaseWork()
        let model = ReleaseWorkModel(chrome: await PageChrome.load(database: database, section: .releaseWork), work: work,
                                     facilityNames: try await queries.facilityNames(for: work))
        return HTMLResponse.make(ReleaseWorkView.render(model))
    }

    /// `GET /api/v1/release-work`: the same cells as the page and its downloads.
    static func api(database: VigilDatabase) async throws -> APIReleaseWork {
        let queries = ReleaseWorkQueries(database: database)
        let work = try await queries.releaseWork()
        return APIReleaseWork(work, facilityNames: try await queries.facilityNames(for: work))
    }
}
