import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// An editor's link of a death to a registry code, or removal of a wrong link, posted from
/// `/deaths`. Kept through later imports (`DeathArchive.decideLink`).
///
/// The CSRF middleware has already checked the form's token. The decision and its audit entry
/// are stored in one transaction, then the browser goes back to the deaths page (303).
enum DeathLinkController {
    enum Field {
        static let death = DeathDecisionForm<Decision>.deathField
        static let code = "code"
        static let decision = DeathDecisionForm<Decision>.decisionField
    }

    /// `link` ties the death to the code given; `unlink` ties it to none.
    enum Decision: String, Sendable {
        case link, unlink
    }

    static let linkedParameter = "linked"

    static func decide(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let form = try await DeathDecisionForm<Decision>.read(request, context: context,
                                                             noDeath: t("error.death.hint_id"),
                                                             decisions: "link, unlink")
        let (editor, id, decision) = (form.editor, form.deathID, form.decision)
        let code = form.fields[Field.code]?.trimmingCharacters(in: .whitespaces).uppercased()
        if decision == .link && (code ?? "").isEmpty {
            throw WebError.badRequest(t("error.death.link_needs_code"))
        }
        let target = decision == .link ? code : nil
        let audit = AuditEvent(actor: .user(id: editor.id, email: editor.email), action: decision == .link ? "death.link" : "death.unlink",
                               subject: String(id), details: target.map { ["code": $0] } ?? [:])
        do {
            try await DeathArchive(database: database).decideLink(deathID: id, code: target, by: editor.email, audit: audit)
        } catch let error as DeathArchive.LinkDecisionError {
            throw WebError.badRequest(t("error.nothing_changed_after", ["reason": error.localizedMessage]))
        }
        let back = SiteURL.deaths().path + "?\(linkedParameter)=\(id)#unlinked"
        return Response(status: .seeOther, headers: [.location: back])
    }
}
