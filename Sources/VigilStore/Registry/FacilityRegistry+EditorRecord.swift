import Crypto
import Foundation
import SQLKit
import VigilCore

/// Cited operator records an editor adds from a facility's page.
extension FacilityRegistry {
    public enum EditorRecordRefusal: Error, Sendable, Hashable, CustomStringConvertible {
        case unknownCode(String)

        public var description: String {
            switch self {
            case .unknownCode(let code): "The registry has no facility code \(code); import a facility list that has it first."
            }
        }
    }

    /// Stores `record` (method `cited-record`) with an `operator.add` audit entry naming
    /// `actor`, in one transaction: both, or neither. The record's source names the editor; it
    /// is archived like a one-row file, keyed by the SHA-256 of its content and the time.
    public func addOperatorRecord(_ record: OperatorRecord, by editor: String, audit actor: AuditEvent.Actor) async throws {
        var record = record
        record.method = .citedRecord
        record.matchMethod = nil
        record.matchConfidence = nil
        record.source = "entered by \(editor) on the web"
        let now = Timestamp.now()
        let canonical = [record.code, record.asOfDate.iso, record.operatorName ?? "", record.ownerName ?? "", record.contractType ?? "",
                         record.capacity.map { String($0) } ?? "", record.guaranteedMinimum.map { String($0) } ?? "",
                         record.citation ?? "", editor, now].joined(separator: "\u{1F}")
        let sha256 = SHA256.hash(data: Data(canonical.utf8)).lowercaseHex
        let dialect = database.dialect
        let stored = record
        try await database.transaction { db in
            struct Count: Decodable { var n: Int }
            guard (try await db.raw("SELECT COUNT(*) AS n FROM facilities WHERE code = \(bind: stored.code)")
                .first(decoding: Count.self)?.n ?? 0) > 0 else { throw EditorRecordRefusal.unknownCode(stored.code) }
            try await db.insert(into: "facility_sources")
                .columns("sha256", "file_name", "format", "byte_count", "as_of_date", "entry_count", "notes_json", "imported_at")
                .values(sha256, stored.source, "operator-form", canonical.utf8.count, stored.asOfDate.iso, 1, "[]", now)
                .run()
            try await BulkInsert(table: "facility_operators", columns: OperatorRecordRow.columns)
                .run(encodable: [OperatorRecordRow(stored, sha256: sha256).values], dialect: dialect, session: db)
            try await AuditLog.record(AuditEvent(actor: actor, action: "operator.add", subject: stored.code, details: [
                "as_of_date": stored.asOfDate.iso, "operator": stored.operatorName ?? "", "owner": stored.ownerName ?? "",
                "contract_type": stored.contractType ?? "", "citation": stored.citation ?? "",
            ]), on: db)
        }
    }
}
