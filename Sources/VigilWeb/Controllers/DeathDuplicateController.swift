import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// An editor's decision on a likely duplicate death, posted from `/deaths`.
///
/// The CSRF middleware has already checked the form's token. The decision and its audit entry
/// are stored in one transaction, then the browser goes back to the deaths page (303).
enum DeathDuplicateController {
    enum Field {
        static let death = DeathDecisionForm<Decision>.deathField
        static let decision = DeathDecisionForm<Decision>.decisionField
    }

    /// `same` merges the report into the death it repeats; `different` counts it on its own.
    enum Decision: String, Sendable {
        case same, different
    }

    static let decidedParameter = "decided"

    static func decide(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let form = try await DeathDecisionForm<Decision>.read(request, context: context, noDeath: t("error.death.hint_reload"),
                                                             decisions: "same, different")
        let (editor, id, decision) = (form.editor, form.deathID, form.decision)
        let audit = AuditEvent(actor: .user(id: editor.id, email: editor.email), action: "death.duplicate_review", subject: String(id),
                               details: ["decision": decision == .same ? "same death" : "another death"])
        do {
            try await DeathArchive(database: database).decideDuplicate(deathID: id, sameDeath: decision == .same, by: editor.email, audit: audit)
        } catch let error as DeathArchive.DuplicateDecisionError {
            throw WebError.conflict(t("error.death.decided_elsewhere", ["reason": error.localizedMessage]))
        }
        let back = SiteURL.deaths().path + "?\(decidedParameter)=\(id)#likely-duplicates"
        return Response(status: .seeOther, headers: [.location: back])
    }
}
