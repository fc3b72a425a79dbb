import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// Writing letters: a new letter, an edit (stored as a new version, and on a material change
/// the signatories of earlier versions told by e-mail), a status change. Editors only; every
/// change audited by the archive in the same transaction.
enum LetterEditorController {
    static func newForm(request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        guard context.user != nil else {
            return Response(status: .seeOther, headers: [.location: ReturnPath.signIn(returningTo: SiteURL.newLetter.path)])
        }
        try context.requireRole(.editor)
        return try await render(LetterFormModel(chrome: await PageChrome.load(database: database, section: .letters),
                                                csrfToken: context.signIn?.csrfToken ?? "", fields: LetterFormFields()), status: .ok)
    }

    static func create(request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let editor = try context.requireRole(.editor)
        var request = request
        let form = try await FormFields.read(&request)
        let fields = LetterFormFields { form[$0] }
        switch fields.content() {
        case .failure(let invalid):
            return try await render(LetterFormModel(chrome: await PageChrome.load(database: database, section: .letters),
                                                    csrfToken: context.signIn?.csrfToken ?? "", fields: fields, problems: invalid.problems),
                                    status: .unprocessableContent)
        case .success(let content):
            let id = try await LetterArchive(database: database).create(content, by: editor.email, audit: context.auditActor)
            return Response(status: .seeOther, headers: [.location: SiteURL.letter(id: id).path])
        }
    }

    static func editForm(id: Int, request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        guard context.user != nil else {
            return Response(status: .seeOther, headers: [.location: ReturnPath.signIn(returningTo: SiteURL.editLetter(id: id).path)])
        }
        try context.requireRole(.editor)
        let letter = try await LettersController.readable(id, context: context, database: database)
        return try await render(LetterFormModel(chrome: await PageChrome.load(database: database, section: .letters),
                                                csrfToken: context.signIn?.csrfToken ?? "", letterID: id, version: letter.currentVersion,
                                                fields: LetterFormFields(letter.content),
                                                signaturesAtRisk: try await liveSignatures(id, database: database)), status: .ok)
    }

    static func update(id: Int, request: Request, context: VigilRequestContext, database: VigilDatabase,
                       signOn: SignOnSettings) async throws -> Response {
        let editor = try context.requireRole(.editor)
        let letter = try await LettersController.readable(id, context: context, database: database)
        var request = request
        let form = try await FormFields.read(&request)
        let fields = LetterFormFields { form[$0] }
        switch fields.content() {
        case .failure(let invalid):
            return try await render(LetterFormModel(chrome: await PageChrome.load(database: database, section: .letters),
                                                    csrfToken: context.signIn?.csrfToken ?? "", letterID: id, version: letter.currentVersion,
                                                    fields: fields, problems: invalid.problems,
                                                    signaturesAtRisk: try await liveSignatures(id, database: database)),
                                    status: .unprocessableContent)
        case .success(let content):
            let outcome = try await LetterArchive(database: database).edit(letterID: id, to: content, by: editor.email, audit: context.auditActor)
            // Tell every signatory whose text changed; a failed e-mail does not undo the edit (the
            // review page lists flagged signatures either way).
            if let send = signOn.send, let version = outcome.version {
                for signature in outcome.flagged {
                    guard let email = signature.email else { continue }
                    try? await send(SignOnEmail.materialChange(to: email, organization: signature.organization, letterTitle: content.title,
                                                               letterURL: signOn.absolute(.letter(id: id)), version: version))
                }
            }
            return Response(status: .seeOther, headers: [.location: SiteURL.letter(id: id).path])
        }
    }

    static func setStatus(id: Int, request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        try context.requireRole(.editor)
        _ = try await LettersController.readable(id, context: context, database: database)
        var request = request
        let form = try await FormFields.read(&request)
        guard let status = form["status"].flatMap(LetterStatus.init(rawValue:)) else {
            throw WebError.badRequest(t("letters.error.choose_status", ["statuses": LetterStatus.allCases.map(\.rawValue).joined(separator: ", ")]))
        }
        try await LetterArchive(database: database).setStatus(letterID: id, to: status, audit: context.auditActor)
        return Response(status: .seeOther, headers: [.location: SiteURL.letter(id: id).path])
    }

    static func liveSignatures(_ id: Int, database: VigilDatabase) async throws -> Int {
        try await LetterQueries(database: database).signatures(letterID: id, statuses: [.unconfirmed, .pending, .approved]).count
    }

    static func render(_ model: LetterFormModel, status: HTTPResponse.Status) async throws -> Response {
        HTMLResponse.make(LetterFormView.render(model), status: status)
    }
}
