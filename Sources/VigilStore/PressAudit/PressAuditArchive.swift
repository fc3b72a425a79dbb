import VigilCore

/// Saves press audits: the article, checked against the letter's current version and approved
/// signatories, stored with its findings in one transaction, audited.
public struct PressAuditArchive: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        case noSuchLetter(Int)
        case invalid([String: FieldProblemReason])

        public var description: String {
            switch self {
            case .noSuchLetter(let id): "There is no letter \(id)."
            case .invalid(let problems): problems.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.englishMessage)" }.joined(separator: " ")
            }
        }
    }

    /// Audits `article` against letter `letterID` and saves it; returns the saved audit's id.
    public func save(_ article: PressArticleDraft, letterID: Int, by author: String, audit actor: AuditEvent.Actor) async throws -> Int {
        guard article.problems.isEmpty else { throw Refusal.invalid(article.problems) }
        guard let (source, version, _) = try await PressAuditSources(database: database).source(letterID: letterID) else {
            throw Refusal.noSuchLetter(letterID)
        }
        let findings = PressAudit.findings(article.article, source: source)
        return try await database.transaction { db in
            guard let id = try await db.insert(into: "press_audits")
                .columns("letter_id", "letter_version", "title", "outlet", "url", "published_on", "article_text", "findings_json",
                         "created_by", "created_at")
                .values(letterID, version, article.title, article.outlet, article.url, article.publishedOn?.iso, article.text,
                        JSONText.encode(findings), author, Timestamp.now())
                .returning("id").first(decodingColumn: "id", as: Int.self)
            else { throw ArchiveError.noIdentifierReturned }
            try await AuditLog.record(AuditEvent(actor: actor, action: "press-audit.create", subject: "press audit \(id)", details: [
                "letter": String(letterID), "version": String(version), "title": article.title, "outlet": article.outlet,
                "findings": String(findings.count),
            ]), on: db)
            return id
        }
    }
}
