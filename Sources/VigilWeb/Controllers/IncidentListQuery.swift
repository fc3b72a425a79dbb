import VigilCore
import VigilStore

/// The filters of `/incidents`, its downloads and `/api/v1/incidents`, from the query string:
/// `facility` (a registry code or facility key), `category` and `status` (slugs).
struct IncidentListQuery: Hashable, Sendable {
    var facility: String?
    var category: IncidentCategory?
    var status: IncidentStatus?

    init(facility: String? = nil, category: IncidentCategory? = nil, status: IncidentStatus? = nil) {
        self.facility = facility
        self.category = category
        self.status = status
    }

    /// Unknown category or status slugs are ignored (the page then lists every category or status).
    init(_ parameters: QueryParameters) {
        facility = parameters["facility"]
        category = parameters["category"].flatMap { IncidentCategory(rawValue: $0.lowercased()) }
        status = parameters["status"].flatMap { IncidentStatus(rawValue: $0.lowercased()) }
    }

    var isFiltered: Bool { facility != nil || category != nil || status != nil }

    var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if let facility { items.append(("facility", facility)) }
        if let category { items.append(("category", category.rawValue)) }
        if let status { items.append(("status", status.rawValue)) }
        return items
    }

    /// The rows of the chosen category and status (the facility is chosen when reading them).
    func apply(to rows: [IncidentRow]) -> [IncidentRow] {
        rows.filter { row in (category.map { row.category == $0 } ?? true) && (status.map { row.status == $0 } ?? true) }
    }

    /// The same filters with another category (nil: every category).
    func with(category: IncidentCategory?) -> IncidentListQuery {
        var copy = self
        copy.category = category
        return copy
    }
}
