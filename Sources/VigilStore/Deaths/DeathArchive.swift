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
        case alreadyImported(asFileName: String)
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
    }

    struct StoredDeath: Decodable, Sendable {
        var id: Int; var person_name: String; var death_date: String?; var year: Int; var facility_name: String
        var facility_state: String?; var facility_city: String?; var facility_zip: String?; var facility_code: String?
        var link_method: String

        var report: DeathReport {
            var r = DeathReport(sourceRow: 0, personName: person_name, date: death_date.flatMap { CalendarDate(iso: $0) },
                                year: year, facilityName: facility_name)
            r.facilityState = facility_state
            return r
        }
    }

    public func importList(_ list: DeathList) async throws -> Outcome {
        try await database.transaction { db in
            struct Existing: Decodable { var file_name: String }
            if let existing = try await db.raw("SELECT file_name FROM death_sources WHERE sha256 = \(bind: list.source.sha256)")
                .first(decoding: Existing.self) {
                return .alreadyImported(asFileName: existing.file_name)
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
                let code = link.method == "exact" || link.method == "normalized" || link.method == "fuzzy" ? link.code : nil
                let known = stored.first { s in
                    s.report.isSameDeath(as: death) && !(s.facility_code != nil && code != nil && s.facility_code != code)
                }
                let deathID: Int
                if let known {
                    deathID = known.id
                    report.alreadyKnown += 1
                    try await db.raw("""
                        UPDATE deaths SET death_date = COALESCE(death_date, \(bind: death.date?.iso)),
                            facility_type = COALESCE(facility_type, \(bind: death.facilityType)),
                            operator = COALESCE(operator, \(bind: death.operatorName)),
                            cause = COALESCE(cause, \(bind: death.cause)),
                            facility_state = COALESCE(facility_state, \(bind: death.facilityState))
                        WHERE id = \(bind: known.id)
                        """).run()
                    if known.facility_code == nil, let code {
                        try await db.raw("""
                            UPDATE deaths SET facility_code = \(bind: code), suggested_code = NULL, link_method = \(bind: link.method),
                                link_confidence = \(bind: link.confidence) WHERE id = \(bind: known.id)
                            """).run()
                    }
                } else {
                    guard let id = try await db.insert(into: "deaths")
                        .columns("person_name", "name_key", "death_date", "year", "facility_name", "facility_state", "facility_city",
                                 "facility_zip", "facility_code", "suggested_code", "link_method", "link_confidence",
                                 "facility_type", "operator", "cause")
                        .values(death.personName, PersonName.key(death.personName), death.date?.iso, death.year, death.facilityName,
                                death.facilityState, death.facilityCity, death.facilityZip, code,
                                code == nil ? link.code : nil, link.method, link.confidence,
                                death.facilityType, death.operatorName, death.cause)
                        .returning("id").first(decodingColumn: "id", as: Int.self)
                    else { throw ArchiveError.noIdentifierReturned }
                    deathID = id
                    report.newDeaths += 1
                    stored.append(StoredDeath(id: id, person_name: death.personName, death_date: death.date?.iso, year: death.year,
                                              facility_name: death.facilityName, facility_state: death.facilityState,
                                              facility_city: death.facilityCity, facility_zip: death.facilityZip,
                                              facility_code: code, link_method: link.method))
                    let label = "row \(death.sourceRow): \(death.personName) — \(death.facilityName), \(death.facilityState ?? "state unknown")"
                    if link.method == "none" { report.unlinked.append(label) }
                    if link.method == "doubtful" {
                        report.doubtful.append("\(label) → \(link.code ?? "?") (confidence \(link.confidence.map { String(format: "%.2f", $0) } ?? "?"))")
                    }
                }
                try await db.insert(into: "death_reports")
                    .columns("death_id", "source_sha256", "source_row", "person_name", "death_date", "year", "facility_name",
                             "facility_state", "facility_type", "operator", "cause", "source_url")
                    .values(deathID, list.source.sha256, death.sourceRow, death.personName, death.date?.iso, death.year,
                            death.facilityName, death.facilityState, death.facilityType, death.operatorName, death.cause, death.sourceURL)
                    .run()
            }
            return .imported(report)
        }
    }

    // MARK: Linking

    static func matcher(on db: any SQLDatabase) async throws -> FacilityNameMatcher {
        struct Name: Decodable { var code: String; var name: String?; var city: String?; var state: String?; var zip: String? }
        let names = try await db.raw("SELECT code, name, city, state, zip FROM facility_list_entries WHERE name IS NOT NULL")
            .all(decoding: Name.self)
        return FacilityNameMatcher(candidates: names.map { .init(code: $0.code, name: $0.name ?? "", city: $0.city, state: $0.state, zip: $0.zip) })
    }

    /// `exact`, `normalized` or `fuzzy` (accepted: the code counts), `doubtful` (a suggestion for review), or `none`.
    static func link(_ d: DeathReport, matcher: FacilityNameMatcher) -> (code: String?, method: String, confidence: Double?) {
        guard let m = matcher.match(.init(name: d.facilityName, city: d.facilityCity, state: d.facilityState, zip: d.facilityZip)) else {
            return (nil, "none", nil)
        }
        return m.isAccepted ? (m.code, m.method.rawValue, m.confidence) : (m.code, "doubtful", m.confidence)
    }

    /// Matches again every death without an accepted facility code.
    static func relink(on db: any SQLDatabase, matcher: FacilityNameMatcher) async throws {
        let open = try await db.raw("SELECT * FROM deaths WHERE facility_code IS NULL").all(decoding: StoredDeath.self)
        for s in open {
            var r = s.report
            r.facilityCity = s.facility_city
            r.facilityZip = s.facility_zip
            let link = link(r, matcher: matcher)
            guard link.method != s.link_method || link.method == "doubtful" else { continue }
            let accepted = link.method != "none" && link.method != "doubtful"
            try await db.raw("""
                UPDATE deaths SET facility_code = \(bind: accepted ? link.code : nil), suggested_code = \(bind: accepted ? nil : link.code),
                    link_method = \(bind: link.method), link_confidence = \(bind: link.confidence) WHERE id = \(bind: s.id)
                """).run()
        }
    }
}
