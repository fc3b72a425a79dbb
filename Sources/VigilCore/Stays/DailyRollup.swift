/// Daily populations summed over groups of facilities: the nation, each AOR, each facility
/// type and each kind of operator.
///
/// Pure: the store supplies each facility-day and what the registry knows of each code.
/// A code the registry does not know is counted under "(not in registry)", so every
/// group's days add up to the national figure.
public enum DailyRollup {
    /// How a facility is grouped, from the registry.
    public struct FacilityGroups: Sendable, Hashable {
        public var areaOfResponsibility: String?
        public var facilityType: String?
        public var operatorKind: String?

        public init(areaOfResponsibility: String?, facilityType: String?, operatorKind: String?) {
            self.areaOfResponsibility = areaOfResponsibility
            self.facilityType = facilityType
            self.operatorKind = operatorKind
        }
    }

    public enum AreaKind: String, Sendable, CaseIterable {
        case national
        case aor
        case facilityType = "facility_type"
        case operatorKind = "operator_kind"
    }

    public struct Row: Sendable, Hashable {
        public var date: CalendarDate
        public var areaKind: AreaKind
        public var area: String
        public var midnight: Int
        public var allDay: Int
        /// Facilities with anyone held that day in the group.
        public var facilities: Int
    }

    public static let notInRegistry = "(not in registry)"

    /// Rows ordered by date, then area kind, then area.
    public static func rows(days: [(code: String, date: CalendarDate, midnight: Int, allDay: Int)],
                            groups: [String: FacilityGroups]) -> [Row] {
        struct Key: Hashable { var date: CalendarDate; var kind: AreaKind; var area: String }
        var sums: [Key: (midnight: Int, allDay: Int, facilities: Int)] = [:]
        for day in days {
            let g = groups[day.code]
            let areas: [(AreaKind, String)] = [
                (.national, "national"),
                (.aor, g == nil ? notInRegistry : (g?.areaOfResponsibility ?? "(not stated)")),
                (.facilityType, g == nil ? notInRegistry : (g?.facilityType ?? "(not stated)")),
                (.operatorKind, g == nil ? notInRegistry : (g?.operatorKind ?? "unknown")),
            ]
            for (kind, area) in areas {
                let key = Key(date: day.date, kind: kind, area: area)
                var sum = sums[key] ?? (0, 0, 0)
                sum.midnight += day.midnight
                sum.allDay += day.allDay
                sum.facilities += 1
                sums[key] = sum
            }
        }
        let order = Dictionary(uniqueKeysWithValues: AreaKind.allCases.enumerated().map { ($1, $0) })
        return sums.map { Row(date: $0.key.date, areaKind: $0.key.kind, area: $0.key.area,
                              midnight: $0.value.midnight, allDay: $0.value.allDay, facilities: $0.value.facilities) }
            .sorted { ($0.date, order[$0.areaKind]!, $0.area) < ($1.date, order[$1.areaKind]!, $1.area) }
    }
}
