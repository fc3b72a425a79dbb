import VigilCore
import VigilStore

/// One facility as one release reported it, in the JSON API. Populations are average daily
/// populations, fiscal year to date.
struct APIFacilityRow: Codable, Sendable, Hashable {
    var key: String
    var name: String
    var address: String?
    var city: String?
    var state: String?
    var zip: String?
    var aor: String?
    var typeDetailed: String?
    var gender: String?
    var averageDailyPopulation: Double?
    var levelA: Double?
    var levelB: Double?
    var levelC: Double?
    var levelD: Double?
    var maleCriminal: Double?
    var maleNonCriminal: Double?
    var femaleCriminal: Double?
    var femaleNonCriminal: Double?
    var threatLevel1: Double?
    var threatLevel2: Double?
    var threatLevel3: Double?
    var noThreatLevel: Double?
    var mandatory: Double?
    var guaranteedMinimum: Double?
    var averageLengthOfStay: Double?
    var pendingInspection: String?
    var inspections: [APIReportedInspection]
    /// Where the row came from: release, file and sheet row.
    var source: APIRowSource

    enum CodingKeys: String, CodingKey {
        case key, name, address, city, state, zip, aor, gender, mandatory, inspections, source
        case typeDetailed = "type_detailed", averageDailyPopulation = "adp"
        case levelA = "level_a", levelB = "level_b", levelC = "level_c", levelD = "level_d"
        case maleCriminal = "male_criminal", maleNonCriminal = "male_non_criminal"
        case femaleCriminal = "female_criminal", femaleNonCriminal = "female_non_criminal"
        case threatLevel1 = "threat_level_1", threatLevel2 = "threat_level_2", threatLevel3 = "threat_level_3"
        case noThreatLevel = "no_threat_level", guaranteedMinimum = "guaranteed_minimum", averageLengthOfStay = "alos"
        case pendingInspection = "pending_inspection"
    }

    init(_ row: FacilityReleaseRow) {
        let o = row.observation
        key = row.key.rawValue
        name = o.name
        address = o.address
        city = o.city
        state = o.state
        zip = o.zip
        aor = o.areaOfResponsibility
        typeDetailed = o.typeDetailed
        gender = o.gender
        averageDailyPopulation = o.averageDailyPopulation
        levelA = o.levelA
        levelB = o.levelB
        levelC = o.levelC
        levelD = o.levelD
        maleCriminal = o.maleCriminal
        maleNonCriminal = o.maleNonCriminal
        femaleCriminal = o.femaleCriminal
        femaleNonCriminal = o.femaleNonCriminal
        threatLevel1 = o.threatLevel1
        threatLevel2 = o.threatLevel2
        threatLevel3 = o.threatLevel3
        noThreatLevel = o.noThreatLevel
        mandatory = o.mandatory
        guaranteedMinimum = o.guaranteedMinimum
        averageLengthOfStay = o.averageLengthOfStay
        pendingInspection = o.pendingInspection
        inspections = o.inspections.map(APIReportedInspection.init)
        source = APIRowSource(row)
    }
}

struct APIRowSource: Codable, Sendable, Hashable {
    var releaseId: Int
    var asOfDate: String
    var fiscalYear: Int
    var fileName: String
    var sha256: String
    var sheetRow: Int
    var isSynthetic: Bool

    enum CodingKeys: String, CodingKey {
        case releaseId = "release_id", asOfDate = "as_of_date", fiscalYear = "fiscal_year", fileName = "file_name"
        case sha256, sheetRow = "sheet_row", isSynthetic = "is_synthetic"
    }

    init(_ row: FacilityReleaseRow) {
        releaseId = row.releaseID
        asOfDate = row.asOfDate.iso
        fiscalYear = row.fiscalYear.year
        fileName = row.sourceFile.fileName
        sha256 = row.sourceFile.sha256
        sheetRow = row.observation.sourceRow
        isSynthetic = row.isSynthetic
    }
}

/// An inspection exactly as one release's columns reported it.
struct APIReportedInspection: Codable, Sendable, Hashable {
    var position: String
    var inspector: String
    var type: String?
    var standard: String?
    var rating: String?
    var date: String?
    var dateLabel: String?

    enum CodingKeys: String, CodingKey {
        case position, inspector, type, standard, rating, date, dateLabel = "date_label"
    }

    init(_ i: ReportedInspection) {
        position = i.position.rawValue
        inspector = i.inspector.rawValue
        type = i.type
        standard = i.standard
        rating = i.rating
        date = i.date?.iso
        dateLabel = i.dateLabel
    }
}

/// `GET /api/v1/releases/{id}/facilities`.
struct APIReleaseFacilities: Codable, Sendable, Hashable {
    var release: APIReleaseReference
    /// Facilities before filtering.
    var totalCount: Int
    var count: Int
    var facilities: [APIFacilityRow]

    enum CodingKeys: String, CodingKey {
        case release, count, facilities, totalCount = "total_count"
    }
}
