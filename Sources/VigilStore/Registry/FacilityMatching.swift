import Foundation
import SQLKit
import VigilCore

/// Ties the workbooks' facilities (`facility_key`, name + state) to registry codes, and
/// keeps the decisions people make about them.
///
/// `run()` matches every key not decided by a person, with `FacilityNameMatcher`, against
/// every name any reference list gave a code. It writes only what changed, so running it
/// again (or after re-importing a file) changes nothing. Person decisions (`manual`,
/// `rejected`) are never touched by it.
public struct FacilityMatching: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    public struct Summary: Sendable, Hashable {
        public var keys: Int
        public var matched: [FacilityMatchMethod: Int]
        /// Suggestions below the accept threshold, waiting for review.
        public var doubtful: Int
        public var unmatched: Int
        public var rejected: Int
        /// Share of ADP (summed over every release) whose facility has an accepted code.
        public var matchedADPShare: Double
        /// Release rows that hold people (ADP above zero), and those whose facility has an accepted code.
        public var rowsHoldingPeople = 0
        public var matchedRowsHoldingPeople = 0
        /// Of `rowsHoldingPeople`, those ICE types `ORR`: HHS shelters for children, which one FY2021
        /// release lists and no reference list gives a code.
        public var orrRowsHoldingPeople = 0
        public var matchedORRRowsHoldingPeople = 0

        /// Share of release rows holding people that carry a code, leaving out the ORR shelters.
        public var matchedShareOutsideORR: Double {
            let rows = rowsHoldingPeople - orrRowsHoldingPeople
            return rows > 0 ? Double(matchedRowsHoldingPeople - matchedORRRowsHoldingPeople) / Double(rows) : 0
        }

        public var acceptedCount: Int { matched.values.reduce(0, +) }
    }

    /// A workbook facility as the latest release that lists it describes it.
    struct KeyRow: Decodable, Sendable {
        var facility_key: String; var name: String; var address: String?; var city: String?; var state: String?; var zip: String?
        var type_detailed: String?
        var releases: Int; var total_adp: Double?; var last_as_of: String
    }

    static func keyRows(on db: any SQLDatabase) async throws -> [KeyRow] {
        try await db.raw("""
            SELECT o.facility_key, o.name, o.address, o.city, o.state, o.zip, o.type_detailed, k.releases, k.total_adp, k.last_as_of
            FROM facility_observations o
            JOIN releases r ON r.id = o.release_id
            JOIN (SELECT o2.facility_key, COUNT(DISTINCT o2.release_id) AS releases, SUM(o2.adp) AS total_adp,
                         MAX(r2.as_of_date) AS last_as_of
                  FROM facility_observations o2 JOIN releases r2 ON r2.id = o2.release_id
                  GROUP BY o2.facility_key) k ON k.facility_key = o.facility_key AND k.last_as_of = r.as_of_date
            ORDER BY o.facility_key, o.source_row
            """).all(decoding: KeyRow.self)
    }

    struct MatchRow: Decodable, Sendable {
        var facility_key: String; var code: String?; var method: String; var confidence: Double; var accepted: Int
        var decided_by: String; var decided_at: String; var note: String?
    }

    @discardableResult
    public func run() async throws -> Summary {
        try await database.transaction { db in
            try await Self.run(on: db, database: database)
            // Deaths go through the same matcher, now that workbook aliases may have changed.
            try await DeathArchive.relink(on: db, matcher: try await Self.registryMatcher(on: db))
            // Codes follow a facility across renames, so events are recomputed with them.
            try await ExpansionEventDetection.recompute(on: db, database: database)
            return try await Self.summary(on: db)
        }
    }

    /// The one matcher every list that names a facility goes through (workbooks, deaths,
    /// operator lists, contract awards, incidents): every name, place and address any imported
    /// reference list gives a code, and, unless `workbookAliases` is false, the names and
    /// addresses of workbook facilities tied to a code by name or by a person.
    public static func registryMatcher(on db: any SQLDatabase, workbookAliases: Bool = true) async throws -> FacilityNameMatcher {
        var candidates = try await listAliases(on: db)
        if workbookAliases { candidates += try await workbookAliasCandidates(on: db) }
        return FacilityNameMatcher(candidates: candidates)
    }

    /// Every name and place the reference lists give each code (`facility_list_entries`); a
    /// code a person recorded as the same facility as another (`FacilityMerges`) lends its
    /// names to that one.
    static func listAliases(on db: any SQLDatabase) async throws -> [FacilityNameMatcher.Candidate] {
        struct Name: Decodable {
            var code: String; var name: String?; var address: String?; var city: String?; var state: String?; var zip: String?; var type_detailed: String?
        }
        let merged = try await FacilityMerges.canonical(on: db)
        // Each spelling once (the lists repeat most facilities: 8,412 real rows give 3,795), in
        // the order first listed, as every candidate is in a fixed order: the first name listed
        // at an address is the one a match by address cites.
        return try await db.raw("""
            SELECT code, name, address, city, state, zip, type_detailed FROM facility_list_entries WHERE name IS NOT NULL
            GROUP BY code, name, address, city, state, zip, type_detailed ORDER BY MIN(id)
            """)
            .all(decoding: Name.self)
            .map { .init(code: merged[$0.code] ?? $0.code, name: $0.name ?? "", city: $0.city, state: $0.state, zip: $0.zip,
                         address: $0.address, type: $0.type_detailed) }
    }

    /// Methods whose link is sure enough for the workbook's name and address to become an alias of the code.
    static let aliasMethods: Set<FacilityMatchMethod> = [.exact, .normalized, .manual]

    /// Each workbook facility tied by name or by a person, as every release that lists it writes it.
    static func workbookAliasCandidates(on db: any SQLDatabase) async throws -> [FacilityNameMatcher.Candidate] {
        struct Alias: Decodable {
            var code: String; var name: String; var address: String?; var city: String?; var state: String?; var zip: String?; var type_detailed: String?
        }
        let methods = aliasMethods.map(\.rawValue).sorted()
        let merged = try await FacilityMerges.canonical(on: db)
        return try await db.raw("""
            SELECT DISTINCT m.code, o.name, o.address, o.city, o.state, o.zip, o.type_detailed
            FROM facility_matches m JOIN facility_observations o ON o.facility_key = m.facility_key
            WHERE m.accepted = 1 AND m.code IS NOT NULL AND m.method IN (\(binds: methods))
            """).all(decoding: Alias.self)
            .sorted { [$0.code, $0.name, $0.address, $0.city, $0.state, $0.zip, $0.type_detailed].lexicographicallyPrecedes(
                [$1.code, $1.name, $1.address, $1.city, $1.state, $1.zip, $1.type_detailed], by: Self.precedes) }
            .map { .init(code: merged[$0.code] ?? $0.code, name: $0.name, city: $0.city, state: $0.state, zip: $0.zip, address: $0.address,
                         type: $0.type_detailed) }
    }

    /// Matches every workbook facility not decided by a person, in two passes: first against
    /// the reference lists alone, then again with the names and addresses of the facilities the
    /// first pass tied by name (and people tied by hand) added as aliases, so a facility that
    /// a later release renames at the same address follows its code.
    static func run(on db: any SQLDatabase, database: VigilDatabase) async throws {
        var keys: [String: KeyRow] = [:]
        for row in try await keyRows(on: db) where keys[row.facility_key] == nil { keys[row.facility_key] = row }
        let existing = Dictionary(uniqueKeysWithValues: try await db.raw("SELECT * FROM facility_matches").all(decoding: MatchRow.self)
            .map { ($0.facility_key, $0) })
        let lists = try await listAliases(on: db)
        let merged = try await FacilityMerges.canonical(on: db)
        let firstPass = FacilityNameMatcher(candidates: lists)
        var aliases: [FacilityNameMatcher.Candidate] = []
        struct Observed: Decodable {
            var facility_key: String; var name: String; var address: String?; var city: String?; var state: String?; var zip: String?; var type_detailed: String?
        }
        let observed = Dictionary(grouping: try await db.raw("""
            SELECT DISTINCT facility_key, name, address, city, state, zip, type_detailed FROM facility_observations
            """).all(decoding: Observed.self)
            .sorted { [$0.name, $0.address, $0.city, $0.state, $0.zip, $0.type_detailed].lexicographicallyPrecedes(
                [$1.name, $1.address, $1.city, $1.state, $1.zip, $1.type_detailed], by: Self.precedes) },
            by: \.facility_key)
        var tiedByName: [String: FacilityNameMatcher.Match] = [:]
        // In key order, not the dictionary's (which changes from process to process): aliases
        // are candidates in this order, and the first at an address is the one its evidence names.
        for (key, row) in keys.sorted(by: { $0.key < $1.key }) {
            let code: String?
            if let decided = existing[key], decided.method == FacilityMatchMethod.manual.rawValue { code = decided.code.map { merged[$0] ?? $0 } }
            else if existing[key]?.method == FacilityMatchMethod.rejected.rawValue { code = nil }
            else if let m = firstPass.match(Self.query(row)), aliasMethods.contains(m.method) { code = m.code; tiedByName[key] = m }
            else { code = nil }
            guard let code else { continue }
            for o in observed[key] ?? [] {
                aliases.append(.init(code: code, name: o.name, city: o.city, state: o.state, zip: o.zip, address: o.address, type: o.type_detailed))
            }
        }
        let matcher = FacilityNameMatcher(candidates: lists + aliases)
        let now = Timestamp.now()
        // Only what changed is written, in bulk: a first run on a fresh registry writes a row per key.
        var stale: [String] = []
        var fresh: [[SQLValue]] = []
        for (key, row) in keys.sorted(by: { $0.key < $1.key }) {
            if let decided = existing[key], FacilityMatchMethod(rawValue: decided.method)?.isDecidedByPerson == true { continue }
            // A key tied by name keeps that method: in the second pass its own names are aliases.
            let match = tiedByName[key] ?? matcher.match(Self.query(row))
            let old = existing[key]
            guard let match else {
                if old != nil { stale.append(key) }
                continue
            }
            if let old, old.code == match.code, old.method == match.method.rawValue,
               abs(old.confidence - match.confidence) < 1e-9, (old.accepted != 0) == match.isAccepted, old.note == match.evidence { continue }
            if old != nil { stale.append(key) }
            fresh.append([.text(key), .text(match.code), .text(match.method.rawValue), .real(match.confidence),
                          .integer(match.isAccepted ? 1 : 0), .text("vigil matcher"), .text(now), .text(match.evidence)])
        }
        var start = 0
        while start < stale.count {
            let chunk = Array(stale[start..<min(start + 500, stale.count)])
            try await db.raw("DELETE FROM facility_matches WHERE facility_key IN (\(binds: chunk))").run()
            start += 500
        }
        try await BulkInsert(table: "facility_matches",
                             columns: ["facility_key", "code", "method", "confidence", "accepted", "decided_by", "decided_at", "note"])
            .run(fresh, in: database, session: db)
    }

    /// Candidates are put in order in Swift, not by `ORDER BY`, so both engines give the same
    /// order whatever PostgreSQL's collation; an absent value comes first.
    static func precedes(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): false
        case (nil, _): true
        case (_, nil): false
        case let (a?, b?): a < b
        }
    }

    static func query(_ row: KeyRow) -> FacilityNameMatcher.Query {
        .init(name: row.name, city: row.city, state: row.state, zip: row.zip, address: row.address, type: row.type_detailed)
    }

    static func summary(on db: any SQLDatabase) async throws -> Summary {
        let keys = try await keyRows(on: db)
        var seen = Set<String>()
        let unique = keys.filter { seen.insert($0.facility_key).inserted }
        let matches = Dictionary(uniqueKeysWithValues: try await db.raw("SELECT * FROM facility_matches").all(decoding: MatchRow.self)
            .map { ($0.facility_key, $0) })
        var summary = Summary(keys: unique.count, matched: [:], doubtful: 0, unmatched: 0, rejected: 0, matchedADPShare: 0)
        var matchedADP = 0.0, totalADP = 0.0
        for key in unique {
            totalADP += key.total_adp ?? 0
            guard let m = matches[key.facility_key], let method = FacilityMatchMethod(rawValue: m.method) else { summary.unmatched += 1; continue }
            if method == .rejected { summary.rejected += 1 }
            else if m.accepted != 0 { summary.matched[method, default: 0] += 1; matchedADP += key.total_adp ?? 0 }
            else { summary.doubtful += 1 }
        }
        summary.matchedADPShare = totalADP > 0 ? matchedADP / totalADP : 0
        struct Held: Decodable { var facility_key: String; var n: Int; var orr: Int }
        for held in try await db.raw("""
            SELECT facility_key, COUNT(*) AS n, SUM(CASE WHEN type_detailed = 'ORR' THEN 1 ELSE 0 END) AS orr
            FROM facility_observations WHERE adp > 0 GROUP BY facility_key
            """).all(decoding: Held.self) {
            summary.rowsHoldingPeople += held.n
            summary.orrRowsHoldingPeople += held.orr
            if let m = matches[held.facility_key], m.accepted != 0, m.code != nil {
                summary.matchedRowsHoldingPeople += held.n
                summary.matchedORRRowsHoldingPeople += held.orr
            }
        }
        return summary
    }

    public func summary() async throws -> Summary {
        try await Self.summary(on: database.sql)
    }

    // MARK: Review

    /// A workbook facility with no accepted code: unmatched, or a doubtful suggestion.
    public struct ReviewItem: Sendable, Hashable {
        public var key: FacilityKey
        public var name: String
        public var city: String?
        public var state: String?
        public var releases: Int
        public var lastAsOf: CalendarDate?
        public var totalADP: Double
        public var suggestedCode: String?
        public var suggestedName: String?
        public var confidence: Double?
        /// What the matcher saw: a shared address and the codes listed there, a tie.
        public var evidence: String?
    }

    public func reviewQueue() async throws -> [ReviewItem] {
        let db = database.sql
        var seen = Set<String>()
        let keys = try await Self.keyRows(on: db).filter { seen.insert($0.facility_key).inserted }
        let matches = Dictionary(uniqueKeysWithValues: try await db.raw("SELECT * FROM facility_matches").all(decoding: MatchRow.self)
            .map { ($0.facility_key, $0) })
        struct Name: Decodable { var code: String; var name: String }
        let names = Dictionary(try await db.raw("SELECT code, name FROM facilities").all(decoding: Name.self).map { ($0.code, $0.name) },
                               uniquingKeysWith: { a, _ in a })
        var items: [ReviewItem] = []
        for key in keys {
            let m = matches[key.facility_key]
            if let m, m.accepted != 0 || m.method == FacilityMatchMethod.rejected.rawValue { continue }
            items.append(ReviewItem(key: FacilityKey(rawValue: key.facility_key), name: key.name, city: key.city, state: key.state,
                                    releases: key.releases, lastAsOf: CalendarDate(iso: key.last_as_of), totalADP: key.total_adp ?? 0,
                                    suggestedCode: m?.code, suggestedName: m?.code.flatMap { names[$0] }, confidence: m?.confidence,
                                    evidence: m?.note))
        }
        // Largest population first: those matter most to the figures.
        return items.sorted { ($0.totalADP, $1.key.rawValue) > ($1.totalADP, $0.key.rawValue) }
    }

    // MARK: Person decisions

    public enum DecisionError: Error, CustomStringConvertible, Equatable {
        case unknownKey(String)
        case unknownCode(String)
        case conflictsWithManualDecision(key: String, existingCode: String?, existingMethod: String, by: String, requested: String?)

        public var description: String {
            switch self {
            case .unknownKey(let key): "No release lists a facility with the key \"\(key)\"."
            case .unknownCode(let code): "The registry has no facility code \(code); import a facility list that has it first."
            case .conflictsWithManualDecision(let key, let code, let method, let by, let requested):
                "\(key) was already decided by \(by) (\(method)\(code.map { " to \($0)" } ?? "")); not changed to \(requested ?? "rejected"). Use --replace to change a person's decision."
            }
        }
    }

    /// Records a person's decision: `code` nil rejects the key (it has no registry code).
    /// A different earlier person decision is an error unless `replace` is true.
    /// `audit`, when given, is recorded in the same transaction: both are stored, or neither.
    public func decide(key: FacilityKey, code: String?, note: String?, by person: String, replace: Bool = false,
                       audit: AuditEvent? = nil) async throws {
        try await database.transaction { db in
            try await Self.decide(key: key.rawValue, code: code, note: note, by: person, replace: replace, on: db)
            try await ExpansionEventDetection.recompute(on: db, database: database)
            if let audit { try await AuditLog.record(audit, on: db) }
        }
    }

    static func decide(key: String, code: String?, note: String?, by person: String, replace: Bool, on db: any SQLDatabase) async throws {
        struct Count: Decodable { var n: Int }
        guard (try await db.raw("SELECT COUNT(*) AS n FROM facility_observations WHERE facility_key = \(bind: key)")
            .first(decoding: Count.self)?.n ?? 0) > 0 else { throw DecisionError.unknownKey(key) }
        if let code {
            guard (try await db.raw("SELECT COUNT(*) AS n FROM facilities WHERE code = \(bind: code)")
                .first(decoding: Count.self)?.n ?? 0) > 0 else { throw DecisionError.unknownCode(code) }
        }
        let method: FacilityMatchMethod = code == nil ? .rejected : .manual
        if let old = try await db.raw("SELECT * FROM facility_matches WHERE facility_key = \(bind: key)").first(decoding: MatchRow.self),
           FacilityMatchMethod(rawValue: old.method)?.isDecidedByPerson == true {
            if old.code == code && old.method == method.rawValue { return }  // the same decision again
            if !replace {
                throw DecisionError.conflictsWithManualDecision(key: key, existingCode: old.code, existingMethod: old.method,
                                                                by: old.decided_by, requested: code)
            }
        }
        try await db.raw("DELETE FROM facility_matches WHERE facility_key = \(bind: key)").run()
        try await db.insert(into: "facility_matches")
            .columns("facility_key", "code", "method", "confidence", "accepted", "decided_by", "decided_at", "note")
            .values(key, code, method.rawValue, 1.0, code == nil ? 0 : 1, person, Timestamp.now(), note)
            .run()
    }

    // MARK: Crosswalk

    public static let crosswalkColumns = ["facility_key", "code", "method", "confidence", "note"]

    /// Every match and decision, as `facility_key,code,method,confidence,note` (plus who and when).
    public func crosswalk() async throws -> DataTable {
        var table = DataTable(columns: Self.crosswalkColumns + ["accepted", "decided_by", "decided_at"])
        for m in try await database.sql.raw("SELECT * FROM facility_matches ORDER BY facility_key").all(decoding: MatchRow.self) {
            table.append([.text(m.facility_key), TableValue(m.code), .text(m.method), .number(m.confidence), TableValue(m.note),
                          .boolean(m.accepted != 0), .text(m.decided_by), .text(m.decided_at)])
        }
        return table
    }

    public struct CrosswalkResult: Sendable, Hashable {
        public var applied = 0
        public var unchanged = 0
        /// Rows made by the matcher: skipped, since matching recomputes them.
        public var automatic = 0
        /// Rows that contradict a person's earlier decision: reported, not applied.
        public var conflicts: [String] = []
        public var errors: [String] = []
    }

    /// Applies the `manual` and `rejected` rows of a crosswalk as person decisions, in one
    /// transaction. Conflicts with earlier person decisions and unknown keys or codes are
    /// reported row by row and not applied; the rest are.
    public func importCrosswalk(_ rows: [(line: Int, fields: [String: String])], fileName: String, replace: Bool = false) async throws -> CrosswalkResult {
        try await database.transaction { db in
            var result = CrosswalkResult()
            for row in rows {
                guard let key = row.fields["facility_key"], !key.isEmpty else {
                    result.errors.append("\(fileName), row \(row.line): no facility_key"); continue
                }
                let method = FacilityMatchMethod(rawValue: row.fields["method"] ?? "manual") ?? .manual
                guard method.isDecidedByPerson else { result.automatic += 1; continue }
                let code = method == .rejected ? nil : row.fields["code"].flatMap { $0.isEmpty ? nil : $0.uppercased() }
                if method == .manual && code == nil {
                    result.errors.append("\(fileName), row \(row.line): a manual row needs a code"); continue
                }
                let before = try await db.raw("SELECT * FROM facility_matches WHERE facility_key = \(bind: key)").first(decoding: MatchRow.self)
                if let before, before.code == code, before.method == method.rawValue { result.unchanged += 1; continue }
                do {
                    try await Self.decide(key: key, code: code, note: row.fields["note"], by: "crosswalk \(fileName)", replace: replace, on: db)
                    result.applied += 1
                } catch let error as DecisionError {
                    if case .conflictsWithManualDecision = error { result.conflicts.append("row \(row.line): \(error)") }
                    else { result.errors.append("\(fileName), row \(row.line): \(error)") }
                }
            }
            return result
        }
    }
}
