import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// A facility's closure dossier, as a page and as a PDF printed from the same page.
enum DossierController {
    static func page(key: FacilityKey, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        HTMLResponse.make(DossierView.render(try await model(key: key, context: context, database: database)))
    }

    static func pdf(key: FacilityKey, context: VigilRequestContext, database: VigilDatabase, printer: PDFPrinter) async throws -> Response {
        guard await printer.isAvailable else {
            throw WebError.unavailable(t("dossier.pdf_needs_chromium", ["path": SiteURL.dossier(key).path]))
        }
        let model = try await model(key: key, context: context, database: database)
        // Printed from a file, with no server to fetch the stylesheet from.
        let html = DossierView.render(model, stylesheet: .inline).render()
        let data = try await printer.pdf(html: html, context: context) {
            t("dossier.pdf_failed", ["failure": $0, "path": SiteURL.dossier(key).path])
        }
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        response.headers[.contentType] = "application/pdf"
        response.headers[.contentDisposition] = "attachment; filename=\"vigil-dossier-\(fileStem(model.identifier)).pdf\""
        response.headers[.cacheControl] = "private, no-store"
        return response
    }

    static func model(key: FacilityKey, context: VigilRequestContext, database: VigilDatabase) async throws -> DossierModel {
        let facility = try await FacilityController.model(key: key, database: database)
        let identifier = facility.pageIdentifier
        let keys = [identifier, facility.key] + (facility.registry?.keys ?? [])
        let includeInternal = context.user != nil
        let incidents = IncidentQueries(database: database)
        return DossierModel(chrome: facility.chrome, facility: facility, identifier: identifier, preparedOn: CalendarDate.today,
                            includesInternal: includeInternal,
                            segregation: try await SegregationQueries(database: database).facilityMonths(keys: keys),
                            incidents: try await incidents.incidents(facilityIdentifiers: try await incidents.identifiers(forFacility: identifier.rawValue),
                                                                     includeInternal: includeInternal))
    }

    /// Letters, digits and dashes only, so the name is safe in a header and on any disk.
    static func fileStem(_ key: FacilityKey) -> String {
        String(key.rawValue.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "-" })
    }
}
