import Foundation
import SQLKit
import VigilCore

/// One facility recorded under two codes (`EDENDTX` in ICE's 2017 list, `EDNDCTX` in later
/// ones): a person's "same facility as" decision, and the pairs worth asking a person about.
///
/// A merge makes the old code's names, places and addresses aliases of the new code in the one
/// matcher (`FacilityMatching.registryMatcher`), so every workbook row, death, award and agenda
/// item the matcher ties to either lands on the new code, and the old code's operator records
/// count for it. Matching runs again at once. Undoing the merge runs it again without it. Both
/// are audited; nothing is merged by Vigil on its own.
public struct FacilityMerges: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    public struct Merge: Sendable, Hashable {
        public var oldCode: String
        public var newCode: String
        public var note: String?
        public var decidedBy: String
        public var decidedAt: String
    }

    public enum MergeError: Error, CustomStringConvertible, Equatable {
        case unknownCode(String)
        case sameCode(String)
        case alreadyMerged(old: String, into: String)
        case mergedAway(code: String, into: String)
        case notMerged(String)

        public var description: String {
            switch self {
            case .unknownCode(let code): "The registry has no facility code \(code); import a facility list that has it first."
            case .sameCode(let code): "\(code) cannot be merged into itself."
            case .alreadyMerged(let old, let new): "\(old) is already recorded as the same facility as \(new); undo that first (vigil facilities merge --undo \(old))."
            case .mergedAway(let code, let new): "\(code) is itself recorded as the same facility as \(new); merge into \(new) instead."
            case .notMerged(let code): "\(code) is not merged into another code."
            }
        }
    }

    struct Row: Decodable { var old_code: String; var new_code: String; var note: String?; var decided_by: String; var decided_at: String }

    public func all() async throws -> [Merge] {
        try await database.sql.raw("SELECT * FROM facility_merges ORDER BY old_code").all(decoding: Row.self)
            .map { Merge(oldCode: $0.old_code, newCode: $0.new_code, note: $0.note, decidedBy: $0.decided_by, decidedAt: $0.decided_at) }
    }

    /// The code a code counts as: itself, or the code a person merged it into.
    public func canonicalCode(_ code: String) async throws -> String {
        try await Self.canonical(on: database.sql)[code] ?? code
    }

    /// Old code → the code it counts as.
    static func canonical(on db: any SQLDatabase) async throws -> [String: String] {
        Dictionary(try await db.raw("SELECT * FROM facility_merges").all(decoding: Row.self).map { ($0.old_code, $0.new_code) },
                   uniquingKeysWith: { a, _ in a })
    }

    /// Records that `old` is the same facility as `new`, and matches everything again.
    public func merge(old: String, into new: String, note: String?, by person: String, audit: AuditEvent? = nil) async throws {
        let old = old.uppercased(), new = new.uppercased()
        try await database.transaction { db in
            guard old != new else { throw MergeError.sameCode(old) }
            struct Code: Decodable { var code: String }
            for code in [old, new] {
                guard try await db.raw("SELECT code FROM facilities WHERE code = \(bind: code)").first(decoding: Code.self) != nil else {
                    throw MergeError.unknownCode(code)
                }
            }
            let merged = try await Self.canonical(on: db)
            if let into = merged[old] { throw MergeError.alreadyMerged(old: old, into: into) }
            if let into = merged[new] { throw MergeError.mergedAway(code: new, into: into) }
            // Codes already merged into the old one now count as the new one.
            try await db.raw("UPDATE facility_merges SET new_code = \(bind: new) WHERE new_code = \(bind: old)").run()
            try await db.insert(into: "facility_merges")
                .columns("old_code", "new_code", "note", "decided_by", "decided_at")
                .values(old, new, note, person, Timestamp.now())
                .run()
            try await Self.rematch(on: db, database: database)
            if let audit { try await AuditLog.record(audit, on: db) }
        }
    }

    /// Undoes a merge: the old code is a facility of its own again.
    public func unmerge(old: String, by person: String, audit: AuditEvent? = nil) async throws {
        let old = old.uppercased()
        try await database.transaction { db in
            guard try await Self.canonical(on: db)[old] != nil else { throw MergeError.notMerged(old) }
            try await db.raw("DELETE FROM facility_merges WHERE old_code = \(bind: old)").run()
            try await Self.rematch(on: db, database: database)
            if let audit { try await AuditLog.record(audit, on: db) }
        }
    }

    /// Everything the matcher decides, decided again: workbook facilities, deaths, expansion events.
    static func rematch(on db: any SQLDatabase, database: VigilDatabase) async throws {
        try await FacilityMatching.run(on: db, database: database)
        try await DeathArchive.relink(on: db, matcher: try await FacilityMatching.registryMatcher(on: db))
        try await ExpansionEventDetection.recompute(on: db, database: database)
    }

    // MARK: Pairs worth a person's look

    /// Two codes that may be one facility: the same state, the same street address or the same
    /// name, and periods of use that never overlap (the dates the lists give, and the releases
    /// whose rows the matcher ties or suggests to each code).
    public struct Candidate: Sendable, Hashable {
        public var earlier: String
        public var later: String
        public var earlierName: String
        public var laterName: String
        public var state: String
        /// What the two codes share; its `description` is the command line's English.
        public var reason: Resemblance
        public var earlierPeriod: ClosedRange<CalendarDate>
        public var laterPeriod: ClosedRange<CalendarDate>
    }

    /// Why two codes may be one facility: a page says it in its reader's words.
    public enum Resemblance: Sendable, Hashable, CustomStringConvertible {
        /// The address as the list wrote it.
        case sameAddress(String)
        case sameName

        public var description: String {
            switch self {
            case .sameAddress(let address): "same address (\(address))"
            case .sameName: "same name"
            }
        }
    }

    public func candidates() async throws -> [Candidate] {
        let db = database.sql
        struct Entry: Decodable { var code: String; var name: String?; var address: String?; var state: String?; var first_use: String?; var last_use: String? }
        struct Seen: Decodable { var code: String; var as_of_date: String }
        let entries = try await db.raw("SELECT code, name, address, state, first_use, last_use FROM facility_list_entries").all(decoding: Entry.self)
        let merged = try await Self.canonical(on: db)
        var periods: [String: ClosedRange<CalendarDate>] = [:]
        func widen(_ code: String, _ date: CalendarDate) {
            periods[code] = periods[code].map { min($0.lowerBound, date)...max($0.upperBound, date) } ?? date...date
        }
        for e in entries {
            for text in [e.first_use, e.last_use] { if let date = text.flatMap({ CalendarDate(iso: $0) }) { widen(e.code, date) } }
        }
        for s in try await db.raw("""
            SELECT DISTINCT m.code, r.as_of_date FROM facility_matches m
            JOIN facility_observations o ON o.facility_key = m.facility_key JOIN releases r ON r.id = o.release_id
            WHERE m.code IS NOT NULL AND o.adp > 0
            """).all(decoding: Seen.self) {
            if let date = CalendarDate(iso: s.as_of_date) { widen(s.code, date) }
        }
        var names: [String: String] = [:]
        var byPlace: [String: Set<String>] = [:]
        var reasons: [String: Resemblance] = [:]
        for e in entries where merged[e.code] == nil {
            guard let state = e.state?.uppercased(), !state.isEmpty else { continue }
            if names[e.code] == nil, let name = e.name { names[e.code] = name }
            if let key = StreetAddress.key(e.address) {
                byPlace["\(state)|address|\(key)", default: []].insert(e.code)
                reasons["\(state)|address|\(key)"] = .sameAddress(e.address ?? key)
            }
            if let name = e.name, !FacilityNameWords.distinctiveTokens(FacilityNameWords.words(name)).isEmpty {
                let key = "\(state)|name|\(FacilityNameWords.words(name).joined(separator: " "))"
                byPlace[key, default: []].insert(e.code)
                reasons[key] = .sameName
            }
        }
        var found: [String: Candidate] = [:]
        for (place, codes) in byPlace where codes.count > 1 {
            let sorted = codes.sorted()
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] {
                    guard let pa = periods[a], let pb = periods[b], !pa.overlaps(pb) else { continue }
                    let (earlier, later) = pa.upperBound < pb.lowerBound ? (a, b) : (b, a)
                    let pair = "\(earlier)|\(later)"
                    if found[pair] != nil { continue }
                    found[pair] = Candidate(earlier: earlier, later: later, earlierName: names[earlier] ?? earlier, laterName: names[later] ?? later,
                                            state: String(place.prefix { $0 != "|" }), reason: reasons[place] ?? .sameName,
                                            earlierPeriod: periods[earlier]!, laterPeriod: periods[later]!)
                }
            }
        }
        return found.values.sorted { ($0.state, $0.earlier, $0.later) < ($1.state, $1.earlier, $1.later) }
    }
}
