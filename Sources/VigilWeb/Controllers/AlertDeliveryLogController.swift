import Hummingbird
import VigilCore
import VigilStore

/// The delivery log for editors: it names subscribers' webhook URLs and e-mail addresses, so
/// it is never shown to anyone else.
enum AlertDeliveryLogController {
    static func page(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        guard context.user != nil else {
            return Response(status: .seeOther, headers: [.location: ReturnPath.signIn(returningTo: SiteURL.alertDeliveries.path)])
        }
        _ = try context.requireRole(.editor)
        let limit = AuditLogModel.limit(from: QueryParameters(query: request.uri.query)["limit"])
        let model = AlertDeliveryLogModel(chrome: await PageChrome.load(database: database, section: .alerts),
                                          entries: try await AlertDeliveryQueue(database: database).log(limit: limit), limit: limit)
        return HTMLResponse.make(AlertDeliveryLogView.render(model))
    }
}
