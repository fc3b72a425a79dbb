import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// Drafts from a case: a parole request, a custody redetermination request and a sponsor
/// letter outline, as an editable page or a PDF printed by headless Chromium, in English or
/// Spanish. Reading a case to draft from it is audited like any read (`purpose: draft:<kind>`).
enum DraftController {
    static func model(slug: String, id: Int, kind: DraftKind, language: DraftLanguage, printed: Bool, context: VigilRequestContext,
                      gate: CaseGate, records: FacilityRecords) async throws -> DraftModel {
        let (opened, stored) = try await gate.openCase(slug, id: id, purpose: "draft:\(kind.rawValue)" + (printed ? ":pdf" : ""), context: context)
        let today = CalendarDate.today
        let paths = try await CaseScreening.load(database: gate.database).paths(for: stored.file, asOf: today)
        let record = try await records.byIdentifier()[stored.file.facility]
        let composer = DraftComposer(kind: kind, language: language, organization: opened.organization, stored: stored, paths: paths,
                                     facilityRecord: record, today: today)
        return DraftModel(kind: kind, language: language, organization: opened.organization, stored: stored, blocks: composer.blocks(),
                          today: today, printed: printed)
    }

    static func page(slug: String, id: Int, kind: DraftKind, language: DraftLanguage, context: VigilRequestContext, gate: CaseGate,
                     records: FacilityRecords) async throws -> Response {
        HTMLResponse.make(DraftView.render(try await model(slug: slug, id: id, kind: kind, language: language, printed: false,
                                                           context: context, gate: gate, records: records)))
    }

    static func pdf(slug: String, id: Int, kind: DraftKind, language: DraftLanguage, context: VigilRequestContext, gate: CaseGate,
                    records: FacilityRecords, printer: PDFPrinter) async throws -> Response {
        let pagePath = SiteURL.caseDraft(slug: slug, id: id, kind, language).href
        // Checked before the case is read, so an unavailable printer reads (and audits) nothing.
        _ = try await gate.open(slug, context: context)
        guard await printer.isAvailable else {
            throw WebError.unavailable(t("drafts.error.no_chromium", ["path": pagePath]))
        }
        let model = try await model(slug: slug, id: id, kind: kind, language: language, printed: true, context: context, gate: gate, records: records)
        let data = try await printer.pdf(html: DraftView.render(model).render(), context: context) {
            t("drafts.error.print_failed", ["failure": $0, "path": pagePath])
        }
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        response.headers[.contentType] = "application/pdf"
        response.headers[.contentDisposition] = "attachment; filename=\"vigil-case-\(id)-\(kind.rawValue)-\(language.rawValue).pdf\""
        response.headers[.cacheControl] = "private, no-store"
        return response
    }

    static func kind(_ context: VigilRequestContext) throws -> DraftKind {
        guard let kind = context.parameters.get("kind").flatMap(DraftKind.init(rawValue:)) else { throw CaseGate.hidden }
        return kind
    }
}
