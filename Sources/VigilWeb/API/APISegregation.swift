import VigilCore
import VigilStore

/// `GET /api/v1/segregation`: ICE's segregation figures, each month and quarter from its
/// latest edition.
struct APISegregation: Codable, Sendable, Hashable {
    var months: [APISegregationMonth]
    var vulnerableQuarters: [APIVulnerableQuarter]

    enum CodingKeys: String, CodingKey { case months, vulnerableQuarters = "vulnerable_quarters" }
}

/// One month nationally: the facility lines of the month's latest edition, summed.
struct APISegregationMonth: Codable, Sendable, Hashable {
    var month: String
    var peopleInSegregationSummed: Int
    var facilitiesListed: Int
    var sourceFile: String
    var releaseAsOf: String
    var sheet: String
    var editions: Int

    enum CodingKeys: String, CodingKey {
        case month, peopleInSegregationSummed = "people_in_segregation_summed", facilitiesListed = "facilities_listed"
        case sourceFile = "source_file", releaseAsOf = "release_as_of", sheet, editions
    }

    init(_ m: SegregationNationalMonth) {
        month = m.month; peopleInSegregationSummed = m.total; facilitiesListed = m.facilitiesReporting
        sourceFile = m.sourceFileName; releaseAsOf = m.releaseAsOfDate.iso; sheet = m.sheet; editions = m.editions
    }
}

/// One fiscal quarter and placement reason (`total` is ICE's Grand Total).
struct APIVulnerableQuarter: Codable, Sendable, Hashable {
    var fiscalYear: Int
    var quarter: Int
    var reason: String
    var reasonAsWritten: String
    var placements: Int
    var avgConsecutiveDays: Double?
    var avgCumulativeDays: Double?
    var uniqueDetainees: Int?
    var sourceFile: String
    var releaseAsOf: String
    var sheetRow: Int

    enum CodingKeys: String, CodingKey {
        case fiscalYear = "fiscal_year", quarter, reason, reasonAsWritten = "reason_as_written", placements
        case avgConsecutiveDays = "avg_consecutive_days", avgCumulativeDays = "avg_cumulative_days"
        case uniqueDetainees = "unique_detainees", sourceFile = "source_file", releaseAsOf = "release_as_of", sheetRow = "sheet_row"
    }

    init(_ q: VulnerableSegregationQuarter) {
        fiscalYear = q.fiscalYear; quarter = q.quarter; reason = q.reason.code; reasonAsWritten = q.reasonAsWritten
        placements = q.placements; avgConsecutiveDays = q.averageConsecutiveDays; avgCumulativeDays = q.averageCumulativeDays
        uniqueDetainees = q.uniqueDetainees; sourceFile = q.sourceFileName; releaseAsOf = q.releaseAsOfDate.iso; sheetRow = q.sheetRow
    }
}
