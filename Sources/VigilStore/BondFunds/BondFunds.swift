import Foundation
import SQLKit
import VigilCore

/// A bond fund's obligors, bonds and books. Every change runs in one transaction with its
/// audit entry and its ledger postings, so a step is never recorded without its money or the
/// money without its step. Callers decide access first (`Organizations.access`).
public struct BondFunds: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// The fund `slug`, refused when there is no such organization or it is not a bond fund.
    public func fund(slug: String) async throws -> Organization {
        guard let organization = try await Organizations(database: database).organization(slug: slug) else {
            throw OrganizationError.noSuchOrganization(slug)
        }
        guard organization.kind == .bondFund else { throw BondFundError.notAFund(organization.slug) }
        return organization
    }

    // MARK: Obligors

    @discardableResult
    public func addObligor(_ obligor: Obligor, to fund: Organization, synthetic: Bool = false, by actor: AuditEvent.Actor) async throws -> Int {
        let name = obligor.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw BondFundError.blank("The obligor's name") }
        guard fund.kind == .bondFund else { throw BondFundError.notAFund(fund.slug) }
        return try await database.transaction { db in
            struct Inserted: Decodable { var id: Int }
            let inserted = try await db.raw("""
                INSERT INTO bond_obligors (organization_id, name, kind, contact, synthetic, created_at)
                VALUES (\(bind: fund.id), \(bind: name), \(bind: obligor.kind.rawValue), \(bind: obligor.contact),
                        \(bind: synthetic ? 1 : 0), \(bind: Timestamp.now())) RETURNING id
                """).first(decoding: Inserted.self)
            guard let id = inserted?.id else { throw BondFundError.blank("The new obligor's id") }
            for document in obligor.documents {
                try await db.raw("""
                    INSERT INTO bond_obligor_documents (obligor_id, title, verified_on)
                    VALUES (\(bind: id), \(bind: document.title), \(bind: document.verifiedOn.iso))
                    """).run()
            }
            // the obligor's name and contact stay out of the log: it is readable by admins outside the fund
            try await AuditLog.record(AuditEvent(actor: actor, action: "fund.obligor.add", subject: "org \(fund.slug) obligor \(id)",
                                                 details: ["kind": obligor.kind.rawValue, "documents": String(obligor.documents.count)]), on: db)
            return id
        }
    }

    public func obligors(of fund: Organization) async throws -> [Obligor] {
        struct Row: Decodable { var id: Int; var name: String; var kind: String; var contact: String }
        struct Document: Decodable { var obligor_id: Int; var title: String; var verified_on: String }
        let rows = try await database.sql.raw("""
            SELECT id, name, kind, contact FROM bond_obligors WHERE organization_id = \(bind: fund.id) ORDER BY name, id
            """).all(decoding: Row.self)
        let documents = try await database.sql.raw("""
            SELECT d.obligor_id, d.title, d.verified_on FROM bond_obligor_documents d JOIN bond_obligors o ON o.id = d.obligor_id
            WHERE o.organization_id = \(bind: fund.id) ORDER BY d.id
            """).all(decoding: Document.self)
        let byObligor = Dictionary(grouping: documents, by: \.obligor_id)
        return rows.map { row in
            Obligor(id: row.id, name: row.name, kind: ObligorKind(rawValue: row.kind) ?? .citizen, contact: row.contact,
                    documents: (byObligor[row.id] ?? []).compactMap { d in
                        CalendarDate(iso: d.verified_on).map { ObligorDocument(title: d.title, verifiedOn: $0) }
                    })
        }
    }

    // MARK: Money in

    /// Books a donation or a grant into the fund's cash.
    @discardableResult
    public func recordIncome(_ kind: LedgerEntryKind, amount: Cents, on date: CalendarDate, memo: String, in fund: Organization,
                             recordedBy recorder: String, synthetic: Bool = false, by actor: AuditEvent.Actor) async throws -> [LedgerPosting] {
        guard fund.kind == .bondFund else { throw BondFundError.notAFund(fund.slug) }
        let postings: [LedgerPosting]
        do throws(LedgerRefusal) { postings = try LedgerEntries.income(kind, amount: amount, on: date, memo: memo) } catch {
            throw BondFundError.ledger(error)
        }
        try await database.transaction { db in
            for posting in postings { try await Self.insert(posting, fund: fund, recorder: recorder, synthetic: synthetic, on: db) }
            try await AuditLog.record(AuditEvent(actor: actor, action: "fund.income", subject: "org \(fund.slug)",
                                                 details: ["kind": kind.rawValue, "amount_cents": String(amount.value), "date": date.iso]), on: db)
        }
        return postings
    }

    // MARK: Bonds

    /// Opens a bond on case `caseID` of the fund with its first step (requested).
    @discardableResult
    public func requestBond(caseID: Int, in fund: Organization, step: BondStep, today: CalendarDate = .today,
                            recordedBy recorder: String, synthetic: Bool = false, by actor: AuditEvent.Actor) async throws -> Int {
        guard fund.kind == .bondFund else { throw BondFundError.notAFund(fund.slug) }
        do throws(BondStepRefusal) { try BondLifecycle.check(step, after: [], today: today) } catch { throw BondFundError.refused(error) }
        return try await database.transaction { db in
            struct Found: Decodable { var id: Int }
            guard try await db.raw("SELECT id FROM cases WHERE id = \(bind: caseID) AND organization_id = \(bind: fund.id)")
                .first(decoding: Found.self) != nil else { throw BondFundError.noSuchCase(caseID, fund: fund.slug) }
            var requested: Int?
            if case .requested(let amount) = step.detail { requested = amount.value }
            let now = Timestamp.now()
            guard let id = try await db.raw("""
                INSERT INTO bonds (organization_id, case_id, stage, requested_cents, synthetic, created_at, updated_at)
                VALUES (\(bind: fund.id), \(bind: caseID), \(bind: step.stage.rawValue), \(bind: requested), \(bind: synthetic ? 1 : 0),
                        \(bind: now), \(bind: now)) RETURNING id
                """).first(decoding: Found.self)?.id else { throw BondFundError.noSuchCase(caseID, fund: fund.slug) }
            try await Self.insertEvent(kind: step.stage.rawValue, date: step.date, evidence: step.evidence, amount: requested, interest: nil,
                                       bondID: id, recorder: recorder, on: db)
            try await AuditLog.record(AuditEvent(actor: actor, action: "fund.bond.request", subject: "org \(fund.slug) bond \(id)",
                                                 details: ["case": String(caseID), "date": step.date.iso]), on: db)
            return id
        }
    }

    /// Records the next step of bond `bondID`, checked by `BondLifecycle` against the steps
    /// stored, with the postings it makes, in one transaction. Returns the postings.
    @discardableResult
    public func addStep(_ step: BondStep, toBond bondID: Int, in fund: Organization, today: CalendarDate = .today,
                        recordedBy recorder: String, by actor: AuditEvent.Actor) async throws -> [LedgerPosting] {
        try await database.transaction { db in
            guard let synthetic = try await Self.bondSynthetic(bondID, fund: fund, on: db) else { throw BondFundError.noSuchBond(bondID, fund: fund.slug) }
            let history = try await Self.steps(bondIDs: [bondID], on: db)[bondID] ?? []
            do throws(BondStepRefusal) { try BondLifecycle.check(step, after: history, today: today) } catch { throw BondFundError.refused(error) }
            var amount: Int?, interest: Int?
            switch step.detail {
            case .posted(let posting):
                struct Found: Decodable { var id: Int }
                guard try await db.raw("SELECT id FROM bond_obligors WHERE id = \(bind: posting.obligorID) AND organization_id = \(bind: fund.id)")
                    .first(decoding: Found.self) != nil else { throw BondFundError.noSuchObligor(posting.obligorID, fund: fund.slug) }
                amount = posting.amount.value
                try await db.raw("""
                    UPDATE bonds SET posted_cents = \(bind: posting.amount.value), posted_on = \(bind: step.date.iso),
                    i352_receipt = \(bind: posting.i352Receipt), i305_receipt = \(bind: posting.i305Receipt),
                    obligor_id = \(bind: posting.obligorID), payment_method = \(bind: posting.paymentMethod.rawValue) WHERE id = \(bind: bondID)
                    """).run()
            case .refunded(let principal, let paid):
                amount = principal.value
                interest = paid.value
            case .requested(let requested): amount = requested.value
            case .none: break
            }
            try await db.raw("UPDATE bonds SET stage = \(bind: step.stage.rawValue), updated_at = \(bind: Timestamp.now()) WHERE id = \(bind: bondID)").run()
            try await Self.insertEvent(kind: step.stage.rawValue, date: step.date, evidence: step.evidence, amount: amount, interest: interest,
                                       bondID: bondID, recorder: recorder, on: db)
            let postings = LedgerEntries.postings(for: step, bondID: bondID, postedAmount: BondLifecycle.postedAmount(history))
            for posting in postings { try await Self.insert(posting, fund: fund, recorder: recorder, synthetic: synthetic, on: db) }
            try await AuditLog.record(AuditEvent(actor: actor, action: "fund.bond.step", subject: "org \(fund.slug) bond \(bondID)",
                                                 details: ["stage": step.stage.rawValue, "date": step.date.iso,
                                                           "postings": postings.map { "\($0.kind.rawValue):\($0.amount.value)" }.joined(separator: ",")]),
                                      on: db)
            return postings
        }
    }

    /// A dated note (news of the case, a call to the obligor) or a hearing the person must attend.
    public enum Remark: String, Sendable, Hashable, CaseIterable {
        case note
        case hearing
    }

    public func addRemark(_ remark: Remark, toBond bondID: Int, in fund: Organization, on date: CalendarDate, text: String,
                          recordedBy recorder: String, by actor: AuditEvent.Actor) async throws {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if remark == .note, text.isEmpty { throw BondFundError.blank("The note") }
        try await database.transaction { db in
            guard try await Self.bondSynthetic(bondID, fund: fund, on: db) != nil else { throw BondFundError.noSuchBond(bondID, fund: fund.slug) }
            try await Self.insertEvent(kind: remark.rawValue, date: date, evidence: text, amount: nil, interest: nil, bondID: bondID,
                                       recorder: recorder, on: db)
            try await AuditLog.record(AuditEvent(actor: actor, action: "fund.bond.\(remark.rawValue)", subject: "org \(fund.slug) bond \(bondID)",
                                                 details: ["date": date.iso]), on: db)
        }
    }

    /// Every bond of the fund with its case's name, facility and hearing, oldest first. The
    /// names are case data: the read is audited as one `fund.bonds.read` entry.
    public func bonds(of fund: Organization, by reader: CaseArchive.Reader) async throws -> [Bond] {
        let bonds = try await Self.bonds(organizationID: fund.id, on: database.sql)
        if !bonds.isEmpty {
            try await AuditLog.record(AuditEvent(actor: reader.actor, action: "fund.bonds.read", subject: "org \(fund.slug)",
                                                 details: ["ground": reader.ground, "purpose": reader.purpose,
                                                           "cases": bonds.map { String($0.caseID) }.joined(separator: ",")]),
                                      on: database.sql)
        }
        return bonds
    }

    /// The fund's postings, oldest first.
    public func postings(of fund: Organization) async throws -> [LedgerPosting] {
        struct Row: Decodable {
            var posted_on: String; var debit_account: String; var credit_account: String; var amount_cents: Int
            var kind: String; var memo: String; var bond_id: Int?
        }
        return try await database.sql.raw("""
            SELECT posted_on, debit_account, credit_account, amount_cents, kind, memo, bond_id FROM ledger_postings
            WHERE organization_id = \(bind: fund.id) ORDER BY posted_on, id
            """).all(decoding: Row.self).compactMap { row in
            guard let date = CalendarDate(iso: row.posted_on), let debit = LedgerAccount(rawValue: row.debit_account),
                  let credit = LedgerAccount(rawValue: row.credit_account), let kind = LedgerEntryKind(rawValue: row.kind) else { return nil }
            return LedgerPosting(date: date, debit: debit, credit: credit, amount: Cents(row.amount_cents), kind: kind, memo: row.memo, bondID: row.bond_id)
        }
    }

    /// Every account's balance at the end of `day` (or now).
    public func balances(of fund: Organization, through day: CalendarDate? = nil) async throws -> LedgerBalances {
        LedgerBalances(try await postings(of: fund), through: day)
    }

    // MARK: Rows

    static func insert(_ posting: LedgerPosting, fund: Organization, recorder: String, synthetic: Bool, on db: any SQLDatabase) async throws {
        try await db.raw("""
            INSERT INTO ledger_postings (organization_id, posted_on, debit_account, credit_account, amount_cents, kind, memo, bond_id,
                                         synthetic, recorded_by, recorded_at)
            VALUES (\(bind: fund.id), \(bind: posting.date.iso), \(bind: posting.debit.rawValue), \(bind: posting.credit.rawValue),
                    \(bind: posting.amount.value), \(bind: posting.kind.rawValue), \(bind: posting.memo), \(bind: posting.bondID),
                    \(bind: synthetic ? 1 : 0), \(bind: recorder), \(bind: Timestamp.now()))
            """).run()
    }

    static func insertEvent(kind: String, date: CalendarDate, evidence: String, amount: Int?, interest: Int?, bondID: Int,
                            recorder: String, on db: any SQLDatabase) async throws {
        try await db.raw("""
            INSERT INTO bond_events (bond_id, kind, occurred_on, evidence, amount_cents, interest_cents, recorded_by, recorded_at)
            VALUES (\(bind: bondID), \(bind: kind), \(bind: date.iso), \(bind: evidence), \(bind: amount), \(bind: interest),
                    \(bind: recorder), \(bind: Timestamp.now()))
            """).run()
    }

    /// Whether bond `id` of `fund` is synthetic; nil when the fund has no such bond.
    static func bondSynthetic(_ id: Int, fund: Organization, on db: any SQLDatabase) async throws -> Bool? {
        struct Row: Decodable { var synthetic: Int }
        return try await db.raw("SELECT synthetic FROM bonds WHERE id = \(bind: id) AND organization_id = \(bind: fund.id)")
            .first(decoding: Row.self).map { $0.synthetic != 0 }
    }

    struct EventRow: Decodable {
        var bond_id: Int; var kind: String; var occurred_on: String; var evidence: String; var amount_cents: Int?; var interest_cents: Int?
    }

    /// The lifecycle steps of each bond, oldest first, rebuilt from `bond_events` and the bond's posting columns.
    static func steps(bondIDs: [Int], on db: any SQLDatabase) async throws -> [Int: [BondStep]] {
        try await history(bondIDs: bondIDs, on: db).steps
    }

    static func history(bondIDs: [Int], on db: any SQLDatabase) async throws -> (steps: [Int: [BondStep]], remarks: [Int: [(Remark, BondNote)]]) {
        guard !bondIDs.isEmpty else { return ([:], [:]) }
        struct Posting: Decodable {
            var id: Int; var posted_cents: Int?; var i352_receipt: String?; var i305_receipt: String?; var obligor_id: Int?; var payment_method: String?
        }
        let postings = Dictionary(uniqueKeysWithValues: try await db.raw("""
            SELECT id, posted_cents, i352_receipt, i305_receipt, obligor_id, payment_method FROM bonds WHERE id IN (\(binds: bondIDs))
            """).all(decoding: Posting.self).map { ($0.id, $0) })
        let events = try await db.raw("""
            SELECT bond_id, kind, occurred_on, evidence, amount_cents, interest_cents FROM bond_events WHERE bond_id IN (\(binds: bondIDs))
            ORDER BY occurred_on, id
            """).all(decoding: EventRow.self)
        var steps: [Int: [BondStep]] = [:]
        var remarks: [Int: [(Remark, BondNote)]] = [:]
        for event in events {
            guard let date = CalendarDate(iso: event.occurred_on) else { continue }
            if let remark = Remark(rawValue: event.kind) {
                remarks[event.bond_id, default: []].append((remark, BondNote(date: date, text: event.evidence)))
                continue
            }
            guard let stage = BondStage(rawValue: event.kind) else { continue }
            var detail = BondStep.Detail.none
            switch stage {
            case .requested: if let amount = event.amount_cents { detail = .requested(amount: Cents(amount)) }
            case .posted:
                if let p = postings[event.bond_id], let amount = p.posted_cents, let obligor = p.obligor_id {
                    detail = .posted(BondPosting(amount: Cents(amount), i352Receipt: p.i352_receipt ?? "", i305Receipt: p.i305_receipt ?? "",
                                                 obligorID: obligor, paymentMethod: p.payment_method.flatMap(PaymentMethod.init(rawValue:)) ?? .ach))
                }
            case .refunded: detail = .refunded(principal: Cents(event.amount_cents ?? 0), interest: Cents(event.interest_cents ?? 0))
            default: break
            }
            steps[event.bond_id, default: []].append(BondStep(stage: stage, date: date, evidence: event.evidence, detail: detail))
        }
        return (steps, remarks)
    }

    static func bonds(organizationID: Int?, on db: any SQLDatabase) async throws -> [Bond] {
        struct Row: Decodable {
            var id: Int; var case_id: Int; var name: String; var facility_key: String; var detained_on: String; var next_hearing: String?
        }
        var query: SQLQueryString = """
            SELECT b.id, b.case_id, c.name, c.facility_key, c.detained_on, c.next_hearing FROM bonds b JOIN cases c ON c.id = b.case_id
            """
        if let organizationID { query += " WHERE b.organization_id = \(bind: organizationID)" }
        query += " ORDER BY b.id"
        let rows = try await db.raw(query).all(decoding: Row.self)
        let (steps, remarks) = try await history(bondIDs: rows.map(\.id), on: db)
        return rows.map { row in
            let own = remarks[row.id] ?? []
            let hearings = own.filter { $0.0 == .hearing }.map(\.1.date) + [row.next_hearing.flatMap { CalendarDate(iso: $0) }].compactMap { $0 }
            return Bond(id: row.id, caseID: row.case_id, personName: row.name, facility: row.facility_key,
                        detainedOn: CalendarDate(iso: row.detained_on) ?? CalendarDate(year: 1970, month: 1, day: 1)!,
                        steps: steps[row.id] ?? [], notes: own.filter { $0.0 == .note }.map(\.1), hearings: hearings)
        }
    }
}
