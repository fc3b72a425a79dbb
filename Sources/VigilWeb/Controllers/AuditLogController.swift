import Hummingbird
import VigilCore
import VigilStore

/// The audit log for administrators, as a page and as CSV/JSON.
enum AuditLogController {
    static func page(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        _ = try context.requireRole(.admin)
        let limit = AuditLogModel.limit(from: QueryParameters(query: request.uri.query)["limit"])
        let model = AuditLogModel(chrome: await PageChrome.load(database: database, section: .audit),
                                  entries: try await AuditLog(database: database).latest(limit: limit), limit: limit)
        return HTMLResponse.make(AuditLogView.render(model))
    }

    static func download(_ request: Request, context: VigilRequestContext, _ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        _ = try context.requireRole(.admin)
        let limit = AuditLogModel.limit(from: QueryParameters(query: request.uri.query)["limit"])
        return TableResponse.make(AuditLogTable.make(try await AuditLog(database: database).latest(limit: limit)),
                                  format: format, fileStem: "vigil-audit-log")
    }
}

/// The audit log as a table, details as "key: value" pairs in one column.
enum AuditLogTable {
    static let columns = ["id", "at", "actor", "actor_user_id", "action", "subject", "details"]

    static func make(_ entries: [AuditLogEntry]) -> DataTable {
        var table = DataTable(columns: columns)
        for e in entries {
            table.append([.integer(e.id), .text(e.at), .text(e.actor), TableValue(e.actorUserID), .text(e.action), TableValue(e.subject),
                          .text(AuditLogView.details(e.details))])
        }
        return table
    }
}
