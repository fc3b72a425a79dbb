import SQLKit
import VigilCore

/// Contract dollars and beds: what the award lists add up to per facility, recipient and
/// fiscal year, and the beds Congress funded against the people ICE held and the minimums it
/// guaranteed. Awards are dated and put in a fiscal year by their period's start (else their
/// award date); an award with neither counts in no year.
public struct MoneyQueries: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// Dollars per fiscal year, recipient and linked facility (the `contract-dollars` table).
    public struct DollarRow: Sendable, Hashable {
        public var fiscalYear: Int?
        public var recipient: String
        public var code: String?
        public var facilityName: String?
        public var detentionRelated: Bool
        public var awards: Int
        public var amountUSD: Double
    }

    public func dollars() async throws -> [DollarRow] {
        struct Row: Decodable {
            var fiscal_year: Int?; var recipient: String?; var code: String?; var name: String?; var detention_related: Int
            var awards: Int; var amount: Double?
        }
        return try await database.sql.raw("""
            SELECT a.fiscal_year, a.recipient, l.code, f.name, a.detention_related, COUNT(*) AS awards, SUM(a.amount_usd) AS amount
            FROM contract_awards a
            LEFT JOIN expansion_links l ON l.record_kind = 'award' AND l.record_key = a.award_id AND l.accepted = 1
            LEFT JOIN facilities f ON f.code = l.code
            GROUP BY a.fiscal_year, a.recipient, l.code, f.name, a.detention_related
            ORDER BY a.fiscal_year DESC, amount DESC, a.recipient
            """).all(decoding: Row.self).map {
            DollarRow(fiscalYear: $0.fiscal_year, recipient: $0.recipient ?? "(no recipient named)", code: $0.code, facilityName: $0.name,
                      detentionRelated: $0.detention_related != 0, awards: $0.awards, amountUSD: $0.amount ?? 0)
        }
    }

    /// “Who profits”: detention-related awards summed by recipient, largest first.
    public struct RecipientRow: Sendable, Hashable {
        public var recipient: String
        public var awards: Int
        public var amountUSD: Double
        public var firstFiscalYear: Int?
        public var lastFiscalYear: Int?
        /// Registry facilities its awards are linked to.
        public var facilities: Int
    }

    public func recipients() async throws -> [RecipientRow] {
        struct Row: Decodable {
            var recipient: String?; var awards: Int; var amount: Double?; var first_year: Int?; var last_year: Int?; var facilities: Int
        }
        return try await database.sql.raw("""
            SELECT a.recipient, COUNT(*) AS awards, SUM(a.amount_usd) AS amount, MIN(a.fiscal_year) AS first_year,
                   MAX(a.fiscal_year) AS last_year, COUNT(DISTINCT l.code) AS facilities
            FROM contract_awards a
            LEFT JOIN expansion_links l ON l.record_kind = 'award' AND l.record_key = a.award_id AND l.accepted = 1
            WHERE a.detention_related = 1
            GROUP BY a.recipient
            ORDER BY amount DESC, a.recipient
            """).all(decoding: Row.self).map {
            RecipientRow(recipient: $0.recipient ?? "(no recipient named)", awards: $0.awards, amountUSD: $0.amount ?? 0,
                         firstFiscalYear: $0.first_year, lastFiscalYear: $0.last_year, facilities: $0.facilities)
        }
    }

    /// Funded beds as the imported sources state them, oldest first.
    public func fundedBeds() async throws -> [FundedBedsYear] {
        struct Row: Decodable {
            var fiscal_year: Int; var beds: Int?; var status: String; var statement: String?; var source_url: String?; var source_row: Int
        }
        return try await database.sql.raw("""
            SELECT fiscal_year, beds, status, statement, source_url, source_row FROM funded_beds ORDER BY fiscal_year, source_row
            """).all(decoding: Row.self).map {
            FundedBedsYear(fiscalYear: $0.fiscal_year, beds: $0.beds, status: $0.status, statement: $0.statement, sourceURL: $0.source_url,
                           sourceRow: $0.source_row)
        }
    }

    /// ICE's guaranteed minimums summed over facilities, per release.
    public func guaranteedMinimums() async throws -> [(asOf: CalendarDate, beds: Double)] {
        struct Row: Decodable { var as_of_date: String; var beds: Double? }
        return try await database.sql.raw("""
            SELECT r.as_of_date, SUM(o.guaranteed_minimum) AS beds
            FROM releases r JOIN facility_observations o ON o.release_id = r.id
            GROUP BY r.id, r.as_of_date ORDER BY r.as_of_date
            """).all(decoding: Row.self).compactMap { row in
            guard let date = CalendarDate(iso: row.as_of_date), let beds = row.beds, beds > 0 else { return nil }
            return (asOf: date, beds: beds)
        }
    }
}
