import SQLKit
import VigilCore

/// Reads saved press audits for the pages and downloads.
public struct PressAuditQueries: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    struct Row: Decodable {
        var id: Int
        var letter_id: Int
        var letter_version: Int
        var title: String
        var outlet: String
        var url: String?
        var published_on: String?
        var article_text: String
        var findings_json: String
        var created_by: String
        var created_at: String

        var record: PressAuditRecord {
            PressAuditRecord(id: id, letterID: letter_id, letterVersion: letter_version,
                             article: PressArticleDraft(title: title, outlet: outlet, url: url,
                                                        publishedOn: published_on.flatMap { CalendarDate(iso: $0) }, text: article_text),
                             findings: JSONText.decode([PressFinding].self, from: findings_json) ?? [],
                             createdBy: created_by, createdAt: created_at)
        }
    }

    static let columns = "id, letter_id, letter_version, title, outlet, url, published_on, article_text, findings_json, created_by, created_at"

    /// A letter's saved audits, by publication date (undated last), then as saved.
    public func audits(letterID: Int) async throws -> [PressAuditRecord] {
        try await database.sql.raw("""
            SELECT \(unsafeRaw: Self.columns) FROM press_audits WHERE letter_id = \(bind: letterID)
            ORDER BY CASE WHEN published_on IS NULL THEN 1 ELSE 0 END, published_on, id
            """).all(decoding: Row.self).map(\.record)
    }

    /// One saved audit; nil when there is none.
    public func audit(id: Int) async throws -> PressAuditRecord? {
        try await database.sql.raw("SELECT \(unsafeRaw: Self.columns) FROM press_audits WHERE id = \(bind: id)")
            .first(decoding: Row.self)?.record
    }
}
