import Hummingbird
import VigilCore
import VigilStore

/// The review queue: workbook facilities with no accepted registry code.
///
/// Read-only for now: deciding needs a form, and forms need the CSRF protection the accounts
/// work adds. Until then decisions are made with `vigil facilities review --link/--reject`.
enum FacilityReviewController {
    static func page(database: VigilDatabase) async throws -> Response {
        HTMLResponse.make(FacilityReviewView.render(try await model(database: database)))
    }

    static func model(database: VigilDatabase) async throws -> FacilityReviewModel {
        let matching = FacilityMatching(database: database)
        return FacilityReviewModel(chrome: await PageChrome.load(database: database, section: .facilityReview),
                                   summary: try await matching.summary(), items: try await matching.reviewQueue())
    }
}
