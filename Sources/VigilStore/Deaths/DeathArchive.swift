import Foundation
import SQLKit
import VigilCore

/// Stores lists of deaths in ICE custody: each file once (by SHA-256), each death once
/// across lists, each list's row kept as a report citing its file.
///
/// A report is the same death as one already stored when `DeathReport.isSameDeath` says so
/// and their accepted facility codes do not differ. Such a report is added as another source
/// and fills only what the death still lacks (a date where the first list gave a year, a
/// cause, a type, an operator); it never adds a death. So a newer edition of a list adds only
/// the deaths it is first to report, and re-importing a file changes nothing.
///
/// Facilities are tied with `FacilityNameMatcher` against every name the registry knows;
/// deaths not yet tied (unlinked, or doubtful) are matched again on each import, so a registry
/// imported later links them.
public struct DeathArchive: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    public enum Outcome: Sendable, Hashable {
        case imported(DeathImportReport)
        case alreadyArchived(asFileName: String)
    }

    /// What one import did, for the command's report.
    public struct DeathImportReport: Sendable, Hashable {
        public var newDeaths: Int
        /// Reports of deaths another list (or an earlier edition) already gave.
        public var alreadyKnown: Int
        /// `name — facility, state` of deaths whose facility the registry does not know.
        public var unlinked: [String]
        /// `name — facility → suggested code (confidence)` of links awaiting review.
        public var doubtful: [String]
        /// The reader's notes: refused rows, merged duplicates.
        public var notes: [String]
        /// Deaths that probably repeat another a few days apart, waiting for a person's review.
        public var likelyDuplicates: [String] = []
    }

    struct StoredDeath: Decodable, Sendable {
        var id: Int; var person_name: String; var death_date: String?; var year: Int; var facility_name: String
        var facility_state: String?; var facility_city: String?; var facility_zip: String?; var facility_code: String?
        var link_method: String
        var facility_address: String?
        var suggested_code: String?
        var link_confidence: Double?
        var duplicate_of: Int?
        var duplicate_status: String?
        var link_evidence: String?

        var report: DeathReport {
            var r = DeathReport(sourceRow: 0, personName: person_name, date: death_date.flatMap { CalendarDate(iso: $0) },
                                year: year, facilityName: facility_name)
            r.facilityState = facility_state
            r.facilityCity = facility_city
            r.facilityZip = facility_zip
            r.facilityAddress = facility_address
            return r
        }
    }

    public func importList(_ list: DeathList) async throws -> Outcome {
        try await database.transaction { db in
            if let existing = try await ArchivedFile.find(list.source.sha256, in: .deathSources, on: db) {
                return .alreadyArchived(asFileName: existing.fileName)
            }
            try await db.insert(into: "death_sources")
                .columns("sha256", "file_name", "format", "byte_count", "row_count", "notes_json", "imported_at")
                .values(list.source.sha256, list.source.fileName, list.format.rawValue, list.source.byteCount, list.rowCount,
                        JSONText.encode(list.notes), Timestamp.now())
                .run()
            let matcher = try await Self.matcher(on: db)
            try await Self.relink(on: db, matcher: matcher)
            var stored = try await db.raw("SELECT * FROM deaths ORDER BY id").all(decoding: StoredDeath.self)
            var report = DeathImportReport(newDeaths: 0, alreadyKnown: 0, unlinked: [], doubtful: [], notes: list.notes)
            for death in list.deaths {
                let link = Self.link(death, matcher: matcher)
                let code = Self.isAccepted(link.method) ? link.code : nil
                let known = stored.first { s in
                    s.report.isSameDeath(as: death) && !(s.facility_code != nil && code != nil && s.facility_code != code)
                }
                let deathID: Int
                if let known {
                    // A confirmed duplicate holds no reports of its own: they belong to the death it repeats.
                    deathID = known.duplicate_status == DuplicateStatus.confirmed.rawValue ? (known.duplicate_of ?? known.id) : known.id
                    report.alreadyKnown += 1
                    try await db.raw("""
                        UPDATE deaths SET death_date = COALESCE(death_date, \(bind: death.date?.iso)),
                            facility_type = COALESCE(facility_type, \(bind: death.facilityType)),
                            operator = COALESCE(operator, \(bind: death.operatorName)),
                            cause = COALESCE(cause, \(bind: death.cause)),
                            facility_state = COALESCE(facility_state, \(bind: death.facilityState)),
                            facility_address = COALESCE(facility_address, \(bind: death.facilityAddress))
                        WHERE id = \(bind: deathID)
                        """).run()
                    // The death's own facility tied to no code, and this list's report of the same person
                    // does: linked through it, saying so (`relink` keeps it so on later imports).
                    if known.facility_code == nil, !Self.isDecided(known.link_method), let code {
                        try await db.raw("""
                            UPDATE deaths SET facility_code = \(bind: code), suggested_code = NULL, link_method = \(bind: Self.sameDeathMethod),
                                link_confidence = \(bind: min(link.confidence ?? 1, Self.sameDeathConfidence)),
                                link_evidence = \(bind: Self.sameDeathEvidence(list.source.fileName, death.facilityName)) WHERE id = \(bind: deathID)
                            """).run()
                        if let i = stored.firstIndex(where: { $0.id == known.id }) { stored[i].facility_code = code }
                    }
                } else {
                    guard let id = try await db.insert(into: "deaths")
                        .columns("person_name", "name_key", "death_date", "year", "facility_name", "facility_state", "facility_city",
                                 "facility_zip", "facility_address", "facility_code", "suggested_code", "link_method", "link_confidence",
                                 "facility_type", "operator", "cause")
                        .values(death.personName, PersonName.key(death.personName), death.date?.iso, death.year, death.facilityName,
                                death.facilityState, death.facilityCity, death.facilityZip, death.facilityAddress, code,
                                code == nil ? link.code : nil, link.method, link.confidence,
                                death.facilityType, death.operatorName, death.cause)
                        .returning("id").first(decodingColumn: "id", as: Int.self)
                    else { throw ArchiveError.noIdentifierReturned }
                    deathID = id
                    report.newDeaths += 1
                    stored.append(StoredDeath(id: id, person_name: death.personName, death_date: death.date?.iso, year: death.year,
                                              facility_name: death.facilityName, facility_state: death.facilityState,
                                              facility_city: death.facilityCity, facility_zip: death.facilityZip,
                                              facility_code: code, link_method: link.method, facility_address: death.facilityAddress))
                    let label = "row \(death.sourceRow): \(death.personName) — \(death.facilityName), \(death.facilityState ?? "state unknown")"
                    if link.method == "none" { report.unlinked.append(label) }
                    if link.method == "doubtful" {
                        report.doubtful.append("\(label) → \(link.code ?? "?") (confidence \(link.confidence.map { $0.fixedDecimals(2) } ?? "?"))")
                    }
                }
                try await db.insert(into: "death_reports")
                    .columns("death_id", "source_sha256", "source_row", "person_name", "death_date", "year", "facility_name",
                             "facility_state", "facility_type", "operator", "cause", "source_url")
                    .values(deathID, list.source.sha256, death.sourceRow, death.personName, death.date?.iso, death.year,
                            death.facilityName, death.facilityState, death.facilityType, death.operatorName, death.cause, death.sourceURL)
                    .run()
            }
            // Every report is in: a death whose own facility ties to nothing may now tie through another list's.
            try await Self.relink(on: db, matcher: matcher)
            report.likelyDuplicates = try await Self.markLikelyDuplicates(on: db)
            return .imported(report)
        }
    }

    // MARK: Likely duplicates

    public enum DuplicateStatus: String, Sendable {
        /// Waiting for a person; not counted.
        case pending
        /// The same death as the one it points at; its reports moved there; not counted.
        case confirmed
        /// Another death after all; counted on its own.
        case rejected
    }

    /// Marks each death that probably repeats an earlier one (`DeathReport.isLikelyDuplicate`)
    /// as a pending duplicate of it, unless a person already decided. Returns what it marked.
    static func markLikelyDuplicates(on db: any SQLDatabase) async throws -> [String] {
        let all = try await db.raw("SELECT * FROM deaths ORDER BY id").all(decoding: StoredDeath.self)
        let standing = all.filter { $0.duplicate_status == nil || $0.duplicate_status == DuplicateStatus.rejected.rawValue }
        var marked: [String] = []
        for death in all where death.duplicate_status == nil {
            let report = death.report
            guard let original = standing.first(where: { $0.id < death.id && $0.report.isLikelyDuplicate(of: report) }) else { continue }
            try await db.raw("""
                UPDATE deaths SET duplicate_of = \(bind: original.id), duplicate_status = \(bind: DuplicateStatus.pending.rawValue)
                WHERE id = \(bind: death.id)
                """).run()
            marked.append("\(death.person_name), \(death.death_date ?? String(death.year)) — likely the same death as \(original.person_name), "
                          + "\(original.death_date ?? String(original.year)) (death \(original.id)); waits for review")
        }
        return marked
    }

    public enum DuplicateDecisionError: Error, CustomStringConvertible, Equatable {
        case notAPendingDuplicate(Int)

        public var description: String {
            switch self {
            case .notAPendingDuplicate(let id): "Death \(id) is not a likely duplicate waiting for review (see vigil deaths review)."
            }
        }
    }

    /// A person's decision on a likely duplicate: `sameDeath` merges its reports into the death
    /// it repeats (which keeps counting once); otherwise it counts as a death of its own.
    /// `audit`, when given, is stored in the same transaction.
    public func decideDuplicate(deathID: Int, sameDeath: Bool, by person: String, audit: AuditEvent? = nil) async throws {
        try await database.transaction { db in
            guard let death = try await db.raw("SELECT * FROM deaths WHERE id = \(bind: deathID)").first(decoding: StoredDeath.self),
                  death.duplicate_status == DuplicateStatus.pending.rawValue, let original = death.duplicate_of
            else { throw DuplicateDecisionError.notAPendingDuplicate(deathID) }
            let status: DuplicateStatus = sameDeath ? .confirmed : .rejected
            try await db.raw("""
                UPDATE deaths SET duplicate_status = \(bind: status.rawValue), duplicate_decided_by = \(bind: person),
                    duplicate_decided_at = \(bind: Timestamp.now()) WHERE id = \(bind: deathID)
                """).run()
            if sameDeath {
                try await db.raw("UPDATE death_reports SET death_id = \(bind: original) WHERE death_id = \(bind: deathID)").run()
                try await db.raw("""
                    UPDATE deaths SET facility_code = COALESCE(facility_code, \(bind: death.facility_code)),
                        facility_address = COALESCE(facility_address, \(bind: death.facility_address))
                    WHERE id = \(bind: original)
                    """).run()
            }
            if let audit { try await AuditLog.record(audit, on: db) }
        }
    }

    // MARK: Linking

    /// The registry's one matcher (`FacilityMatching.registryMatcher`): list and workbook aliases.
    static func matcher(on db: any SQLDatabase) async throws -> FacilityNameMatcher {
        try await FacilityMatching.registryMatcher(on: db)
    }

    static func isAccepted(_ linkMethod: String) -> Bool {
        linkMethod != "none" && linkMethod != "doubtful" && linkMethod != FacilityMatchMethod.rejected.rawValue
    }

    /// A person's link (`manual`) or removal of one (`rejected`): no import or relink changes it.
    static func isDecided(_ linkMethod: String) -> Bool {
        linkMethod == FacilityMatchMethod.manual.rawValue || linkMethod == FacilityMatchMethod.rejected.rawValue
    }

    /// The method of a link made through another list's report of the same person.
    public static let sameDeathMethod = "same-person"

    /// A link through another list is no surer than that list's match, and a little less sure
    /// than a name the death's own list gives.
    static let sameDeathConfidence = 0.9

    /// One list's report of a stored death: the facility as that list names it.
    struct ListedFacility: Decodable, Sendable {
        var death_id: Int
        var facility_name: String
        var facility_state: String?
        var file_name: String
    }

    /// Every report of every death, by death, in the order imported.
    static func listedFacilities(on db: any SQLDatabase) async throws -> [Int: [ListedFacility]] {
        Dictionary(grouping: try await db.raw("""
            SELECT r.death_id, r.facility_name, r.facility_state, s.file_name
            FROM death_reports r JOIN death_sources s ON s.sha256 = r.source_sha256 ORDER BY r.id
            """).all(decoding: ListedFacility.self), by: \.death_id)
    }

    static func sameDeathEvidence(_ fileName: String, _ facilityName: String) -> String {
        "same person in \(fileName): “\(facilityName)”"
    }

    /// The code another list's report of the same death names, when the death's own facility
    /// names none: each report that gives another facility, in a state that does not contradict
    /// the death's, is matched (with the place and address the lists give the death); the link
    /// stands only when every accepted match names one code. ICE's FOIA list and its detailed
    /// list often name the same place differently, or one names the hospital.
    static func sameDeathLink(of death: StoredDeath, through reports: [ListedFacility],
                              matcher: FacilityNameMatcher) -> (code: String, confidence: Double, evidence: String)? {
        var found: [(code: String, confidence: Double, evidence: String)] = []
        for r in reports where FacilityNameWords.exactForm(r.facility_name) != FacilityNameWords.exactForm(death.facility_name) {
            if let a = death.facility_state, let b = r.facility_state, a.uppercased() != b.uppercased() { continue }
            guard let m = matcher.match(.init(name: r.facility_name, city: death.facility_city, state: r.facility_state ?? death.facility_state,
                                              zip: death.facility_zip, address: death.facility_address)),
                  m.isAccepted else { continue }
            found.append((m.code, min(m.confidence, sameDeathConfidence), sameDeathEvidence(r.file_name, r.facility_name)))
        }
        guard let first = found.first, found.allSatisfy({ $0.code == first.code }) else { return nil }
        return first
    }

    /// A `FacilityMatchMethod` such as `exact` or `address` (accepted: the code counts), `doubtful` (a suggestion for review), or `none`.
    static func link(_ d: DeathReport, matcher: FacilityNameMatcher) -> (code: String?, method: String, confidence: Double?) {
        guard let m = matcher.match(.init(name: d.facilityName, city: d.facilityCity, state: d.facilityState, zip: d.facilityZip,
                                          address: d.facilityAddress)) else {
            return (nil, "none", nil)
        }
        return m.isAccepted ? (m.code, m.method.rawValue, m.confidence) : (m.code, "doubtful", m.confidence)
    }

    /// Matches every death again with the registry as it now is: links are the matcher's
    /// alone (no person decides them), so a better registry or matcher mends old links too.
    public static func relink(on db: any SQLDatabase, matcher: FacilityNameMatcher) async throws {
        let listed = try await listedFacilities(on: db)
        for s in try await db.raw("SELECT * FROM deaths").all(decoding: StoredDeath.self) where !isDecided(s.link_method) {
            var link = Self.link(s.report, matcher: matcher)
            var evidence: String? = nil
            if !Self.isAccepted(link.method), let other = sameDeathLink(of: s, through: listed[s.id] ?? [], matcher: matcher) {
                link = (code: Optional(other.code), method: Self.sameDeathMethod, confidence: Optional(other.confidence))
                evidence = other.evidence
            }
            let accepted = Self.isAccepted(link.method)
            let code = accepted ? link.code : nil, suggested = accepted ? nil : link.code
            if s.link_method == link.method, s.facility_code == code, s.suggested_code == suggested,
               s.link_confidence == link.confidence, s.link_evidence == evidence { continue }
            try await db.raw("""
                UPDATE deaths SET facility_code = \(bind: code), suggested_code = \(bind: suggested),
                    link_method = \(bind: link.method), link_confidence = \(bind: link.confidence),
                    link_evidence = \(bind: evidence) WHERE id = \(bind: s.id)
                """).run()
        }
    }

    public enum LinkDecisionError: Error, CustomStringConvertible, Equatable {
        case noSuchDeath(Int)
        case unknownCode(String)

        public var description: String {
            switch self {
            case .noSuchDeath(let id): "There is no death \(id) (see vigil deaths review)."
            case .unknownCode(let code): "Facility code \(code) is not in the registry (vigil import facilities adds codes)."
            }
        }
    }

    /// A person's decision on a death's facility: linked to `code` (`manual`), or, with no code,
    /// tied to none (`rejected`: the matcher's link was wrong). Later imports and relinks keep
    /// it. `audit`, when given, is stored in the same transaction.
    public func decideLink(deathID: Int, code: String?, by person: String, audit: AuditEvent? = nil) async throws {
        try await database.transaction { db in
            struct Found: Decodable { var id: Int }
            guard try await db.raw("SELECT id FROM deaths WHERE id = \(bind: deathID)").first(decoding: Found.self) != nil else {
                throw LinkDecisionError.noSuchDeath(deathID)
            }
            let code = code?.trimmingCharacters(in: .whitespaces).uppercased()
            if let code {
                struct Code: Decodable { var code: String }
                guard try await db.raw("SELECT code FROM facilities WHERE code = \(bind: code)").first(decoding: Code.self) != nil else {
                    throw LinkDecisionError.unknownCode(code)
                }
            }
            let method = code == nil ? FacilityMatchMethod.rejected : .manual
            try await db.raw("""
                UPDATE deaths SET facility_code = \(bind: code), suggested_code = NULL, link_method = \(bind: method.rawValue),
                    link_confidence = \(bind: code == nil ? Double?.none : 1.0), link_evidence = NULL,
                    link_decided_by = \(bind: person), link_decided_at = \(bind: Timestamp.now()) WHERE id = \(bind: deathID)
                """).run()
            if let audit { try await AuditLog.record(audit, on: db) }
        }
    }
}
