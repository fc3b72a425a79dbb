import SQLKit
import VigilCore

/// The expansion records in the facility review queue: links the matcher was unsure of, and
/// the decisions people make on them. Decided links (`manual`, `rejected`) survive re-imports.
extension ExpansionArchive {
    public struct ReviewItem: Sendable, Hashable {
        public var kind: ExpansionLink.Kind
        public var key: String
        /// The award description, agenda item title or dossier title.
        public var text: String
        public var state: String?
        public var suggestedCode: String?
        public var suggestedName: String?
        public var confidence: Double
        public var evidence: String?

        /// `award:70CDCR25C00000001`: how the review command names the record.
        public var reference: String { "\(kind.rawValue):\(key)" }
    }

    /// Doubtful links, awards first, then agenda items and dossiers, each by key.
    public func reviewQueue() async throws -> [ReviewItem] {
        struct Row: Decodable {
            var record_kind: String; var record_key: String; var code: String?; var confidence: Double; var evidence: String?
            var text: String?; var state: String?; var name: String?
        }
        let rows = try await database.sql.raw("""
            SELECT l.record_kind, l.record_key, l.code, l.confidence, l.evidence, f.name,
                   COALESCE(a.description, c.title, d.title) AS text, COALESCE(a.place_state, c.state) AS state
            FROM expansion_links l
            LEFT JOIN contract_awards a ON l.record_kind = 'award' AND a.award_id = l.record_key
            LEFT JOIN commission_items c ON l.record_kind = 'agenda-item' AND c.item_id = l.record_key
            LEFT JOIN contract_dossiers d ON l.record_kind = 'dossier' AND d.slug = l.record_key
            LEFT JOIN facilities f ON f.code = l.code
            WHERE l.accepted = 0 AND l.method <> 'rejected'
            ORDER BY l.record_kind, l.record_key
            """).all(decoding: Row.self)
        return rows.compactMap { r in
            guard let kind = ExpansionLink.Kind(rawValue: r.record_kind) else { return nil }
            return ReviewItem(kind: kind, key: r.record_key, text: r.text ?? "", state: r.state, suggestedCode: r.code,
                              suggestedName: r.name, confidence: r.confidence, evidence: r.evidence)
        }
    }

    public enum DecisionError: Error, CustomStringConvertible, Equatable {
        case unknownRecord(String)
        case unknownCode(String)

        public var description: String {
            switch self {
            case .unknownRecord(let reference): "No imported record is \(reference) (write award:ID, agenda-item:ID or dossier:ID)."
            case .unknownCode(let code): "The registry has no facility code \(code); import a facility list that has it first."
            }
        }
    }

    /// A person ties a record to a code, or (`code` nil) records that it names no registry facility.
    public func decide(kind: ExpansionLink.Kind, key: String, code: String?, note: String?, by person: String,
                       audit: AuditEvent? = nil) async throws {
        try await database.transaction { db in
            struct Count: Decodable { var n: Int }
            let (table, column) = switch kind {
            case .award: ("contract_awards", "award_id")
            case .agendaItem: ("commission_items", "item_id")
            case .dossier: ("contract_dossiers", "slug")
            }
            guard (try await db.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE \(unsafeRaw: column) = \(bind: key)")
                .first(decoding: Count.self)?.n ?? 0) > 0 else { throw DecisionError.unknownRecord("\(kind.rawValue):\(key)") }
            if let code {
                guard (try await db.raw("SELECT COUNT(*) AS n FROM facilities WHERE code = \(bind: code)").first(decoding: Count.self)?.n ?? 0) > 0
                else { throw DecisionError.unknownCode(code) }
            }
            try await db.raw("DELETE FROM expansion_links WHERE record_kind = \(bind: kind.rawValue) AND record_key = \(bind: key)").run()
            let method: FacilityMatchMethod = code == nil ? .rejected : .manual
            try await db.insert(into: "expansion_links")
                .columns("record_kind", "record_key", "code", "method", "confidence", "accepted", "evidence", "decided_by", "decided_at")
                .values(kind.rawValue, key, code, method.rawValue, 1.0, code == nil ? 0 : 1, note, person, Timestamp.now())
                .run()
            if let audit { try await AuditLog.record(audit, on: db) }
        }
    }
}
