import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// An editor's decision on one row of the review queue, posted from `/facilities/review`.
///
/// The CSRF middleware has already checked the form's token. The decision and its audit entry
/// are stored in one transaction, then the browser goes back to the queue (303).
enum FacilityDecisionController {
    /// What the review page's forms post.
    enum Field {
        static let key = "key"
        static let action = "action"
        static let code = "code"
    }

    /// `link` ties the key to `code` (confirming a suggestion posts its code); `reject` records it has none.
    enum Action: String, Sendable {
        case link, reject
    }

    /// One decision as the form states it, checked for shape but not yet against the store.
    struct Decision: Sendable, Hashable {
        var key: FacilityKey
        /// nil rejects the key.
        var code: String?

        init(_ form: FormFields) throws {
            guard let key = form[Field.key]?.trimmingCharacters(in: .whitespaces), !key.isEmpty else {
                throw WebError.badRequest("The form named no facility key, so nothing was changed. Reload the review page and try again.")
            }
            self.key = FacilityKey(rawValue: key)
            switch form[Field.action].flatMap(Action.init(rawValue:)) {
            case .link:
                guard let code = form[Field.code]?.trimmingCharacters(in: .whitespaces).uppercased(), !code.isEmpty else {
                    throw WebError.badRequest("Enter a DETLOC code to link \(key) to, or reject it. Nothing was changed.")
                }
                self.code = code
            case .reject:
                self.code = nil
            case nil:
                throw WebError.badRequest("The form asked for no known decision (link or reject), so nothing was changed.")
            }
        }
    }

    static func decide(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let editor = try context.requireRole(.editor)
        var request = request
        let decision = try Decision(try await FormFields.read(&request))
        let audit = AuditEvent(actor: .user(id: editor.id, email: editor.email), action: "facility.review",
                               subject: decision.key.rawValue,
                               details: decision.code.map { ["decision": "link", "code": $0] } ?? ["decision": "reject"])
        do {
            try await FacilityMatching(database: database).decide(key: decision.key, code: decision.code, note: nil,
                                                                  by: editor.email, audit: audit)
        } catch let error as FacilityMatching.DecisionError {
            throw webError(error)
        }
        let back = SiteURL.facilityReview.path + "?\(FacilityReviewController.decidedParameter)=" + SiteURL.encodeQueryValue(decision.key.rawValue)
        return Response(status: .seeOther, headers: [.location: back])
    }

    /// The store's refusal in the words of the web page (no command-line flags).
    static func webError(_ error: FacilityMatching.DecisionError) -> WebError {
        switch error {
        case .unknownKey, .unknownCode:
            return .badRequest("\(error) Nothing was changed.")
        case .conflictsWithManualDecision(let key, let code, let method, let by, _):
            return .conflict("\(key) was already decided by \(by) (\(method)\(code.map { " to \($0)" } ?? "")), so nothing was changed. "
                             + "Reload the review page to see the current queue.")
        }
    }
}
