import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// Reading letters: the list, a letter's page (with the sign-on form while open), its PDF, its
/// signatories as CSV/JSON and through the API. Drafts exist only for editors: to anyone else a
/// draft is "not found", exactly like a letter that does not exist.
enum LettersController {
    static func list(context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let isEditor = context.user?.role.includes(.editor) ?? false
        let queries = LetterQueries(database: database)
        var entries: [LetterListModel.Entry] = []
        for letter in try await queries.letters(includeDrafts: isEditor) {
            entries.append(.init(letter: letter, approvedCount: try await queries.approvedCount(letterID: letter.id)))
        }
        return HTMLResponse.make(LetterListView.render(LetterListModel(chrome: await PageChrome.load(database: database, section: .letters),
                                                                       letters: entries, isEditor: isEditor)))
    }

    /// The letter's page. Anonymous readers of an open letter get the sign-on form's CSRF token
    /// in a cookie (double submit), so the page is never stored by any cache.
    static func page(id: Int, request: Request, context: VigilRequestContext, database: VigilDatabase,
                     signOn: SignOnSettings, cookies: AccountCookies) async throws -> Response {
        let letter = try await readable(id, context: context, database: database)
        guard letter.status == .open else {
            return HTMLResponse.make(LetterPageView.render(try await model(letter, form: nil, context: context, database: database)))
        }
        let existing = request.cookies[AccountCookies.signInCSRF]?.value
        let token = context.signIn?.csrfToken ?? existing.flatMap { $0.isEmpty ? nil : $0 } ?? SignInSessions.randomToken()
        let form = LetterPageModel.SignOnForm(csrfToken: token, mailAvailable: signOn.send != nil)
        var response = HTMLResponse.make(LetterPageView.render(try await model(letter, form: form, context: context, database: database)))
        if context.signIn == nil, existing != token { response.setCookie(cookies.signInCSRF(token)) }
        response.headers[.cacheControl] = "private, no-store"
        return response
    }

    /// The published letter printed by headless Chromium: the same page, without the form.
    static func pdf(id: Int, context: VigilRequestContext, database: VigilDatabase, printer: PDFPrinter) async throws -> Response {
        let letter = try await readable(id, context: context, database: database)
        guard await printer.isAvailable else {
            throw WebError.unavailable(t("letters.error.no_chromium", ["path": SiteURL.letter(id: id).path]))
        }
        var page = try await model(letter, form: nil, context: context, database: database)
        page.printing = true
        page.editor = nil
        let data = try await printer.pdf(html: LetterPageView.render(page, stylesheet: .inline).render(), context: context) {
            t("letters.error.print_failed", ["failure": $0, "path": SiteURL.letter(id: id).path])
        }
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        response.headers[.contentType] = "application/pdf"
        response.headers[.contentDisposition] = "attachment; filename=\"vigil-letter-\(id).pdf\""
        response.headers[.cacheControl] = "private, no-store"
        return response
    }

    /// The approved signatories as CSV or JSON: never an e-mail or contact name.
    static func signatoriesDownload(id: Int, _ format: ExportFormat, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let letter = try await readable(id, context: context, database: database)
        let rows = try await LetterQueries(database: database).signatories(letterID: id, leadOrganization: letter.content.leadOrganization)
        return TableResponse.make(SignatoryTable.make(rows), format: format, fileStem: "vigil-letter-\(id)-signatories")
    }

    static func api(id: Int, context: VigilRequestContext, database: VigilDatabase) async throws -> APILetter {
        let letter = try await readable(id, context: context, database: database)
        let queries = LetterQueries(database: database)
        let rows = try await queries.signatories(letterID: id, leadOrganization: letter.content.leadOrganization)
        return APILetter(letter, approvedCount: try await queries.approvedCount(letterID: id), signatories: rows)
    }

    static func model(_ letter: LetterRecord, form: LetterPageModel.SignOnForm?, context: VigilRequestContext,
                      database: VigilDatabase) async throws -> LetterPageModel {
        let queries = LetterQueries(database: database)
        var editor: LetterPageModel.EditorTools?
        if let user = context.user, user.role.includes(.editor) {
            editor = .init(csrfToken: context.signIn?.csrfToken ?? "",
                           awaitingReview: try await queries.signatures(letterID: letter.id, statuses: [.pending]).count)
        }
        return LetterPageModel(chrome: await PageChrome.load(database: database, section: .letters), letter: letter,
                               approvedCount: try await queries.approvedCount(letterID: letter.id),
                               signatories: try await queries.signatories(letterID: letter.id, leadOrganization: letter.content.leadOrganization),
                               facts: try await LetterFactSheet.build(for: letter.content, database: database),
                               signOn: form, editor: editor)
    }

    /// The letter, when this reader may see it: any but drafts, and drafts for editors.
    static func readable(_ id: Int, context: VigilRequestContext, database: VigilDatabase) async throws -> LetterRecord {
        guard let letter = try await LetterQueries(database: database).letter(id: id),
              letter.status.isPublic || (context.user?.role.includes(.editor) ?? false) else {
            throw WebError.notFound(t("letters.error.no_letter_id", ["id": String(id)]))
        }
        return letter
    }

    static func id(_ context: some RequestContext) throws -> Int {
        guard let text = context.parameters.get("id"), let id = Int(text), id > 0 else { throw WebError.notFound(t("letters.error.no_such_letter")) }
        return id
    }
}
