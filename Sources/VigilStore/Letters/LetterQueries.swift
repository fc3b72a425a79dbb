import SQLKit
import VigilCore

/// Reads letters, their versions and their signatures for pages, downloads and the command line.
public struct LetterQueries: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    struct LetterRow: Decodable {
        var id: Int
        var title: String
        var status: String
        var current_version: Int
        var source_sha256: String?
        var created_by: String
        var created_at: String
        var updated_at: String
        var content_json: String
    }

    /// Every letter, newest first; drafts only when `includeDrafts`.
    public func letters(includeDrafts: Bool) async throws -> [LetterRecord] {
        try await rows(includeDrafts ? nil : "l.status <> 'draft'")
    }

    /// One letter with its current text; nil when there is none.
    public func letter(id: Int) async throws -> LetterRecord? {
        try await rows("l.id = \(bind: id)").first
    }

    /// Every version of a letter, oldest first.
    public func versions(letterID: Int) async throws -> [LetterVersionRecord] {
        struct Row: Decodable { var version: Int; var content_json: String; var material: Int; var created_by: String; var created_at: String }
        return try await database.sql.raw("""
            SELECT version, content_json, material, created_by, created_at FROM letter_versions
            WHERE letter_id = \(bind: letterID) ORDER BY version
            """).all(decoding: Row.self).compactMap { r in
            JSONText.decode(LetterContent.self, from: r.content_json).map {
                LetterVersionRecord(version: r.version, content: $0, material: r.material != 0, createdBy: r.created_by, createdAt: r.created_at)
            }
        }
    }

    /// A letter's signatures with any of `statuses` (all when empty), in the letter's order:
    /// imported ones as the file listed them, then the rest by sort key.
    public func signatures(letterID: Int, statuses: [SignatureStatus] = []) async throws -> [SignatureRow] {
        var query: SQLQueryString = "SELECT \(unsafeRaw: SignatureRecord.columns) FROM letter_signatures WHERE letter_id = \(bind: letterID)"
        if !statuses.isEmpty { query += " AND status IN (\(binds: statuses.map(\.rawValue)))" }
        query += " ORDER BY CASE WHEN position IS NULL THEN 1 ELSE 0 END, position, sort_key, id"
        return try await database.sql.raw(query).all(decoding: SignatureRecord.self).map(\.row)
    }

    /// The approved signatories alphabetised by sort key ("The Bronx Defenders" under B), the
    /// lead organization first when it has signed: the published list.
    public func signatories(letterID: Int, leadOrganization: String?) async throws -> [SignatureRow] {
        let approved = try await signatures(letterID: letterID, statuses: [.approved])
        let leadKey = leadOrganization.map(OrganizationName.comparisonKey)
        let lead = approved.first { leadKey != nil && OrganizationName.comparisonKey($0.organization) == leadKey }
        let rest = approved.filter { $0.id != lead?.id }.sorted { ($0.sortKey, $0.id) < ($1.sortKey, $1.id) }
        return (lead.map { [$0] } ?? []) + rest
    }

    /// One signature; nil when there is none.
    public func signature(id: Int) async throws -> SignatureRow? {
        try await database.sql.raw("SELECT \(unsafeRaw: SignatureRecord.columns) FROM letter_signatures WHERE id = \(bind: id)")
            .first(decoding: SignatureRecord.self)?.row
    }

    /// How many organizations have signed: the approved list, counted, never typed.
    public func approvedCount(letterID: Int) async throws -> Int {
        struct Count: Decodable { var n: Int }
        return try await database.sql.raw("""
            SELECT COUNT(*) AS n FROM letter_signatures WHERE letter_id = \(bind: letterID) AND status = 'approved'
            """).first(decoding: Count.self)?.n ?? 0
    }

    private func rows(_ condition: SQLQueryString?) async throws -> [LetterRecord] {
        var query: SQLQueryString = """
            SELECT l.id, l.title, l.status, l.current_version, l.source_sha256, l.created_by, l.created_at, l.updated_at, v.content_json
            FROM letters l JOIN letter_versions v ON v.letter_id = l.id AND v.version = l.current_version
            """
        if let condition { query += " WHERE " + condition }
        query += " ORDER BY l.id DESC"
        return try await database.sql.raw(query).all(decoding: LetterRow.self).compactMap { r in
            guard let content = JSONText.decode(LetterContent.self, from: r.content_json) else { return nil }
            return LetterRecord(id: r.id, title: r.title, status: LetterStatus(rawValue: r.status) ?? .draft, currentVersion: r.current_version,
                                content: content, sourceSHA256: r.source_sha256, createdBy: r.created_by, createdAt: r.created_at,
                                updatedAt: r.updated_at)
        }
    }
}
