import Foundation
import SQLKit
import VigilCore

/// Stores what signatories and editors do to signatures: a sign-on, its confirmation and
/// withdrawal through single-use links, and editors' decisions (approve, reject, merge), each
/// decision audited in the same transaction.
public struct SignatureArchive: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// How long a confirmation link works.
    public static let confirmationLifetime: TimeInterval = 48 * 60 * 60
    /// How long a withdrawal link works: a signatory may change their mind until long after.
    public static let withdrawalLifetime: TimeInterval = 365 * 24 * 60 * 60

    /// The links a confirmation e-mail carries, as tokens to put in addresses. Only their
    /// digests are stored.
    public struct Links: Sendable, Hashable {
        public var confirm: String
        public var withdraw: String
    }

    /// What a sign-on did.
    public enum SubmitOutcome: Sendable, Hashable {
        /// A new signature, waiting for its e-mail to be confirmed.
        case created(signatureID: Int, links: Links)
        /// The address had signed this letter before and had not been approved: its row now
        /// holds the new details, unconfirmed again, with new links (the old ones no longer work).
        case folded(signatureID: Int, links: Links)
        /// The address's organization is already on the letter, or was turned down: nothing changed.
        case alreadyDecided(signatureID: Int, status: SignatureStatus)
    }

    public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        case noSuchLetter(Int)
        case notOpen(Int, LetterStatus)
        case noSuchSignature(Int)
        /// The signature's status does not allow the decision (only confirmed signatures are decided).
        case cannotDecide(Int, SignatureStatus, Decision)
        /// A merge's target (`into`) is not a live signature of the same letter.
        case notAMergeTarget(Int, SignatureStatus, into: Int)

        public var description: String {
            switch self {
            case .noSuchLetter(let id): "There is no letter \(id)."
            case .notOpen(_, let status): "This letter is not open for signatures (it is \(status.label.lowercased()))."
            case .noSuchSignature(let id): "There is no signature \(id) on this letter."
            case .cannotDecide(let id, let status, let decision): "Signature \(id) is \(status.label.lowercased()): it cannot be \(decision.pastTense)."
            case .notAMergeTarget(let id, let status, let target):
                "Signature \(id) is \(status.label.lowercased()): it cannot be merged into signature \(target), which is not a live signature of this letter."
            }
        }
    }

    /// Stores a sign-on for an open letter, tied to its current version.
    public func submit(_ request: SignatureRequest, letterID: Int, now: Date = Date()) async throws -> SubmitOutcome {
        try await database.transaction { db in
            struct Letter: Decodable { var status: String; var current_version: Int }
            guard let letter = try await db.raw("SELECT status, current_version FROM letters WHERE id = \(bind: letterID)")
                .first(decoding: Letter.self) else { throw Refusal.noSuchLetter(letterID) }
            let status = LetterStatus(rawValue: letter.status) ?? .draft
            guard status == .open else { throw Refusal.notOpen(letterID, status) }
            let stamp = Timestamp.iso(now)
            struct Existing: Decodable { var id: Int; var status: String }
            if let existing = try await db.raw("""
                SELECT id, status FROM letter_signatures WHERE letter_id = \(bind: letterID) AND email = \(bind: request.email)
                """).first(decoding: Existing.self) {
                let existingStatus = SignatureStatus(rawValue: existing.status) ?? .unconfirmed
                if [.approved, .rejected, .merged].contains(existingStatus) {
                    return .alreadyDecided(signatureID: existing.id, status: existingStatus)
                }
                try await db.raw("""
                    UPDATE letter_signatures SET version = \(bind: letter.current_version), organization = \(bind: request.organization),
                        sort_key = \(bind: OrganizationName.sortKey(request.organization)),
                        comparison_key = \(bind: OrganizationName.comparisonKey(request.organization)),
                        city = \(bind: request.city), state = \(bind: request.state), scope = \(bind: request.scope.rawValue),
                        website = \(bind: request.website), contact_name = \(bind: request.contactName),
                        status = \(bind: SignatureStatus.unconfirmed.rawValue), signed_at = \(bind: stamp), confirmed_at = NULL,
                        changed_since_version = NULL
                    WHERE id = \(bind: existing.id)
                    """).run()
                try await db.raw("DELETE FROM letter_signature_links WHERE signature_id = \(bind: existing.id)").run()
                return .folded(signatureID: existing.id, links: try await Self.issueLinks(existing.id, now: now, on: db))
            }
            guard let id = try await db.insert(into: "letter_signatures")
                .columns("letter_id", "version", "organization", "sort_key", "comparison_key", "city", "state", "scope", "website",
                         "contact_name", "email", "status", "imported", "signed_at")
                .values(letterID, letter.current_version, request.organization, OrganizationName.sortKey(request.organization),
                        OrganizationName.comparisonKey(request.organization), request.city, request.state, request.scope.rawValue,
                        request.website, request.contactName, request.email, SignatureStatus.unconfirmed.rawValue, 0, stamp)
                .returning("id").first(decodingColumn: "id", as: Int.self)
            else { throw ArchiveError.noIdentifierReturned }
            return .created(signatureID: id, links: try await Self.issueLinks(id, now: now, on: db))
        }
    }

    /// What following a link did.
    public enum LinkOutcome: Sendable, Hashable {
        case done(SignatureRow)
        /// The link is right but too old; nothing changed.
        case expired
        /// The link has been followed before; nothing changed.
        case used
        /// No such link (mistyped, or replaced by a newer sign-on).
        case unknown
    }

    public enum LinkPurpose: String, Sendable {
        case confirm
        case withdraw
    }

    /// Follows a confirmation link: an unconfirmed signature goes to review.
    public func confirm(token: String, now: Date = Date()) async throws -> LinkOutcome {
        try await follow(token, purpose: .confirm, now: now) { row, db in
            guard row.status == .unconfirmed else { return }
            try await db.raw("""
                UPDATE letter_signatures SET status = \(bind: SignatureStatus.pending.rawValue), confirmed_at = \(bind: Timestamp.iso(now))
                WHERE id = \(bind: row.id)
                """).run()
            try await AuditLog.record(AuditEvent(actor: .anonymous, action: "letter.signature_confirm", subject: "signature \(row.id)",
                                                 details: ["letter": String(row.letterID), "organization": row.organization]), on: db)
        }
    }

    /// Follows a withdrawal link: the signature is taken off the letter, whatever its state.
    public func withdraw(token: String, now: Date = Date()) async throws -> LinkOutcome {
        try await follow(token, purpose: .withdraw, now: now) { row, db in
            guard row.status != .withdrawn else { return }
            try await db.raw("""
                UPDATE letter_signatures SET status = \(bind: SignatureStatus.withdrawn.rawValue), decided_at = \(bind: Timestamp.iso(now)),
                    decided_by = \(bind: "the signatory") WHERE id = \(bind: row.id)
                """).run()
            // A withdrawn signature's confirmation link must not bring it back.
            try await db.raw("""
                UPDATE letter_signature_links SET used_at = \(bind: Timestamp.iso(now)) WHERE signature_id = \(bind: row.id) AND used_at IS NULL
                """).run()
            try await AuditLog.record(AuditEvent(actor: .anonymous, action: "letter.signature_withdraw", subject: "signature \(row.id)", details: [
                "letter": String(row.letterID), "organization": row.organization, "previous_status": row.status.rawValue,
            ]), on: db)
        }
    }

    /// The signature a link belongs to, without following it (for the page that asks "confirm?").
    public func peek(token: String, purpose: LinkPurpose, now: Date = Date()) async throws -> LinkOutcome {
        struct Link: Decodable { var signature_id: Int; var expires_at: String; var used_at: String? }
        guard let link = try await database.sql.raw("""
            SELECT signature_id, expires_at, used_at FROM letter_signature_links
            WHERE token_hash = \(bind: SignInSessions.digest(token)) AND purpose = \(bind: purpose.rawValue)
            """).first(decoding: Link.self) else { return .unknown }
        if link.used_at != nil { return .used }
        if link.expires_at <= Timestamp.iso(now) { return .expired }
        guard let row = try await LetterQueries(database: database).signature(id: link.signature_id) else { return .unknown }
        return .done(row)
    }

    private func follow(_ token: String, purpose: LinkPurpose, now: Date,
                        _ change: @escaping @Sendable (SignatureRow, any SQLDatabase) async throws -> Void) async throws -> LinkOutcome {
        try await database.transaction { db in
            struct Link: Decodable { var signature_id: Int; var expires_at: String; var used_at: String? }
            let digest = SignInSessions.digest(token)
            guard let link = try await db.raw("""
                SELECT signature_id, expires_at, used_at FROM letter_signature_links
                WHERE token_hash = \(bind: digest) AND purpose = \(bind: purpose.rawValue)
                """).first(decoding: Link.self) else { return .unknown }
            if link.used_at != nil { return .used }
            if link.expires_at <= Timestamp.iso(now) { return .expired }
            guard let row = try await db.raw("""
                SELECT \(unsafeRaw: SignatureRecord.columns) FROM letter_signatures WHERE id = \(bind: link.signature_id)
                """).first(decoding: SignatureRecord.self)?.row else { return .unknown }
            try await db.raw("UPDATE letter_signature_links SET used_at = \(bind: Timestamp.iso(now)) WHERE token_hash = \(bind: digest)").run()
            try await change(row, db)
            let after = try await db.raw("""
                SELECT \(unsafeRaw: SignatureRecord.columns) FROM letter_signatures WHERE id = \(bind: link.signature_id)
                """).first(decoding: SignatureRecord.self)?.row ?? row
            return .done(after)
        }
    }

    /// An editor's decision on one signature.
    public enum Decision: Sendable, Hashable {
        case approve
        case reject
        /// The same organization as signature `into`: this one is folded into it and not counted.
        case merge(into: Int)

        /// "approved", as the command line's refusals say it.
        var pastTense: String {
            switch self {
            case .approve: "approved"
            case .reject: "rejected"
            case .merge: "merged"
            }
        }
    }

    /// Records an editor's decision, audited with the editor's name. Only confirmed signatures
    /// (and, to undo a decision, approved or rejected ones) can be decided; a merge needs a
    /// live signature of the same letter to merge into.
    public func decide(_ decision: Decision, signatureID: Int, letterID: Int, audit actor: AuditEvent.Actor) async throws {
        try await database.transaction { db in
            guard let row = try await db.raw("""
                SELECT \(unsafeRaw: SignatureRecord.columns) FROM letter_signatures WHERE id = \(bind: signatureID) AND letter_id = \(bind: letterID)
                """).first(decoding: SignatureRecord.self)?.row else { throw Refusal.noSuchSignature(signatureID) }
            let now = Timestamp.now()
            var details = ["letter": String(letterID), "organization": row.organization, "previous_status": row.status.rawValue]
            let action: String
            switch decision {
            case .approve:
                guard [.pending, .rejected].contains(row.status) else { throw Refusal.cannotDecide(signatureID, row.status, decision) }
                try await Self.setDecision(.approved, mergedInto: nil, id: signatureID, by: actor.label, at: now, on: db)
                action = "letter.signature_approve"
            case .reject:
                guard [.pending, .approved].contains(row.status) else { throw Refusal.cannotDecide(signatureID, row.status, decision) }
                try await Self.setDecision(.rejected, mergedInto: nil, id: signatureID, by: actor.label, at: now, on: db)
                action = "letter.signature_reject"
            case .merge(let target):
                guard [.pending, .approved].contains(row.status) else { throw Refusal.cannotDecide(signatureID, row.status, decision) }
                guard target != signatureID, let into = try await db.raw("""
                    SELECT \(unsafeRaw: SignatureRecord.columns) FROM letter_signatures WHERE id = \(bind: target) AND letter_id = \(bind: letterID)
                    """).first(decoding: SignatureRecord.self)?.row, [.pending, .approved].contains(into.status)
                else { throw Refusal.notAMergeTarget(signatureID, row.status, into: target) }
                try await Self.setDecision(.merged, mergedInto: target, id: signatureID, by: actor.label, at: now, on: db)
                details["merged_into"] = String(target)
                details["merged_into_organization"] = into.organization
                action = "letter.signature_merge"
            }
            try await AuditLog.record(AuditEvent(actor: actor, action: action, subject: "signature \(signatureID)", details: details), on: db)
        }
    }

    private static func setDecision(_ status: SignatureStatus, mergedInto: Int?, id: Int, by decider: String, at now: String,
                                    on db: any SQLDatabase) async throws {
        try await db.raw("""
            UPDATE letter_signatures SET status = \(bind: status.rawValue), merged_into = \(bind: mergedInto), decided_at = \(bind: now),
                decided_by = \(bind: decider) WHERE id = \(bind: id)
            """).run()
    }

    private static func issueLinks(_ signatureID: Int, now: Date, on db: any SQLDatabase) async throws -> Links {
        let links = Links(confirm: SignInSessions.randomToken(), withdraw: SignInSessions.randomToken())
        for (token, purpose, lifetime) in [(links.confirm, LinkPurpose.confirm, confirmationLifetime),
                                           (links.withdraw, LinkPurpose.withdraw, withdrawalLifetime)] {
            try await db.insert(into: "letter_signature_links")
                .columns("token_hash", "signature_id", "purpose", "created_at", "expires_at")
                .values(SignInSessions.digest(token), signatureID, purpose.rawValue, Timestamp.iso(now),
                        Timestamp.iso(now.addingTimeInterval(lifetime))).run()
        }
        return links
    }
}
