import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// An editor's "same facility as" decision on two registry codes, or its undoing, posted from
/// `/facilities/review` (`FacilityMerges`).
///
/// The CSRF middleware has already checked the form's token. The decision, the matching it
/// triggers and its audit entry are stored in one transaction, then the browser goes back (303).
enum FacilityMergeController {
    enum Field {
        static let old = "old"
        static let new = "new"
        static let decision = "decision"
    }

    enum Decision: String, Sendable {
        case merge, undo
    }

    static func decide(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let editor = try context.requireRole(.editor)
        var request = request
        let form = try await FormFields.read(&request)
        guard let old = form[Field.old]?.trimmingCharacters(in: .whitespaces).uppercased(), !old.isEmpty else {
            throw WebError.badRequest(t("error.merge.no_code"))
        }
        guard let decision = form[Field.decision].flatMap(Decision.init(rawValue:)) else {
            throw WebError.badRequest(t("error.form.unknown_decision", ["decisions": "merge, undo"]))
        }
        let merges = FacilityMerges(database: database)
        do {
            switch decision {
            case .merge:
                guard let new = form[Field.new]?.trimmingCharacters(in: .whitespaces).uppercased(), !new.isEmpty else {
                    throw WebError.badRequest(t("error.merge.needs_target"))
                }
                let audit = AuditEvent(actor: .user(id: editor.id, email: editor.email), action: "facility.merge", subject: old, details: ["into": new])
                try await merges.merge(old: old, into: new, note: nil, by: editor.email, audit: audit)
            case .undo:
                let audit = AuditEvent(actor: .user(id: editor.id, email: editor.email), action: "facility.unmerge", subject: old)
                try await merges.unmerge(old: old, by: editor.email, audit: audit)
            }
        } catch let error as FacilityMerges.MergeError {
            throw WebError.conflict(t("error.nothing_changed_after", ["reason": error.localizedMessage]))
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.facilityReview.path + "#merges"])
    }
}
