import Foundation
import SQLKit
import VigilCore

/// The one way in to case records: every read and every change goes through here, and each is
/// written to the audit log (who, when, which case, what) — a change in the same transaction,
/// a read before the case is handed back. The A-number, date of birth and medical notes are
/// sealed with `VIGIL_DATA_KEY` on the way in and opened on the way out; no other layer sees
/// ciphertext or the key. Callers decide access first (`Organizations.access`); the archive
/// only ever reads a case inside the organization it is asked about.
public struct CaseArchive: Sendable {
    public let database: VigilDatabase
    let cipher: FieldCipher

    public init(database: VigilDatabase, key: DataKey) {
        self.database = database
        self.cipher = FieldCipher(key: key)
    }

    /// Why a change was refused. Nothing was stored.
    public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        case unknownFacility(String)
        case noSuchCase(Int)

        public var description: String {
            switch self {
            case .unknownFacility(let identifier):
                "No facility is known as “\(identifier)”: give a registry DETLOC code (e.g. STWRTGA) or a facility key as in its page's address."
            case .noSuchCase(let id): "There is no case \(id) in this organization."
            }
        }
    }

    /// How a read is recorded: who, on what ground (`member:attorney`, `break-glass`), and what for (`page`, `draft:parole`).
    public struct Reader: Sendable, Hashable {
        public var actor: AuditEvent.Actor
        public var ground: String
        public var purpose: String

        public init(actor: AuditEvent.Actor, ground: String, purpose: String) {
            self.actor = actor
            self.ground = ground
            self.purpose = purpose
        }
    }

    // MARK: Changes

    /// Stores a new case for `organization` with its first custody event (detained, at the
    /// facility, on the date detained), audited as `case.add`. Returns its id.
    @discardableResult
    public func add(_ file: CaseFile, to organization: Organization, recordedBy recorder: String, audit actor: AuditEvent.Actor) async throws -> Int {
        try await database.transaction { db in
            guard let facility = try await IncidentFacilities.resolve(file.facility, on: db) else { throw Refusal.unknownFacility(file.facility) }
            var file = file
            file.facility = facility.key
            let id = try await insert(file, organizationID: organization.id, synthetic: false, importedFrom: nil, recorder: recorder, on: db)
            try await AuditLog.record(AuditEvent(actor: actor, action: "case.add", subject: "case \(id)",
                                                 details: ["org": organization.slug]), on: db)
            return id
        }
    }

    /// Replaces a case's fields (not its custody history), audited as `case.update` with the
    /// names of the fields that changed (never their values: the log is no copy of the case).
    public func update(id: Int, in organization: Organization, to file: CaseFile, audit actor: AuditEvent.Actor) async throws {
        try await database.transaction { db in
            guard let row = try await Self.row(id: id, organizationID: organization.id, on: db) else { throw Refusal.noSuchCase(id) }
            guard let facility = try await IncidentFacilities.resolve(file.facility, on: db) else { throw Refusal.unknownFacility(file.facility) }
            var file = file
            file.facility = facility.key
            let before = try row.file(cipher: cipher, evidence: try await Self.evidence(caseID: id, on: db))
            let changed = Self.changedFields(before, file)
            guard !changed.isEmpty else { return }
            let sealedANumber = try cipher.seal(file.aNumber.digits, column: "a_number")
            let sealedBirth = try cipher.seal(file.birthDate.iso, column: "birth_date")
            let sealedNotes = try file.medicalNotes.map { try cipher.seal($0, column: "medical_notes") }
            try await db.raw("""
                UPDATE cases SET name = \(bind: file.name), a_number_sealed = \(bind: sealedANumber),
                    birth_date_sealed = \(bind: sealedBirth),
                    citizenship = \(bind: file.citizenship), languages = \(bind: CaseRow.joined(file.languages)),
                    facility_key = \(bind: file.facility), detained_on = \(bind: file.detainedOn.iso), entry_date = \(bind: file.entryDate?.iso),
                    entry_manner = \(bind: file.entryManner), court = \(bind: file.court), next_hearing = \(bind: file.nextHearing?.iso),
                    custody_status = \(bind: file.custodyStatus.rawValue), prior_bond_cents = \(bind: file.priorBondCents),
                    counsel = \(bind: file.counsel), sponsor_name = \(bind: file.sponsor.name), sponsor_relation = \(bind: file.sponsor.relation),
                    sponsor_address = \(bind: file.sponsor.address), sponsor_status = \(bind: file.sponsor.status),
                    continuously_present_since = \(bind: file.continuouslyPresentSince?.iso), pregnant = \(bind: file.pregnant ? 1 : 0),
                    postpartum_since = \(bind: file.postpartumSince?.iso), nursing = \(bind: file.nursing ? 1 : 0),
                    conditions = \(bind: CaseRow.joined(file.conditions)), serious_mental_disorder = \(bind: file.seriousMentalDisorder ? 1 : 0),
                    disability = \(bind: file.disability ? 1 : 0), criminal = \(bind: CaseRow.joined(file.criminal.map(\.rawValue))),
                    arriving = \(bind: file.arriving ? 1 : 0), final_order = \(bind: file.finalOrder ? 1 : 0),
                    medical_notes_sealed = \(bind: sealedNotes),
                    notes = \(bind: file.notes), updated_at = \(bind: Timestamp.now())
                WHERE id = \(bind: id) AND organization_id = \(bind: organization.id)
                """).run()
            try await db.raw("DELETE FROM case_evidence WHERE case_id = \(bind: id)").run()
            try await Self.insertEvidence(file.evidence, caseID: id, on: db)
            try await AuditLog.record(AuditEvent(actor: actor, action: "case.update", subject: "case \(id)",
                                                 details: ["org": organization.slug, "fields": changed.map(\.rawValue).joined(separator: ",")]),
                                      on: db)
        }
    }

    /// Adds a custody event, audited as `case.event`. A detention or transfer moves the case
    /// to the facility it names (which must resolve); an event that changes custody changes the status.
    public func addEvent(_ event: CustodyEvent, toCase id: Int, in organization: Organization, recordedBy recorder: String,
                         audit actor: AuditEvent.Actor) async throws {
        try await database.transaction { db in
            guard try await Self.row(id: id, organizationID: organization.id, on: db) != nil else { throw Refusal.noSuchCase(id) }
            var facilityKey: String?
            if let named = event.facility {
                guard let facility = try await IncidentFacilities.resolve(named, on: db) else { throw Refusal.unknownFacility(named) }
                facilityKey = facility.key
            }
            try await Self.insertEvent(event, facilityKey: facilityKey, caseID: id, recorder: recorder, on: db)
            if event.kind.needsFacility, let facilityKey {
                try await db.raw("UPDATE cases SET facility_key = \(bind: facilityKey), updated_at = \(bind: Timestamp.now()) WHERE id = \(bind: id)").run()
            }
            if let status = event.kind.resultingStatus {
                try await db.raw("UPDATE cases SET custody_status = \(bind: status.rawValue), updated_at = \(bind: Timestamp.now()) WHERE id = \(bind: id)").run()
            }
            var details = ["org": organization.slug, "kind": event.kind.rawValue, "date": event.date.iso]
            if let facilityKey { details["facility"] = facilityKey }
            try await AuditLog.record(AuditEvent(actor: actor, action: "case.event", subject: "case \(id)", details: details), on: db)
        }
    }

    /// What an import did.
    public struct ImportReport: Sendable, Hashable {
        public var added: Int
        public var alreadyStored: Int
    }

    /// Stores a CSV file's cases into `organization`, all or nothing, with one `case.import`
    /// audit entry. Every row's facility must resolve, or the file is refused naming the rows
    /// and nothing is stored. Rows of the same file stored before are skipped.
    public func importBatch(_ list: CaseList, into organization: Organization, recordedBy recorder: String,
                            audit actor: AuditEvent.Actor) async throws -> ImportReport {
        try await database.transaction { db in
            var resolved: [String: String] = [:]
            var unknown: [(row: Int, facility: String)] = []
            for entry in list.entries where resolved[entry.file.facility] == nil {
                if let facility = try await IncidentFacilities.resolve(entry.file.facility, on: db) {
                    resolved[entry.file.facility] = facility.key
                } else {
                    unknown.append((entry.row, entry.file.facility))
                }
            }
            if !unknown.isEmpty {
                let file = list.source.fileName
                if unknown.count == 1, let only = unknown.first {
                    throw ImportFailure(file: file, row: only.row, column: CaseField.facility.rawValue,
                                        "no facility is known as “\(only.facility)”: use a registry DETLOC code. Nothing was imported.")
                }
                throw ImportFailure(file: file, "\(unknown.count) rows name facilities Vigil does not know; nothing was imported.\n  "
                                    + unknown.prefix(50).map { "row \($0.row), column \"facility\": “\($0.facility)”" }.joined(separator: "\n  "))
            }
            struct Stored: Decodable { var import_row: Int }
            let stored = Set(try await db.raw("""
                SELECT import_row FROM cases WHERE organization_id = \(bind: organization.id) AND import_sha256 = \(bind: list.source.sha256)
                """).all(decoding: Stored.self).map(\.import_row))
            var added = 0
            for entry in list.entries where !stored.contains(entry.row) {
                var file = entry.file
                file.facility = resolved[file.facility]!
                try await insert(file, organizationID: organization.id, synthetic: false, importedFrom: (list.source.sha256, entry.row),
                                 recorder: recorder, on: db)
                added += 1
            }
            if added > 0 {
                try await AuditLog.record(AuditEvent(actor: actor, action: "case.import", subject: list.source.fileName, details: [
                    "org": organization.slug, "sha256": list.source.sha256, "added": String(added),
                    "already_stored": String(list.entries.count - added),
                ]), on: db)
            }
            return ImportReport(added: added, alreadyStored: list.entries.count - added)
        }
    }

    // MARK: Reads (each audited)

    /// One case of `organization`, audited as `case.read`; nil (and no audit entry) when the
    /// organization has no such case.
    public func read(id: Int, in organization: Organization, by reader: Reader) async throws -> StoredCase? {
        guard let row = try await Self.row(id: id, organizationID: organization.id, on: database.sql) else { return nil }
        let stored = try await open(row)
        try await AuditLog.record(AuditEvent(actor: reader.actor, action: "case.read", subject: "case \(id)",
                                             details: ["org": organization.slug, "ground": reader.ground, "purpose": reader.purpose]),
                                  on: database.sql)
        return stored
    }

    /// Every case of `organization`, newest first, audited as one `case.list` entry naming each case read.
    public func list(_ organization: Organization, by reader: Reader) async throws -> [StoredCase] {
        let rows = try await database.sql.raw("""
            SELECT \(unsafeRaw: CaseRow.columns) FROM cases WHERE organization_id = \(bind: organization.id) ORDER BY id DESC
            """).all(decoding: CaseRow.self)
        var cases: [StoredCase] = []
        for row in rows { cases.append(try await open(row)) }
        if !cases.isEmpty {
            try await AuditLog.record(AuditEvent(actor: reader.actor, action: "case.list", subject: "org \(organization.slug)",
                                                 details: ["ground": reader.ground, "purpose": reader.purpose,
                                                           "cases": cases.map { String($0.id) }.joined(separator: ",")]),
                                      on: database.sql)
        }
        return cases
    }

    /// How many cases the database holds, in every organization. Needs no key: `serve` asks
    /// this before deciding whether it may start without one.
    public static func count(in database: VigilDatabase) async throws -> Int {
        struct Count: Decodable { var n: Int }
        return try await database.sql.raw("SELECT COUNT(*) AS n FROM cases").first(decoding: Count.self)?.n ?? 0
    }

    /// Throws when this key does not open the stored cases (it is not the key they were sealed with).
    public func verifyKey() async throws {
        struct Sealed: Decodable { var a_number_sealed: String }
        guard let one = try await database.sql.raw("SELECT a_number_sealed FROM cases ORDER BY id LIMIT 1").first(decoding: Sealed.self) else { return }
        _ = try cipher.open(one.a_number_sealed, column: "a_number")
    }

    // MARK: Demo

    /// Stores the demo organization and its synthetic cases, unless it is there already. Returns how many cases were added.
    @discardableResult
    public func loadDemo(_ files: [CaseFile]) async throws -> Int {
        if try await Organizations(database: database).organization(slug: DemoCases.organizationSlug) != nil { return 0 }
        let organization = try await Organizations(database: database).add(name: DemoCases.organizationName, slug: DemoCases.organizationSlug,
                                                                            kind: .legalTeam, synthetic: true, by: .commandLine)
        return try await database.transaction { db in
            var added = 0
            for file in files {
                guard let facility = try await IncidentFacilities.resolve(file.facility, on: db) else { continue }
                var file = file
                file.facility = facility.key
                try await insert(file, organizationID: organization.id, synthetic: true, importedFrom: nil, recorder: "demo", on: db)
                added += 1
            }
            try await AuditLog.record(AuditEvent(actor: .commandLine, action: "case.demo_load", subject: "org \(organization.slug)",
                                                 details: ["added": String(added)]), on: db)
            return added
        }
    }

    /// Deletes the demo organization and its cases, once real data has replaced the demo. Needs no key.
    @discardableResult
    public static func removeDemo(from database: VigilDatabase) async throws -> Int {
        try await database.transaction { db in
            struct Count: Decodable { var n: Int }
            let count = try await db.raw("SELECT COUNT(*) AS n FROM cases WHERE synthetic = 1").first(decoding: Count.self)?.n ?? 0
            // the demo bond fund's bonds refer to its synthetic cases: they go first
            try await BondFunds.removeDemo(on: db)
            try await db.raw("DELETE FROM cases WHERE synthetic = 1").run()
            try await db.raw("DELETE FROM organizations WHERE synthetic = 1 AND id NOT IN (SELECT organization_id FROM cases)").run()
            if count > 0 {
                try await AuditLog.record(AuditEvent(actor: .commandLine, action: "case.demo_remove", details: ["removed": String(count)]), on: db)
            }
            return count
        }
    }

    // MARK: Rows

    static func row(id: Int, organizationID: Int, on db: any SQLDatabase) async throws -> CaseRow? {
        try await db.raw("""
            SELECT \(unsafeRaw: CaseRow.columns) FROM cases WHERE id = \(bind: id) AND organization_id = \(bind: organizationID)
            """).first(decoding: CaseRow.self)
    }

    func open(_ row: CaseRow) async throws -> StoredCase {
        let db = database.sql
        let file = try row.file(cipher: cipher, evidence: try await Self.evidence(caseID: row.id, on: db))
        struct EventRow: Decodable {
            var kind: String; var occurred_on: String; var facility_key: String?; var amount_cents: Int?; var note: String?
            var recorded_by: String; var recorded_at: String
        }
        var events: [StoredCustodyEvent] = []
        for e in try await db.raw("""
            SELECT kind, occurred_on, facility_key, amount_cents, note, recorded_by, recorded_at FROM case_events
            WHERE case_id = \(bind: row.id) ORDER BY occurred_on, id
            """).all(decoding: EventRow.self) {
            guard let kind = CustodyEvent.Kind(rawValue: e.kind), let date = CalendarDate(iso: e.occurred_on) else { continue }
            var name: String?
            if let key = e.facility_key { name = try await IncidentFacilities.resolve(key, on: db)?.name }
            events.append(StoredCustodyEvent(event: CustodyEvent(kind: kind, date: date, facility: e.facility_key, amountCents: e.amount_cents,
                                                                 note: e.note),
                                             facilityName: name, recordedBy: e.recorded_by, recordedAt: e.recorded_at))
        }
        let facilityName = try await IncidentFacilities.resolve(row.facility_key, on: db)?.name
        return StoredCase(id: row.id, organizationID: row.organization_id, file: file, facilityName: facilityName, events: events,
                          synthetic: row.synthetic != 0, createdAt: row.created_at, updatedAt: row.updated_at)
    }

    static func evidence(caseID: Int, on db: any SQLDatabase) async throws -> [EvidenceDocument] {
        struct Row: Decodable { var fact: String; var title: String; var dated_on: String?; var status: String }
        return try await db.raw("""
            SELECT fact, title, dated_on, status FROM case_evidence WHERE case_id = \(bind: caseID) ORDER BY position
            """).all(decoding: Row.self).map {
            EvidenceDocument(fact: $0.fact, title: $0.title, date: $0.dated_on.flatMap { CalendarDate(iso: $0) },
                             status: EvidenceDocument.Status(rawValue: $0.status) ?? .missing)
        }
    }

    /// Stores one case and returns its id (imports and the demo, counting, need no id).
    @discardableResult
    func insert(_ file: CaseFile, organizationID: Int, synthetic: Bool, importedFrom: (sha256: String, row: Int)?,
                recorder: String, on db: any SQLDatabase) async throws -> Int {
        let now = Timestamp.now()
        let sealedANumber = try cipher.seal(file.aNumber.digits, column: "a_number")
        let sealedBirth = try cipher.seal(file.birthDate.iso, column: "birth_date")
        let sealedNotes = try file.medicalNotes.map { try cipher.seal($0, column: "medical_notes") }
        struct Inserted: Decodable { var id: Int }
        guard let id = try await db.raw("""
            INSERT INTO cases (organization_id, name, a_number_sealed, birth_date_sealed, citizenship, languages, facility_key, detained_on,
                entry_date, entry_manner, court, next_hearing, custody_status, prior_bond_cents, counsel, sponsor_name, sponsor_relation,
                sponsor_address, sponsor_status, continuously_present_since, pregnant, postpartum_since, nursing, conditions,
                serious_mental_disorder, disability, criminal, arriving, final_order, medical_notes_sealed, notes, synthetic,
                import_sha256, import_row, created_at, updated_at)
            VALUES (\(bind: organizationID), \(bind: file.name), \(bind: sealedANumber), \(bind: sealedBirth), \(bind: file.citizenship),
                \(bind: CaseRow.joined(file.languages)), \(bind: file.facility), \(bind: file.detainedOn.iso), \(bind: file.entryDate?.iso),
                \(bind: file.entryManner), \(bind: file.court), \(bind: file.nextHearing?.iso), \(bind: file.custodyStatus.rawValue),
                \(bind: file.priorBondCents), \(bind: file.counsel), \(bind: file.sponsor.name), \(bind: file.sponsor.relation),
                \(bind: file.sponsor.address), \(bind: file.sponsor.status), \(bind: file.continuouslyPresentSince?.iso),
                \(bind: file.pregnant ? 1 : 0), \(bind: file.postpartumSince?.iso), \(bind: file.nursing ? 1 : 0),
                \(bind: CaseRow.joined(file.conditions)), \(bind: file.seriousMentalDisorder ? 1 : 0), \(bind: file.disability ? 1 : 0),
                \(bind: CaseRow.joined(file.criminal.map(\.rawValue))), \(bind: file.arriving ? 1 : 0), \(bind: file.finalOrder ? 1 : 0),
                \(bind: sealedNotes), \(bind: file.notes), \(bind: synthetic ? 1 : 0), \(bind: importedFrom?.sha256), \(bind: importedFrom?.row),
                \(bind: now), \(bind: now))
            RETURNING id
            """).first(decoding: Inserted.self)?.id
        else { throw ArchiveError.noIdentifierReturned }
        try await Self.insertEvidence(file.evidence, caseID: id, on: db)
        try await Self.insertEvent(CustodyEvent(kind: .detained, date: file.detainedOn, facility: file.facility), facilityKey: file.facility,
                                   caseID: id, recorder: recorder, on: db)
        return id
    }

    static func insertEvidence(_ documents: [EvidenceDocument], caseID: Int, on db: any SQLDatabase) async throws {
        for (position, document) in documents.enumerated() {
            try await db.raw("""
                INSERT INTO case_evidence (case_id, position, fact, title, dated_on, status)
                VALUES (\(bind: caseID), \(bind: position), \(bind: document.fact), \(bind: document.title), \(bind: document.date?.iso),
                        \(bind: document.status.rawValue))
                """).run()
        }
    }

    static func insertEvent(_ event: CustodyEvent, facilityKey: String?, caseID: Int, recorder: String, on db: any SQLDatabase) async throws {
        try await db.raw("""
            INSERT INTO case_events (case_id, kind, occurred_on, facility_key, amount_cents, note, recorded_by, recorded_at)
            VALUES (\(bind: caseID), \(bind: event.kind.rawValue), \(bind: event.date.iso), \(bind: facilityKey), \(bind: event.amountCents),
                    \(bind: event.note), \(bind: recorder), \(bind: Timestamp.now()))
            """).run()
    }

    /// The fields whose values differ, by name.
    static func changedFields(_ a: CaseFile, _ b: CaseFile) -> [CaseField] {
        let before = CaseDraft(a), after = CaseDraft(b)
        return CaseField.allCases.filter { before[$0] != after[$0] }
    }
}
