import VigilCore
import VigilStore

/// `GET /api/v1/deaths`: every death in ICE custody Vigil holds, oldest first.
struct APIDeathList: Codable, Sendable, Hashable {
    var deaths: [APIDeath]
}

/// One death, with each list that reports it.
struct APIDeath: Codable, Sendable, Hashable {
    struct Source: Codable, Sendable, Hashable {
        var fileName: String
        var sha256: String
        var row: Int
        var url: String?
        enum CodingKeys: String, CodingKey { case fileName = "file_name", sha256, row, url }
    }

    var name: String
    var date: String?
    var year: Int
    var facilityName: String
    var facilityCode: String?
    var suggestedCode: String?
    var linkMethod: String
    var linkConfidence: Double?
    var state: String?
    var cause: String?
    var facilityType: String?
    var `operator`: String?
    var sources: [Source]

    enum CodingKeys: String, CodingKey {
        case name, date, year, facilityName = "facility_name", facilityCode = "facility_code", suggestedCode = "suggested_code"
        case linkMethod = "link_method", linkConfidence = "link_confidence", state, cause, facilityType = "facility_type"
        case `operator`, sources
    }

    init(_ d: DeathRow) {
        name = d.personName; date = d.date?.iso; year = d.year; facilityName = d.facilityName; facilityCode = d.facilityCode
        suggestedCode = d.suggestedCode; linkMethod = d.linkMethod; linkConfidence = d.linkConfidence; state = d.state
        cause = d.cause; facilityType = d.facilityType; `operator` = d.operatorName
        sources = d.sources.map { .init(fileName: $0.fileName, sha256: $0.sha256, row: $0.row, url: $0.url) }
    }
}
