import VigilCore
import VigilStore

/// `GET /api/v1/facilities/{key}`: a facility and everything ICE reported for it.
struct APIFacility: Codable, Sendable, Hashable {
    var key: String
    /// As the latest release writes it.
    var name: String
    var address: String?
    var city: String?
    var state: String?
    var zip: String?
    var aor: String?
    var typeDetailed: String?
    var gender: String?
    /// One row per release row, oldest first.
    var history: [APIFacilityRow]
    /// Each inspection once, with the releases that reported it.
    var inspections: [APIInspectionRecord]

    enum CodingKeys: String, CodingKey {
        case key, name, address, city, state, zip, aor, gender, history, inspections, typeDetailed = "type_detailed"
    }

    init(key: FacilityKey, rows: [FacilityReleaseRow]) {
        let latest = rows.last?.observation
        self.key = key.rawValue
        name = latest?.name ?? ""
        address = latest?.address
        city = latest?.city
        state = latest?.state
        zip = latest?.zip
        aor = latest?.areaOfResponsibility
        typeDetailed = latest?.typeDetailed
        gender = latest?.gender
        history = rows.map(APIFacilityRow.init)
        inspections = InspectionHistory.records(from: rows).map(APIInspectionRecord.init)
    }
}

struct APIInspectionRecord: Codable, Sendable, Hashable {
    var inspector: String
    var type: String?
    var standard: String?
    var rating: String?
    var date: String?
    var dateLabels: [String]
    var reportedIn: [APIReleaseReference]

    enum CodingKeys: String, CodingKey {
        case inspector, type, standard, rating, date, dateLabels = "date_labels", reportedIn = "reported_in"
    }

    init(_ r: InspectionRecord) {
        inspector = r.inspector.rawValue
        type = r.type
        standard = r.standard
        rating = r.rating
        date = r.date?.iso
        dateLabels = r.dateLabels
        reportedIn = r.reportedIn.map(APIReleaseReference.init)
    }
}

/// `GET /api/v1/facilities?q=`.
struct APIFacilitySearch: Codable, Sendable, Hashable {
    struct Result: Codable, Sendable, Hashable {
        var key: String
        var name: String
        var state: String?
        /// The facility's page.
        var url: String
        var apiUrl: String

        enum CodingKeys: String, CodingKey {
            case key, name, state, url, apiUrl = "api_url"
        }
    }

    var query: String
    var results: [Result]
}
