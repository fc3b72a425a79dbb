import Foundation
import SQLKit
import VigilCore

/// Stores the expansion lists: each file once by SHA-256 (the same bytes again change nothing),
/// each import in one transaction, and every award, agenda item and dossier linked to the
/// registry through the one matcher (`FacilityMatching.registryMatcher`), with doubtful links
/// kept for review. A newer edition of a list replaces the records it lists (by the list's id).
public struct ExpansionArchive: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// Fuzzy matches below this stay doubtful: a person confirms them.
    public static let linkConfidence = 0.9

    // MARK: Contract awards

    public func importAwards(_ awards: [ContractAward], from source: SourceFile) async throws -> ExpansionImportReport {
        try await replaceRecords(awards, kind: "contracts", from: source, table: "contract_awards", key: "award_id", keyOf: \.awardID, columns: [
            "award_id", "source_sha256", "source_row", "recipient", "amount_usd", "description", "start_date", "award_date",
            "fiscal_year", "place_state", "place_county", "contractor_type", "detention_related",
        ], row: { a in
            [a.awardID, source.sha256, a.sourceRow, a.recipient, a.amountUSD, a.description, a.date?.iso, a.awardDate?.iso,
             a.date?.fiscalYear, a.placeState, a.placeCounty, a.contractorType, a.detentionRelated ? 1 : 0]
        }, link: { awards, db in
            // Only detention-related awards are about a place people are held; the rest (software,
            // vehicles, courier services) are counted in the money tables but linked to nothing.
            let matcher = try await FacilityMatching.registryMatcher(on: db)
            let states = try await Self.knownStates(on: db)
            var links: [ExpansionLink] = []
            let codeStates = try await Self.codeStates(on: db)
            for award in awards where award.detentionRelated {
                let named = FacilityMention.states(of: award, among: states)
                let mention = FacilityMention.find(names: ContractAwardEvidence.candidateNames(in: award.description ?? ""),
                                                   states: named, matcher: matcher, minimumConfidence: Self.linkConfidence)
                if let link = ExpansionLink.make(.award, key: award.awardID, mention: mention, states: named, codeStates: codeStates) {
                    links.append(link)
                }
            }
            return try await Self.storeLinks(links, kind: .award, keys: awards.map(\.awardID), on: db)
        })
    }

    // MARK: Agenda items

    public func importCommissionItems(_ items: [CommissionAgendaItem], from source: SourceFile) async throws -> ExpansionImportReport {
        try await replaceRecords(items, kind: "commission-activity", from: source, table: "commission_items", key: "item_id", keyOf: \.itemID,
                                 columns: [
            "item_id", "source_sha256", "source_row", "title", "place", "state", "meeting_date", "meeting_type", "agenda_item",
            "vote_result", "source", "signal_strength", "notes",
        ], row: { i in
            [i.itemID, source.sha256, i.sourceRow, i.title, i.place, i.state, i.date.iso, i.meetingType, i.agendaItem,
             i.voteResult, i.source, i.signalStrength, i.notes]
        }, link: { items, db in
            let matcher = try await FacilityMatching.registryMatcher(on: db)
            var links: [ExpansionLink] = []
            let codeStates = try await Self.codeStates(on: db)
            for item in items {
                let mention = FacilityMention.find(names: ContractAwardEvidence.candidateNames(in: item.text), states: [item.state],
                                                   matcher: matcher, minimumConfidence: Self.linkConfidence)
                if let link = ExpansionLink.make(.agendaItem, key: item.itemID, mention: mention, states: [item.state], codeStates: codeStates) {
                    links.append(link)
                }
            }
            return try await Self.storeLinks(links, kind: .agendaItem, keys: items.map(\.itemID), on: db)
        })
    }

    // MARK: 287(g) agreements

    /// 287(g) agreements name agencies, not facilities: they are stored, not linked.
    public func importAgreements(_ agreements: [Agreement287g], from source: SourceFile) async throws -> ExpansionImportReport {
        try await replaceRecords(agreements, kind: "287g", from: source, table: "agreements_287g", key: "agreement_id", keyOf: \.agreementID,
                                 columns: [
            "agreement_id", "source_sha256", "source_row", "title", "state", "county", "agency", "model", "signed_date", "source", "notes",
        ], row: { a in
            [a.agreementID, source.sha256, a.sourceRow, a.title, a.state, a.county, a.agency, a.model, a.signedDate.iso, a.source, a.notes]
        })
    }

    // MARK: Funded beds

    /// A revised file replaces the fiscal years it lists; years it does not list stay.
    public func importFundedBeds(_ years: [FundedBedsYear], from source: SourceFile) async throws -> ExpansionImportReport {
        try await replaceRecords(years, kind: "funded-beds", from: source, table: "funded_beds", key: "fiscal_year", keyOf: \.fiscalYear, columns: [
            "source_sha256", "source_row", "fiscal_year", "beds", "status", "statement", "source_url",
        ], row: { y in
            [source.sha256, y.sourceRow, y.fiscalYear, y.beds, y.status, y.statement, y.sourceURL]
        })
    }

    /// The one shape of a list's import, in one transaction: the file is archived by SHA-256 (the
    /// same bytes again change nothing and report the name they were first imported under); the
    /// records it lists replace those with the same `key` (a newer edition of the list); `link`,
    /// when given, ties them to registry facilities and says how many it linked and left doubtful.
    func replaceRecords<Record: Sendable, Key: Encodable & Sendable>(
        _ records: [Record], kind: String, from source: SourceFile, table: String, key: String, keyOf: @Sendable (Record) -> Key,
        columns: [String], row: @escaping @Sendable (Record) -> [any Encodable & Sendable],
        link: (@Sendable ([Record], any SQLDatabase) async throws -> (linked: Int, doubtful: Int))? = nil
    ) async throws -> ExpansionImportReport {
        let dialect = database.dialect
        let keys = records.map(keyOf)
        return try await database.transaction { db in
            var report = ExpansionImportReport(kind: kind, fileName: source.fileName, records: records.count)
            if let existing = try await Self.archive(source, kind: kind, rows: records.count, on: db) {
                report.alreadyArchivedAs = existing
                return report
            }
            try await Self.delete(from: table, key: key, keys, on: db)
            try await BulkInsert(table: table, columns: columns).run(encodable: records.map(row), dialect: dialect, session: db)
            report.stored = records.count
            if let link { (report.linked, report.doubtful) = try await link(records, db) }
            return report
        }
    }

    // MARK: Dossiers

    /// A folder of dossiers in one transaction: each file archived by its SHA-256; a file seen
    /// before is skipped; a changed file replaces the dossier with its id.
    public func importDossiers(_ files: [(source: SourceFile, dossier: ContractDossier)], folderName: String) async throws -> ExpansionImportReport {
        try await database.transaction { db in
            var report = ExpansionImportReport(kind: "dossiers", fileName: folderName, records: files.count)
            let matcher = try await FacilityMatching.registryMatcher(on: db)
            let states = try await Self.knownStates(on: db)
            var links: [ExpansionLink] = []
            var keys: [String] = []
            var skipped: [String] = []
            for (source, d) in files {
                if let existing = try await Self.archive(source, kind: report.kind, rows: 1, on: db) { skipped.append(existing); continue }
                try await Self.delete(from: "contract_dossiers", key: "slug", [d.slug], on: db)
                try await db.insert(into: "contract_dossiers")
                    .columns("slug", "source_sha256", "file_name", "title", "contract_type", "awarding_entity", "contractor", "facility_slug",
                             "value_text", "period_text", "beds_text", "importance", "tags", "body")
                    .values(d.slug, source.sha256, d.fileName, d.title, d.contractType, d.awardingEntity, d.contractor, d.facility,
                            d.value, d.period, d.beds, d.importance, d.tags.joined(separator: ";"), d.body)
                    .run()
                report.stored += 1
                keys.append(d.slug)
                var names = ContractAwardEvidence.candidateNames(in: d.title)
                if let words = d.facilityWords?.uppercased() { names.insert(words, at: 0) }
                let named = ContractAwardEvidence.statesNamed(in: d.body + " " + d.title, among: states)
                let mention = FacilityMention.find(names: names, states: named, matcher: matcher, minimumConfidence: Self.linkConfidence)
                if let link = ExpansionLink.make(.dossier, key: d.slug, mention: mention) { links.append(link) }
            }
            if report.stored == 0 { report.alreadyArchivedAs = skipped.count == 1 ? skipped[0] : "\(skipped.count) files already imported" }
            (report.linked, report.doubtful) = try await Self.storeLinks(links, kind: .dossier, keys: keys, on: db)
            return report
        }
    }

    // MARK: Shared steps

    /// Records the file, or returns the name it was first imported under when these bytes were.
    static func archive(_ source: SourceFile, kind: String, rows: Int, on db: any SQLDatabase) async throws -> String? {
        if let existing = try await ArchivedFile.find(source.sha256, in: .expansionSources, on: db) {
            return existing.fileName
        }
        try await db.insert(into: "expansion_sources")
            .columns("sha256", "file_name", "kind", "byte_count", "row_count", "imported_at")
            .values(source.sha256, source.fileName, kind, source.byteCount, rows, Timestamp.now())
            .run()
        return nil
    }

    static func delete(from table: String, key column: String, _ keys: [some Encodable & Sendable], on db: any SQLDatabase) async throws {
        var start = 0
        while start < keys.count {
            let chunk = Array(keys[start..<min(start + 500, keys.count)])
            try await db.raw("DELETE FROM \(unsafeRaw: table) WHERE \(unsafeRaw: column) IN (\(binds: chunk))").run()
            start += chunk.count
        }
    }

    /// Each registry code's state.
    static func codeStates(on db: any SQLDatabase) async throws -> [String: String] {
        struct Row: Decodable { var code: String; var state: String? }
        var states: [String: String] = [:]
        for r in try await db.raw("SELECT code, state FROM facilities").all(decoding: Row.self) { states[r.code] = r.state?.uppercased() }
        return states
    }

    static func knownStates(on db: any SQLDatabase) async throws -> Set<String> {
        struct State: Decodable { var state: String }
        return Set(try await db.raw("SELECT DISTINCT state FROM facility_list_entries WHERE state IS NOT NULL")
            .all(decoding: State.self).map { $0.state.uppercased() })
    }

    /// Replaces the matcher's links of the records imported; a person's decision on a record
    /// (`manual`, `rejected`) is never touched. Returns how many are accepted and doubtful.
    static func storeLinks(_ links: [ExpansionLink], kind: ExpansionLink.Kind, keys: [String],
                           on db: any SQLDatabase) async throws -> (linked: Int, doubtful: Int) {
        struct Decided: Decodable { var record_key: String }
        let decided = Set(try await db.raw("""
            SELECT record_key FROM expansion_links WHERE record_kind = \(bind: kind.rawValue)
            AND method IN (\(binds: [FacilityMatchMethod.manual.rawValue, FacilityMatchMethod.rejected.rawValue]))
            """).all(decoding: Decided.self).map(\.record_key))
        let automatic = keys.filter { !decided.contains($0) }
        var start = 0
        while start < automatic.count {
            let chunk = Array(automatic[start..<min(start + 500, automatic.count)])
            try await db.raw("DELETE FROM expansion_links WHERE record_kind = \(bind: kind.rawValue) AND record_key IN (\(binds: chunk))").run()
            start += chunk.count
        }
        let now = Timestamp.now()
        var linked = 0, doubtful = 0
        for link in links where !decided.contains(link.key) {
            try await db.insert(into: "expansion_links")
                .columns("record_kind", "record_key", "code", "method", "confidence", "accepted", "evidence", "decided_by", "decided_at")
                .values(link.kind.rawValue, link.key, link.code, link.method.rawValue, link.confidence, link.accepted ? 1 : 0,
                        link.evidence, "vigil matcher", now)
                .run()
            if link.accepted { linked += 1 } else { doubtful += 1 }
        }
        return (linked, doubtful)
    }
}
