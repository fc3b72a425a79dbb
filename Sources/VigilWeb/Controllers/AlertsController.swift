import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// Expansion events for everyone: the page and its Atom feed. Neither shows anything about
/// subscribers.
enum AlertsController {
    static func page(_ request: Request, database: VigilDatabase) async throws -> Response {
        let scope = try AlertScopeQuery.scope(QueryParameters(query: request.uri.query))
        let events = try await ExpansionEventQueries(database: database).matching(scope, limit: AlertsModel.rowLimit)
        let model = AlertsModel(chrome: await PageChrome.load(database: database, section: .alerts), scope: scope, events: events,
                                canSubscribe: PageChrome.currentViewer != nil)
        return HTMLResponse.make(AlertsView.render(model))
    }

    static func api(_ request: Request, database: VigilDatabase) async throws -> APIExpansionEvents {
        let scope = try AlertScopeQuery.scope(QueryParameters(query: request.uri.query))
        return APIExpansionEvents(events: try await ExpansionEventQueries(database: database).matching(scope, limit: 5000).map(APIExpansionEvent.init))
    }

    static func feed(_ request: Request, database: VigilDatabase) async throws -> Response {
        let scope = try AlertScopeQuery.scope(QueryParameters(query: request.uri.query))
        let events = try await ExpansionEventQueries(database: database).matching(scope, limit: AlertFeedModel.entryLimit)
        var updated = events.map(\.detectedAt).max() ?? ""
        if updated.isEmpty { updated = try await database.dataVersion().changedAt.formatted(.iso8601) }
        let model = AlertFeedModel(scope: scope, events: events, updated: updated,
                                   isSynthetic: try await ReleaseQueries(database: database).hasSyntheticData())
        return HTMLResponse.text(AlertFeedView.render(model), contentType: AlertFeedView.contentType)
    }
}
