import VigilCore

/// One labelled daily series in the JSON API: every day it covers, zeros included.
struct APIDailySeries: Codable, Sendable, Hashable {
    var source: String
    var sourceLabel: String
    var definition: String
    var sourceFile: String
    var sourceSha256: String
    var firstDate: String
    var lastDate: String
    var points: [APIDailyPoint]

    enum CodingKeys: String, CodingKey {
        case source, sourceLabel = "source_label", definition, sourceFile = "source_file", sourceSha256 = "source_sha256"
        case firstDate = "first_date", lastDate = "last_date", points
    }

    init(_ s: DailySeries) {
        source = s.source.rawValue
        sourceLabel = DailySeriesLabel.source(s.source)
        definition = s.definition.rawValue
        sourceFile = s.fileName
        sourceSha256 = s.sha256
        firstDate = s.coverage.lowerBound.iso
        lastDate = s.coverage.upperBound.iso
        points = s.days.map { APIDailyPoint(date: $0.date.iso, population: $0.population) }
    }
}

struct APIDailyPoint: Codable, Sendable, Hashable {
    var date: String
    var population: Int
}

/// Two sources' means over the same days.
struct APIDailyComparison: Codable, Sendable, Hashable {
    var scope: String
    var periodStart: String
    var periodEnd: String
    var days: Int
    var definition: String
    var sourceA: String
    var meanA: Double
    var sourceB: String
    var meanB: Double
    var difference: Double
    var relativeDifference: Double?

    enum CodingKeys: String, CodingKey {
        case scope, periodStart = "period_start", periodEnd = "period_end", days, definition
        case sourceA = "source_a", meanA = "mean_a", sourceB = "source_b", meanB = "mean_b", difference
        case relativeDifference = "relative_difference"
    }

    init(_ p: DailySourceComparison.Pair) {
        scope = p.scope.rawValue
        periodStart = p.period.lowerBound.iso
        periodEnd = p.period.upperBound.iso
        days = p.dayCount
        definition = p.definition.rawValue
        sourceA = p.sourceA.rawValue
        meanA = p.meanA
        sourceB = p.sourceB.rawValue
        meanB = p.meanB
        difference = p.difference
        relativeDifference = p.relativeDifference
    }
}

/// `GET /api/v1/facilities/{key}/daily`.
struct APIFacilityDaily: Codable, Sendable, Hashable {
    var facilityKey: String
    /// The registry (DETLOC) code the series are keyed by; absent when the key has none.
    var facilityCode: String?
    var series: [APIDailySeries]
    var comparison: [APIDailyComparison]

    enum CodingKeys: String, CodingKey {
        case facilityKey = "facility_key", facilityCode = "facility_code", series, comparison
    }
}

/// `GET /api/v1/daily/national`.
struct APINationalDaily: Codable, Sendable, Hashable {
    var note: String
    var series: [APIDailySeries]
}
