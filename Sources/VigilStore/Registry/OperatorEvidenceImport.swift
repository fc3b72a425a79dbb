import Foundation
import SQLKit
import VigilCore

/// Operator evidence from sources that name facilities instead of giving codes: lists by name
/// and place, and federal contract awards. Each row goes through the registry matcher
/// (`FacilityMatching.registryMatcher`); a confident match becomes a dated, cited operator
/// record carrying its method, match method and confidence; anything else is kept in
/// `operator_list_unmatched` for a person to review, never guessed. Each file is one
/// transaction keyed by SHA-256: importing it again changes nothing.
extension FacilityRegistry {
    /// A row the matcher could not tie to one code with confidence.
    public struct UnmatchedOperatorRow: Sendable, Hashable {
        public var fileName: String
        public var row: Int
        public var method: OperatorEvidenceMethod
        public var name: String
        public var place: String?
        public var operatorName: String?
        public var suggestedCode: String?
        public var confidence: Double?
        public var reason: String
    }

    public struct EvidenceImportReport: Sendable, Hashable {
        public var method: OperatorEvidenceMethod
        /// Rows (list) or awards (award file) read.
        public var rows: Int
        /// Rows that could be evidence: every list row; awards that `ContractAwardEvidence` accepts.
        public var considered: Int
        public var records: Int
        public var unmatched: [UnmatchedOperatorRow]
        /// Set when the same bytes were imported before: nothing changed.
        public var alreadyArchivedAs: String?
    }

    /// Fuzzy matches of award descriptions must score at least this (exact and normalised score 1).
    public static let awardMatchConfidence = 0.9

    /// Imports a list by name and place (`Facility Name,Location,Management`) as of `asOf`.
    @discardableResult
    public func importOperatorList(_ rows: [OperatorListRow], asOf: CalendarDate, from source: SourceFile) async throws -> EvidenceImportReport {
        try await importEvidence(source: source, format: "operator-list", asOf: asOf, method: .nameAndPlace, rows: rows.count) { db in
            let matcher = try await FacilityMatching.registryMatcher(on: db)
            var records: [OperatorRecord] = []
            var unmatched: [UnmatchedOperatorRow] = []
            for row in rows {
                let match = matcher.match(.init(name: row.name, city: row.city, state: row.state, zip: nil))
                guard let match, match.isAccepted else {
                    unmatched.append(UnmatchedOperatorRow(
                        fileName: source.fileName, row: row.sourceRow, method: .nameAndPlace, name: row.name, place: row.place,
                        operatorName: row.operatorName, suggestedCode: match?.code, confidence: match?.confidence,
                        reason: match == nil ? "no registry name in \(row.state ?? "its state") is close enough"
                            : "only a doubtful match (\(match!.code), confidence \(match!.confidence)); a person must decide"))
                    continue
                }
                records.append(Self.record(match, asOf: asOf, source: source, operatorName: row.operatorName, row: row.sourceRow,
                                           method: .nameAndPlace,
                                           citation: "\(source.fileName), row \(row.sourceRow): “\(row.name)”, \(row.place)"))
            }
            return (rows.count, records, unmatched)
        }
    }

    /// An operator record a matched list row or award evidences, with how the facility was matched.
    static func record(_ match: FacilityNameMatcher.Match, asOf: CalendarDate, source: SourceFile, operatorName: String?, row: Int,
                       method: OperatorEvidenceMethod, citation: String) -> OperatorRecord {
        var r = OperatorRecord(code: match.code, asOfDate: asOf, source: source.fileName)
        r.operatorName = operatorName
        r.citation = citation
        r.sourceRow = row
        r.method = method
        r.matchMethod = match.method
        r.matchConfidence = match.confidence
        return r
    }

    /// Imports the operator evidence in a list of federal contract awards: an award that
    /// `ContractAwardEvidence` accepts and whose description names exactly one registry
    /// facility (in the award's place state or a state the description names; failing that,
    /// a name one code alone has, in any state) records its recipient as that facility's operator.
    @discardableResult
    public func importContractAwards(_ awards: [ContractAward], from source: SourceFile) async throws -> EvidenceImportReport {
        try await importEvidence(source: source, format: "contract-awards", asOf: nil, method: .contractAward, rows: awards.count) { db in
            let matcher = try await FacilityMatching.registryMatcher(on: db)
            struct State: Decodable { var state: String }
            let allStates = Set(try await db.raw("SELECT DISTINCT state FROM facility_list_entries WHERE state IS NOT NULL")
                .all(decoding: State.self).map { $0.state.uppercased() })
            var records: [OperatorRecord] = []
            var unmatched: [UnmatchedOperatorRow] = []
            var considered = 0
            for award in awards where ContractAwardEvidence.qualifies(award) {
                considered += 1
                let description = award.description ?? ""
                let mention = FacilityMention.find(names: ContractAwardEvidence.candidateNames(in: description),
                                                   states: FacilityMention.states(of: award, among: allStates),
                                                   matcher: matcher, minimumConfidence: Self.awardMatchConfidence)
                let codes = mention.codes
                let best = mention.best.first?.confidence ?? 0
                guard let match = mention.match, let date = award.date else {
                    unmatched.append(UnmatchedOperatorRow(
                        fileName: source.fileName, row: award.sourceRow, method: .contractAward, name: description,
                        place: award.placeState, operatorName: award.recipient, suggestedCode: codes.first, confidence: codes.isEmpty ? nil : best,
                        reason: codes.isEmpty ? "award \(award.awardID): no facility its description names matches the registry with confidence"
                            : "award \(award.awardID): the description names several facilities (\(codes.joined(separator: ", ")))"))
                    continue
                }
                records.append(Self.record(match, asOf: date, source: source, operatorName: award.recipient, row: award.sourceRow,
                                           method: .contractAward,
                                           citation: "award \(award.awardID), \(source.fileName) row \(award.sourceRow) (CC BY-SA 4.0): “\(description.prefix(160))”"))
            }
            return (considered, records, unmatched)
        }
    }

    /// Archives the file by SHA-256 and stores its records and unmatched rows, in one transaction.
    private func importEvidence(source: SourceFile, format: String, asOf: CalendarDate?, method: OperatorEvidenceMethod, rows: Int,
                                _ derive: @escaping @Sendable (any SQLDatabase) async throws -> (Int, [OperatorRecord], [UnmatchedOperatorRow]))
        async throws -> EvidenceImportReport {
        let dialect = database.dialect
        return try await database.transaction { db in
            if let existing = try await ArchivedFile.find(source.sha256, in: .facilitySources, on: db) {
                return EvidenceImportReport(method: method, rows: rows, considered: 0, records: 0, unmatched: [], alreadyArchivedAs: existing.fileName)
            }
            let (considered, records, unmatched) = try await derive(db)
            try await db.insert(into: "facility_sources")
                .columns("sha256", "file_name", "format", "byte_count", "as_of_date", "entry_count", "notes_json", "imported_at")
                .values(source.sha256, source.fileName, format, source.byteCount, asOf?.iso, records.count, "[]", Timestamp.now())
                .run()
            try await BulkInsert(table: "facility_operators", columns: OperatorRecordRow.columns)
                .run(encodable: records.map { OperatorRecordRow($0, sha256: source.sha256).values }, dialect: dialect, session: db)
            try await BulkInsert(table: "operator_list_unmatched", columns: [
                "source_sha256", "source_row", "method", "name", "place", "operator", "suggested_code", "confidence", "reason",
            ]).run(encodable: unmatched.map { u -> [any Encodable & Sendable] in
                [source.sha256, u.row, u.method.rawValue, u.name, u.place, u.operatorName, u.suggestedCode, u.confidence, u.reason]
            }, dialect: dialect, session: db)
            return EvidenceImportReport(method: method, rows: rows, considered: considered, records: records.count, unmatched: unmatched,
                                        alreadyArchivedAs: nil)
        }
    }

    /// Every row kept for review, file by file, in row order.
    public func unmatchedOperatorRows() async throws -> [UnmatchedOperatorRow] {
        struct Row: Decodable {
            var file_name: String; var source_row: Int; var method: String; var name: String; var place: String?
            var `operator`: String?; var suggested_code: String?; var confidence: Double?; var reason: String
        }
        return try await database.sql.raw("""
            SELECT s.file_name, u.source_row, u.method, u.name, u.place, u.operator, u.suggested_code, u.confidence, u.reason
            FROM operator_list_unmatched u JOIN facility_sources s ON s.sha256 = u.source_sha256
            ORDER BY s.file_name, u.source_row
            """).all(decoding: Row.self).map {
            UnmatchedOperatorRow(fileName: $0.file_name, row: $0.source_row, method: OperatorEvidenceMethod(rawValue: $0.method) ?? .nameAndPlace,
                                 name: $0.name, place: $0.place, operatorName: $0.operator, suggestedCode: $0.suggested_code,
                                 confidence: $0.confidence, reason: $0.reason)
        }
    }
}
