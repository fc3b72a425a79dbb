import Foundation
import SQLKit
import VigilCore

/// Stores letters and what happens to them: new versions, status changes, imports. Each change
/// and its audit entry are stored in one transaction: both, or neither.
public struct LetterArchive: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// Why a change was refused. Nothing was stored.
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

    /// A new letter in draft, version 1. Returns its id.
    public func create(_ content: LetterContent, by author: String, audit actor: AuditEvent.Actor) async throws -> Int {
        guard content.problems.isEmpty else { throw Refusal.invalid(content.problems) }
        return try await database.transaction { db in
            let id = try await Self.insertLetter(content, status: .draft, sourceSHA256: nil, by: author, on: db)
            try await AuditLog.record(AuditEvent(actor: actor, action: "letter.create", subject: "letter \(id)",
                                                 details: ["title": content.title]), on: db)
            return id
        }
    }

    /// What an import did: the letter's id, and whether this file had been imported before
    /// (then nothing was stored and the id is the earlier import's).
    public struct ImportOutcome: Sendable, Hashable {
        public var letterID: Int
        public var alreadyArchived: Bool
        public var organizations: Int
    }

    /// Stores a letter read from a file, with its organizations as approved signatures marked
    /// imported, in the file's order, signed on the letter's date to version 1. The same file
    /// (same SHA-256) again adds nothing.
    public func importLetter(_ draft: LetterDraft, source: SourceFile, status: LetterStatus, audit actor: AuditEvent.Actor) async throws -> ImportOutcome {
        try await database.transaction { db in
            struct Existing: Decodable { var id: Int }
            if let existing = try await db.raw("SELECT id FROM letters WHERE source_sha256 = \(bind: source.sha256)")
                .first(decoding: Existing.self) {
                return ImportOutcome(letterID: existing.id, alreadyArchived: true, organizations: draft.organizations.count)
            }
            let content = LetterContent(draft)
            let id = try await Self.insertLetter(content, status: status, sourceSHA256: source.sha256, by: actor.label, on: db)
            let signedAt = draft.date.iso
            for (position, organization) in draft.organizations.enumerated() {
                try await db.insert(into: "letter_signatures")
                    .columns("letter_id", "version", "organization", "sort_key", "comparison_key", "status", "imported", "position", "signed_at",
                             "decided_at", "decided_by")
                    .values(id, 1, organization, OrganizationName.sortKey(organization), OrganizationName.comparisonKey(organization),
                            SignatureStatus.approved.rawValue, 1, position + 1, signedAt, Timestamp.now(), actor.label)
                    .run()
            }
            try await AuditLog.record(AuditEvent(actor: actor, action: "letter.import", subject: "letter \(id)", details: [
                "file": source.fileName, "sha256": source.sha256, "organizations": String(draft.organizations.count),
                "status": status.rawValue,
            ]), on: db)
            return ImportOutcome(letterID: id, alreadyArchived: false, organizations: draft.organizations.count)
        }
    }

    /// What an edit did.
    public struct EditOutcome: Sendable, Hashable {
        /// The new version's number; nil when the text was unchanged (nothing stored).
        public var version: Int?
        public var material: Bool
        /// Signatures whose signatories agreed to an earlier text and are now told of the change.
        public var flagged: [SignatureRow]
    }

    /// Stores `content` as the letter's next version. A material change (see
    /// `LetterContent.isMaterialChange`) flags every live signature of an earlier version.
    public func edit(letterID: Int, to content: LetterContent, by author: String, audit actor: AuditEvent.Actor) async throws -> EditOutcome {
        guard content.problems.isEmpty else { throw Refusal.invalid(content.problems) }
        return try await database.transaction { db in
            struct Current: Decodable { var current_version: Int; var content_json: String }
            guard let current = try await db.raw("""
                SELECT l.current_version, v.content_json FROM letters l
                JOIN letter_versions v ON v.letter_id = l.id AND v.version = l.current_version WHERE l.id = \(bind: letterID)
                """).first(decoding: Current.self) else { throw Refusal.noSuchLetter(letterID) }
            let previous = JSONText.decode(LetterContent.self, from: current.content_json)
            guard previous != content else { return EditOutcome(version: nil, material: false, flagged: []) }
            let material = previous.map { content.isMaterialChange(from: $0) } ?? true
            let version = current.current_version + 1
            let now = Timestamp.now()
            try await db.insert(into: "letter_versions")
                .columns("letter_id", "version", "content_json", "material", "created_by", "created_at")
                .values(letterID, version, JSONText.encode(content), material ? 1 : 0, author, now).run()
            try await db.raw("""
                UPDATE letters SET current_version = \(bind: version), title = \(bind: content.title), updated_at = \(bind: now)
                WHERE id = \(bind: letterID)
                """).run()
            var flagged: [SignatureRow] = []
            if material {
                let live = [SignatureStatus.unconfirmed, .pending, .approved].map(\.rawValue)
                flagged = try await db.raw("""
                    SELECT \(unsafeRaw: SignatureRecord.columns) FROM letter_signatures
                    WHERE letter_id = \(bind: letterID) AND version < \(bind: version) AND changed_since_version IS NULL
                      AND status IN (\(binds: live))
                    """).all(decoding: SignatureRecord.self).map(\.row)
                try await db.raw("""
                    UPDATE letter_signatures SET changed_since_version = \(bind: version)
                    WHERE letter_id = \(bind: letterID) AND version < \(bind: version) AND changed_since_version IS NULL
                      AND status IN (\(binds: live))
                    """).run()
            }
            try await AuditLog.record(AuditEvent(actor: actor, action: "letter.edit", subject: "letter \(letterID)", details: [
                "version": String(version), "material": material ? "yes" : "no", "signatures_flagged": String(flagged.count),
            ]), on: db)
            return EditOutcome(version: version, material: material, flagged: flagged)
        }
    }

    /// Moves a letter to `status`. Returns false (and stores nothing) when it is already there.
    @discardableResult
    public func setStatus(letterID: Int, to status: LetterStatus, audit actor: AuditEvent.Actor) async throws -> Bool {
        try await database.transaction { db in
            struct Current: Decodable { var status: String }
            guard let current = try await db.raw("SELECT status FROM letters WHERE id = \(bind: letterID)")
                .first(decoding: Current.self) else { throw Refusal.noSuchLetter(letterID) }
            guard current.status != status.rawValue else { return false }
            try await db.raw("""
                UPDATE letters SET status = \(bind: status.rawValue), updated_at = \(bind: Timestamp.now()) WHERE id = \(bind: letterID)
                """).run()
            try await AuditLog.record(AuditEvent(actor: actor, action: "letter.status", subject: "letter \(letterID)", details: [
                "status": status.rawValue, "previous_status": current.status,
            ]), on: db)
            return true
        }
    }

    static func insertLetter(_ content: LetterContent, status: LetterStatus, sourceSHA256: String?, by author: String,
                             on db: any SQLDatabase) async throws -> Int {
        let now = Timestamp.now()
        guard let id = try await db.insert(into: "letters")
            .columns("title", "status", "current_version", "source_sha256", "created_by", "created_at", "updated_at")
            .values(content.title, status.rawValue, 1, sourceSHA256, author, now, now)
            .returning("id").first(decodingColumn: "id", as: Int.self)
        else { throw ArchiveError.noIdentifierReturned }
        try await db.insert(into: "letter_versions")
            .columns("letter_id", "version", "content_json", "material", "created_by", "created_at")
            .values(id, 1, JSONText.encode(content), 1, author, now).run()
        return id
    }
}
