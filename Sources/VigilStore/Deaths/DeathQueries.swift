import SQLKit
import VigilCore

/// One stored death with its sources, as pages, downloads and the API show it.
public struct DeathRow: Sendable, Hashable {
    public struct Source: Sendable, Hashable {
        public var fileName: String
        public var sha256: String
        public var row: Int
        public var url: String?
    }

    public var id: Int
    public var personName: String
    public var date: CalendarDate?
    public var year: Int
    public var facilityName: String
    public var state: String?
    /// The registry code, when the link is accepted.
    public var facilityCode: String?
    /// A doubtful match's code, awaiting review.
    public var suggestedCode: String?
    /// `exact`, `normalized`, `address`, `fuzzy`, `same-person` (through another list's report of
    /// the same person), `manual` (a person linked it), `doubtful`, `rejected` (a person unlinked it) or `none`.
    public var linkMethod: String
    public var linkConfidence: Double?
    public var facilityType: String?
    public var operatorName: String?
    public var cause: String?
    public var sources: [Source]
    /// For a likely duplicate: the death it probably repeats.
    public var duplicateOf: Int?
    /// `pending`, `confirmed` or `rejected` for a likely duplicate; nil for every other death.
    public var duplicateStatus: String?
    /// For a `same-person` link: the list and the facility it names.
    public var linkEvidence: String? = nil
}

/// A death that probably repeats another, waiting for a person to say.
public struct LikelyDuplicateDeath: Sendable, Hashable {
    public var death: DeathRow
    public var original: DeathRow
}

/// Reads deaths for pages, downloads and review.
public struct DeathQueries: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// Every death counted, oldest first (deaths known only by year at the end of their year):
    /// likely duplicates waiting for review, and confirmed ones, are left out.
    public func all() async throws -> [DeathRow] { try await rows(where: nil).filter(\.isCounted) }

    /// The deaths tied (accepted) to one registry code and counted.
    public func deaths(atFacility code: String) async throws -> [DeathRow] { try await rows(where: code).filter(\.isCounted) }

    /// Likely duplicates waiting for a person, each beside the death it probably repeats;
    /// with a code, only those tied to that facility.
    public func likelyDuplicates(atFacility code: String? = nil) async throws -> [LikelyDuplicateDeath] {
        let every = try await rows(where: nil)
        let byID = Dictionary(uniqueKeysWithValues: every.map { ($0.id, $0) })
        return every.compactMap { death in
            guard death.duplicateStatus == DeathArchive.DuplicateStatus.pending.rawValue, let id = death.duplicateOf,
                  let original = byID[id] else { return nil }
            if let code, death.facilityCode != code && original.facilityCode != code { return nil }
            return LikelyDuplicateDeath(death: death, original: original)
        }
    }

    /// Deaths with no accepted facility code: unlinked, or doubtful suggestions.
    public func reviewQueue() async throws -> [DeathRow] { try await all().filter { $0.facilityCode == nil } }

    /// Deaths per 100,000 detained-days per fiscal year. The national ADP of a year is the
    /// latest imported ICE release's fiscal-year-to-date total; a year no release covers uses
    /// an imported national series (`vigil import national-adp`) for the whole year. ICE's
    /// own figure wins where both exist, since the workbooks are the record.
    public func rates() async throws -> [DeathRate] {
        var latest: [Int: PopulationTrendPoint] = [:]
        for p in try await NationalQueries(database: database).trend() where (latest[p.fiscalYear.year]?.asOfDate ?? p.asOfDate) <= p.asOfDate {
            latest[p.fiscalYear.year] = p
        }
        var points = latest.values.map {
            (fiscalYear: $0.fiscalYear, through: min($0.asOfDate, $0.fiscalYear.lastDay), adp: $0.totalAverageDailyPopulation,
             source: "ICE detention statistics release as of \($0.asOfDate.iso), fiscal year to date")
        }
        for stored in try await NationalADPArchive(database: database).all() where latest[stored.year.fiscalYear.year] == nil {
            let year = stored.year
            points.append((fiscalYear: year.fiscalYear, through: year.fiscalYear.lastDay, adp: year.averageDailyPopulation,
                           source: "\(stored.fileName) row \(year.sourceRow)" + (year.source.map { " (\($0))" } ?? "")))
        }
        let dates = try await all().compactMap(\.date)
        return DeathRate.compute(deathDates: dates, adp: points)
    }

    private func rows(where code: String?) async throws -> [DeathRow] {
        struct Row: Decodable {
            var id: Int; var person_name: String; var death_date: String?; var year: Int; var facility_name: String
            var facility_state: String?; var facility_code: String?; var suggested_code: String?; var link_method: String
            var link_confidence: Double?; var facility_type: String?; var `operator`: String?; var cause: String?
            var duplicate_of: Int?; var duplicate_status: String?; var link_evidence: String?
        }
        struct SourceRow: Decodable { var death_id: Int; var file_name: String; var sha256: String; var source_row: Int; var source_url: String? }
        let db = database.sql
        let deaths: [Row]
        if let code {
            deaths = try await db.raw("SELECT * FROM deaths WHERE facility_code = \(bind: code)").all(decoding: Row.self)
        } else {
            deaths = try await db.raw("SELECT * FROM deaths").all(decoding: Row.self)
        }
        let sources = Dictionary(grouping: try await db.raw("""
            SELECT r.death_id, s.file_name, s.sha256, r.source_row, r.source_url
            FROM death_reports r JOIN death_sources s ON s.sha256 = r.source_sha256
            ORDER BY r.death_id, s.imported_at, r.id
            """).all(decoding: SourceRow.self), by: \.death_id)
        return deaths.map { d in
            DeathRow(id: d.id, personName: d.person_name, date: d.death_date.flatMap { CalendarDate(iso: $0) }, year: d.year,
                     facilityName: d.facility_name, state: d.facility_state, facilityCode: d.facility_code, suggestedCode: d.suggested_code,
                     linkMethod: d.link_method, linkConfidence: d.link_confidence, facilityType: d.facility_type,
                     operatorName: d.`operator`, cause: d.cause,
                     sources: (sources[d.id] ?? []).map { .init(fileName: $0.file_name, sha256: $0.sha256, row: $0.source_row, url: $0.source_url) },
                     duplicateOf: d.duplicate_of, duplicateStatus: d.duplicate_status, linkEvidence: d.link_evidence)
        }.sorted { ($0.sortDate, $0.id) < ($1.sortDate, $1.id) }
    }
}

extension DeathRow {
    /// Whether the death counts: not a likely duplicate waiting for review, nor a confirmed one.
    public var isCounted: Bool {
        duplicateStatus != DeathArchive.DuplicateStatus.pending.rawValue && duplicateStatus != DeathArchive.DuplicateStatus.confirmed.rawValue
    }

    /// The date, or 31 December of the year when only the year is known: for ordering.
    public var sortDate: CalendarDate { date ?? CalendarDate(year: year, month: 12, day: 31)! }

    /// `file.csv row 12 (sha256 …)`, joined by `; `: where each list said it.
    public var sourcesText: String {
        sources.map { "\($0.fileName) row \($0.row) (sha256 \($0.sha256))" + ($0.url.map { " \($0)" } ?? "") }.joined(separator: "; ")
    }
}
