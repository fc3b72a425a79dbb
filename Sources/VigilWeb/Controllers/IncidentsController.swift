import Hummingbird
import VigilCore
import VigilStore

/// Reading incidents: the list page, its downloads, the API and one incident's page.
///
/// What a reader sees depends only on whether they are signed in: anyone signed in sees
/// internal incidents too; everyone else sees public ones only, everywhere.
enum IncidentsController {
    static func page(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let query = IncidentListQuery(QueryParameters(query: request.uri.query))
        return HTMLResponse.make(IncidentsView.render(try await model(query, includeInternal: context.user != nil, database: database)))
    }

    static func model(_ query: IncidentListQuery, includeInternal: Bool, database: VigilDatabase) async throws -> IncidentsModel {
        let chrome = await PageChrome.load(database: database, section: .incidents)
        let (rows, facility) = try await facilityRows(query, includeInternal: includeInternal, database: database)
        return IncidentsModel(chrome: chrome, query: query, incidents: query.apply(to: rows),
                              inEveryCategory: query.with(category: nil).apply(to: rows), facility: facility,
                              includesInternal: includeInternal, canRecord: chrome.viewer?.role.includes(.editor) ?? false)
    }

    /// The incidents the reader may see at the query's facility (all of them without one).
    static func facilityRows(_ query: IncidentListQuery, includeInternal: Bool,
                             database: VigilDatabase) async throws -> (rows: [IncidentRow], facility: IncidentFacility?) {
        let queries = IncidentQueries(database: database)
        guard let identifier = query.facility else { return (try await queries.all(includeInternal: includeInternal), nil) }
        let identifiers = try await queries.identifiers(forFacility: identifier)
        return (try await queries.incidents(facilityIdentifiers: identifiers, includeInternal: includeInternal),
                try await queries.facility(identifier))
    }

    /// Exactly what the page shows the same reader, as CSV or JSON.
    static func download(_ request: Request, _ format: ExportFormat, context: VigilRequestContext,
                         database: VigilDatabase) async throws -> Response {
        let query = IncidentListQuery(QueryParameters(query: request.uri.query))
        let signedIn = context.user != nil
        let rows = query.apply(to: try await facilityRows(query, includeInternal: signedIn, database: database).rows)
        return TableResponse.make(IncidentTable.make(rows, showsRecorder: signedIn), format: format, fileStem: "vigil-incidents")
    }

    static func api(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> APIIncidentList {
        let query = IncidentListQuery(QueryParameters(query: request.uri.query))
        let signedIn = context.user != nil
        let rows = query.apply(to: try await facilityRows(query, includeInternal: signedIn, database: database).rows)
        return APIIncidentList(incidents: rows.map { APIIncident($0, showsRecorder: signedIn) }, includesInternal: signedIn)
    }

    /// Query flags that make the incident page confirm what just happened.
    static let recordedParameter = "recorded"
    static let updatedParameter = "updated"

    /// One incident. An internal one is "not found" for anonymous readers, exactly like a
    /// number that was never used, so its existence is not revealed.
    static func incidentPage(_ id: Int, _ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        guard let row = try await IncidentQueries(database: database).incident(id: id, includeInternal: context.user != nil) else {
            throw notFound(id)
        }
        let parameters = QueryParameters(query: request.uri.query)
        let confirmation = parameters[recordedParameter] != nil ? t("incidents.confirmation.recorded")
            : parameters[updatedParameter] != nil ? t("incidents.confirmation.saved") : nil
        let editor = context.user?.role.includes(.editor) == true
        let model = IncidentModel(chrome: await PageChrome.load(database: database, section: .incidents), incident: row,
                                  editToken: editor ? context.signIn?.csrfToken : nil, showsRecorder: context.user != nil,
                                  confirmation: confirmation)
        return HTMLResponse.make(IncidentView.render(model))
    }

    static func notFound(_ id: Int) -> WebError {
        .notFound(t("error.incident.not_found", ["id": String(id)]))
    }

    /// An incident id from a path parameter.
    static func id(_ context: some RequestContext) throws -> Int {
        let text = context.parameters.get("id")
        guard let text, let id = Int(text), id > 0 else {
            throw WebError.notFound(t("error.incident.not_a_number", ["text": text ?? ""]))
        }
        return id
    }
}
