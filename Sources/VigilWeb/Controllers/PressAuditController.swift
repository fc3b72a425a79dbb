import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// The press audit on the web, for editors: paste an article to check it against a letter, read
/// a saved audit's report, the roll-up of a letter's audits across outlets, and every finding
/// as CSV or JSON. Saving is audited by the archive in the same transaction.
enum PressAuditController {
    static func form(letterID: Int, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        guard context.user != nil else {
            return Response(status: .seeOther, headers: [.location: ReturnPath.signIn(returningTo: SiteURL.newPressAudit(letterID: letterID).path)])
        }
        try context.requireRole(.editor)
        let letter = try await LettersController.readable(letterID, context: context, database: database)
        return HTMLResponse.make(PressAuditFormView.render(PressAuditFormModel(
            chrome: await PageChrome.load(database: database, section: .letters), csrfToken: context.signIn?.csrfToken ?? "",
            letterID: letterID, letterTitle: letter.title, fields: PressAuditFormModel.Fields())))
    }

    static func create(letterID: Int, request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let editor = try context.requireRole(.editor)
        let letter = try await LettersController.readable(letterID, context: context, database: database)
        var request = request
        let form = try await FormFields.read(&request)
        let fields = PressAuditFormModel.Fields { form[$0] }
        let (draft, problems) = fields.draft()
        guard let draft, problems.isEmpty else {
            return HTMLResponse.make(PressAuditFormView.render(PressAuditFormModel(
                chrome: await PageChrome.load(database: database, section: .letters), csrfToken: context.signIn?.csrfToken ?? "",
                letterID: letterID, letterTitle: letter.title, fields: fields, problems: problems)), status: .unprocessableContent)
        }
        let id = try await PressAuditArchive(database: database).save(draft, letterID: letterID, by: editor.email, audit: context.auditActor)
        return Response(status: .seeOther, headers: [.location: SiteURL.pressAudit(id: id).path])
    }

    static func report(id: Int, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let (audit, letter) = try await readable(id, context: context, database: database)
        return HTMLResponse.make(PressAuditReportView.render(PressAuditReportModel(
            chrome: await PageChrome.load(database: database, section: .letters), audit: audit, letterTitle: letter.title)))
    }

    static func rollUp(letterID: Int, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        guard context.user != nil else {
            return Response(status: .seeOther, headers: [.location: ReturnPath.signIn(returningTo: SiteURL.pressAudits(letterID: letterID).path)])
        }
        try context.requireRole(.editor)
        let letter = try await LettersController.readable(letterID, context: context, database: database)
        let audits = try await PressAuditQueries(database: database).audits(letterID: letterID)
        return HTMLResponse.make(PressAuditRollUpView.render(PressAuditRollUpModel(
            chrome: await PageChrome.load(database: database, section: .letters), letterID: letterID, letterTitle: letter.title,
            audits: audits)))
    }

    static func findings(id: Int, _ format: ExportFormat, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let (audit, _) = try await readable(id, context: context, database: database)
        return TableResponse.make(PressFindingTable.make(audit.findings), format: format, fileStem: "vigil-press-audit-\(id)")
    }

    static func letterFindings(letterID: Int, _ format: ExportFormat, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        try context.requireRole(.editor)
        _ = try await LettersController.readable(letterID, context: context, database: database)
        let audits = try await PressAuditQueries(database: database).audits(letterID: letterID)
        return TableResponse.make(PressFindingTable.make(audits.flatMap(\.findings)), format: format,
                                  fileStem: "vigil-letter-\(letterID)-press-findings")
    }

    /// A saved audit and its letter, for editors; "not found" for anyone else, as for drafts.
    static func readable(_ id: Int, context: VigilRequestContext, database: VigilDatabase) async throws -> (PressAuditRecord, LetterRecord) {
        try context.requireRole(.editor)
        guard let audit = try await PressAuditQueries(database: database).audit(id: id) else {
            throw WebError.notFound(t("press_audit.no_such_audit_id", ["id": String(id)]))
        }
        return (audit, try await LettersController.readable(audit.letterID, context: context, database: database))
    }

    static func id(_ context: some RequestContext) throws -> Int {
        guard let text = context.parameters.get("id"), let id = Int(text), id > 0 else { throw WebError.notFound(t("press_audit.no_such_audit")) }
        return id
    }
}
