import VigilCore
import VigilStore

/// A release's national total, in the JSON API.
struct APITrendPoint: Codable, Sendable, Hashable {
    var releaseId: Int
    var asOfDate: String
    var fiscalYear: Int
    /// Average daily population, fiscal year to date, summed over facilities.
    var totalAverageDailyPopulation: Double
    var facilityCount: Int
    var occupiedFacilityCount: Int

    enum CodingKeys: String, CodingKey {
        case releaseId = "release_id", asOfDate = "as_of_date", fiscalYear = "fiscal_year"
        case totalAverageDailyPopulation = "total_adp", facilityCount = "facility_count"
        case occupiedFacilityCount = "occupied_facility_count"
    }

    init(_ p: PopulationTrendPoint) {
        releaseId = p.releaseID
        asOfDate = p.asOfDate.iso
        fiscalYear = p.fiscalYear.year
        totalAverageDailyPopulation = p.totalAverageDailyPopulation
        facilityCount = p.facilityCount
        occupiedFacilityCount = p.occupiedFacilityCount
    }
}

/// `GET /api/v1/national/trend`.
struct APITrend: Codable, Sendable, Hashable {
    var points: [APITrendPoint]
}

struct APIBreakdownRow: Codable, Sendable, Hashable {
    var group: String
    var facilityCount: Int
    var averageDailyPopulation: Double
    var share: Double

    enum CodingKeys: String, CodingKey {
        case group, share, facilityCount = "facility_count", averageDailyPopulation = "adp"
    }

    init(_ r: BreakdownRow) {
        group = r.group
        facilityCount = r.facilityCount
        averageDailyPopulation = r.averageDailyPopulation
        share = r.share
    }
}

/// `GET /api/v1/releases/{id}/breakdown/{dimension}`.
struct APIBreakdown: Codable, Sendable, Hashable {
    var release: APIReleaseReference
    var dimension: String
    var rows: [APIBreakdownRow]
}
