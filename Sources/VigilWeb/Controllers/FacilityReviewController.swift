import Hummingbird
import VigilCore
import VigilStore

/// The review queue: workbook facilities with no accepted registry code.
///
/// Editors decide rows here (`FacilityDecisionController`); everyone else reads it.
enum FacilityReviewController {
    /// The query flag the decision redirect sets, naming the key just decided.
    static let decidedParameter = "decided"

    static func page(_ request: Request, database: VigilDatabase) async throws -> Response {
        let decided = QueryParameters(query: request.uri.query)[decidedParameter]
        return HTMLResponse.make(FacilityReviewView.render(try await model(database: database, decided: decided)))
    }

    static func model(database: VigilDatabase, decided: String? = nil) async throws -> FacilityReviewModel {
        let matching = FacilityMatching(database: database)
        let merges = FacilityMerges(database: database)
        return FacilityReviewModel(chrome: await PageChrome.load(database: database, section: .facilityReview),
                                   summary: try await matching.summary(), items: try await matching.reviewQueue(),
                                   decidedKey: decided, expansionItems: try await ExpansionArchive(database: database).reviewQueue(),
                                   merges: try await merges.all(), mergeCandidates: try await merges.candidates())
    }
}
