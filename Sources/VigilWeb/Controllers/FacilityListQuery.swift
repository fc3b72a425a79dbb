import Foundation
import VigilCore
import VigilStore

/// How a release's facility table is narrowed and ordered: `?q=&state=&aor=&type=&sort=&order=`.
///
/// The same query drives the page, its CSV/JSON download and the API, so a download holds
/// exactly the rows the page shows.
struct FacilityListQuery: Hashable, Sendable {
    enum SortKey: String, Sendable, CaseIterable {
        case name, state, aor, type, adp
        case guaranteedMinimum = "guaranteed_minimum"
        case alos

        /// Numbers read largest first; names alphabetically.
        var defaultOrder: SortOrder {
            switch self {
            case .adp, .guaranteedMinimum, .alos: .descending
            case .name, .state, .aor, .type: .ascending
            }
        }
    }

    enum SortOrder: String, Sendable {
        case ascending = "asc"
        case descending = "desc"

        var flipped: SortOrder { self == .ascending ? .descending : .ascending }
    }

    /// Text to find in the facility's name or city, case-insensitively.
    var text: String?
    var state: String?
    var aor: String?
    var type: String?
    var sort: SortKey = .adp
    var order: SortOrder = .descending

    init(text: String? = nil, state: String? = nil, aor: String? = nil, type: String? = nil,
         sort: SortKey = .adp, order: SortOrder? = nil) {
        self.text = text
        self.state = state
        self.aor = aor
        self.type = type
        self.sort = sort
        self.order = order ?? sort.defaultOrder
    }

    init(_ parameters: QueryParameters) {
        let sort = parameters["sort"].flatMap(SortKey.init(rawValue:)) ?? .adp
        self.init(text: parameters["q"], state: parameters["state"], aor: parameters["aor"], type: parameters["type"],
                  sort: sort, order: parameters["order"].flatMap(SortOrder.init(rawValue:)))
    }

    var isFiltered: Bool { text != nil || state != nil || aor != nil || type != nil }

    /// The default sort leaves no trace in the URL, so plain links stay plain.
    var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if let text { items.append(("q", text)) }
        if let state { items.append(("state", state)) }
        if let aor { items.append(("aor", aor)) }
        if let type { items.append(("type", type)) }
        if sort != .adp || order != sort.defaultOrder {
            items.append(("sort", sort.rawValue))
            items.append(("order", order.rawValue))
        }
        return items
    }

    /// The same filters, ordered by `key`: the opposite way when already ordered by it.
    func sorted(by key: SortKey) -> FacilityListQuery {
        var copy = self
        copy.sort = key
        copy.order = sort == key ? order.flipped : key.defaultOrder
        return copy
    }

    func apply(to rows: [FacilityReleaseRow]) -> [FacilityReleaseRow] {
        let needle = text?.lowercased()
        let kept = rows.filter { row in
            let o = row.observation
            if let state, o.state?.caseInsensitiveCompare(state) != .orderedSame { return false }
            if let aor, o.areaOfResponsibility?.caseInsensitiveCompare(aor) != .orderedSame { return false }
            if let type, o.typeDetailed?.caseInsensitiveCompare(type) != .orderedSame { return false }
            if let needle {
                let inName = o.name.lowercased().contains(needle)
                let inCity = o.city?.lowercased().contains(needle) ?? false
                if !inName && !inCity { return false }
            }
            return true
        }
        return kept.sorted { a, b in
            let comparison = compare(a.observation, b.observation, by: sort)
            if comparison != .orderedSame { return order == .ascending ? comparison == .orderedAscending : comparison == .orderedDescending }
            // Ties (and missing values) fall back to name, so the order is stable and predictable.
            return (a.observation.name, a.observation.sourceRow) < (b.observation.name, b.observation.sourceRow)
        }
    }

    /// Compares two rows by one column; a missing value sorts after every present one either way.
    private func compare(_ a: FacilityObservation, _ b: FacilityObservation, by key: SortKey) -> ComparisonResult {
        func text(_ x: String?, _ y: String?) -> ComparisonResult {
            switch (x, y) {
            case (nil, nil): return .orderedSame
            case (nil, _): return order == .ascending ? .orderedDescending : .orderedAscending
            case (_, nil): return order == .ascending ? .orderedAscending : .orderedDescending
            case let (x?, y?): return x.localizedStandardCompareASCII(y)
            }
        }
        func number(_ x: Double?, _ y: Double?) -> ComparisonResult {
            switch (x, y) {
            case (nil, nil): return .orderedSame
            case (nil, _): return order == .ascending ? .orderedDescending : .orderedAscending
            case (_, nil): return order == .ascending ? .orderedAscending : .orderedDescending
            case let (x?, y?): return x < y ? .orderedAscending : (x > y ? .orderedDescending : .orderedSame)
            }
        }
        switch key {
        case .name: return text(a.name, b.name)
        case .state: return text(a.state, b.state)
        case .aor: return text(a.areaOfResponsibility, b.areaOfResponsibility)
        case .type: return text(a.typeDetailed, b.typeDetailed)
        case .adp: return number(a.averageDailyPopulation, b.averageDailyPopulation)
        case .guaranteedMinimum: return number(a.guaranteedMinimum, b.guaranteedMinimum)
        case .alos: return number(a.averageLengthOfStay, b.averageLengthOfStay)
        }
    }
}

private extension String {
    /// Case-insensitive comparison that does not depend on the server's locale.
    func localizedStandardCompareASCII(_ other: String) -> ComparisonResult {
        let x = lowercased(), y = other.lowercased()
        return x < y ? .orderedAscending : (x > y ? .orderedDescending : .orderedSame)
    }
}
