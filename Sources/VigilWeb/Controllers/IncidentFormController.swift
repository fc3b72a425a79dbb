import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// Recording incidents and changing their status: editors only.
///
/// The CSRF middleware has already checked every POST's token (a forged or expired form is a
/// 403 before anything here runs). An incident and its audit entry are stored in one
/// transaction; a refused form is shown again with the editor's input and nothing is stored.
enum IncidentFormController {
    /// The form. Someone not signed in is sent to sign in and brought back; a viewer gets a 403.
    static func form(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        guard context.user != nil else {
            let back = request.uri.query.map { SiteURL.newIncident().path + "?" + $0 } ?? SiteURL.newIncident().path
            return Response(status: .seeOther, headers: [.location: ReturnPath.signIn(returningTo: back)])
        }
        try context.requireRole(.editor)
        var draft = IncidentDraft()
        draft.facility = QueryParameters(query: request.uri.query)["facility"] ?? ""
        draft.status = IncidentStatus.alleged.rawValue
        draft.visibility = IncidentVisibility.safeDefault.rawValue
        return try await render(draft, problems: nil, status: .ok, context: context, database: database)
    }

    /// Records the posted incident, then shows it (303); or shows the form again (422) saying what to fix.
    static func create(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let editor = try context.requireRole(.editor)
        var request = request
        let form = try await FormFields.read(&request)
        let draft = IncidentDraft { form[$0.rawValue] }
        let incident: Incident
        switch draft.validated(today: today()) {
        case .failure(let invalid):
            return try await render(draft, problems: invalid, status: .unprocessableContent, context: context, database: database)
        case .success(let valid):
            incident = valid
        }
        let id: Int
        do {
            id = try await IncidentArchive(database: database).add(incident, by: editor.email, audit: .user(id: editor.id, email: editor.email))
        } catch IncidentArchive.Refusal.unknownFacility {
            let problem = IncidentProblem(field: .facility, reason: .unknownFacility(incident.facility))
            return try await render(draft, problems: IncidentInvalid(problems: [problem]), status: .unprocessableContent,
                                    context: context, database: database)
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.incident(id: id).path + "?\(IncidentsController.recordedParameter)=1"])
    }

    /// Changes an incident's status and visibility, then shows it again (303).
    static func changeStatus(_ id: Int, _ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let editor = try context.requireRole(.editor)
        var request = request
        let form = try await FormFields.read(&request)
        guard let status = form[IncidentView.Field.status].flatMap(IncidentStatus.init(rawValue:)) else {
            throw WebError.badRequest(t("error.incident.choose_status", ["statuses": IncidentStatus.allCases.map(\.rawValue).joined(separator: ", ")]))
        }
        guard let visibility = form[IncidentView.Field.visibility].flatMap(IncidentVisibility.init(rawValue:)) else {
            throw WebError.badRequest(t("error.incident.choose_visibility"))
        }
        do {
            try await IncidentArchive(database: database).update(id: id, status: status, visibility: visibility,
                                                                  audit: .user(id: editor.id, email: editor.email))
        } catch IncidentArchive.Refusal.noSuchIncident {
            throw IncidentsController.notFound(id)
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.incident(id: id).path + "?\(IncidentsController.updatedParameter)=1"])
    }

    static func render(_ draft: IncidentDraft, problems: IncidentInvalid?, status: HTTPResponse.Status,
                       context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let facility = draft.facility.isEmpty ? nil : try await IncidentQueries(database: database).facility(draft.facility)
        let model = IncidentFormModel(chrome: await PageChrome.load(database: database, section: .incidents),
                                      csrfToken: context.signIn?.csrfToken ?? "", draft: draft, problems: problems,
                                      facility: facility, today: today())
        return HTMLResponse.make(IncidentFormView.render(model), status: status)
    }

    /// Today in UTC: the latest date an incident may have.
    static func today(now: Date = Date()) -> CalendarDate {
        CalendarDate(daysSinceEpoch: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
