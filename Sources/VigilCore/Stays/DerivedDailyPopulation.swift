/// Which count of people a daily population series gives. Stock is not flow, and the two
/// stocks differ: a person booked in and out within a day counts in the 24-hour
/// population only.
public enum PopulationDefinition: String, Sendable, CaseIterable, Codable {
    /// People held at midnight (the end of the day).
    case midnight
    /// People held at any time during the day.
    case allDay = "24h"
}

/// Where a daily population series came from.
public enum PopulationSourceKind: String, Sendable, CaseIterable, Codable {
    /// Computed by Vigil from ICE's person-level records (`vigil import stays`).
    case personLevelStays = "person-level-stays"
    /// UWCHR's daily headcount per facility (`detention_facility_code|n|date`), a
    /// midnight-style count UWCHR computed from ICE's FY2012–2024 person-level records.
    case uwchrHeadcount = "uwchr-headcount"
    /// The Deportation Data Project's daily population per facility: `n_detained`
    /// (24-hour) and `n_detained_at_midnight`, with male, female, convicted and
    /// possibly-under-18 breakdowns of the 24-hour count.
    case ddpDailyPopulation = "ddp-daily-population"
}

/// A daily population file someone else computed from person-level records, read as is.
public struct DerivedDailyPopulation: Sendable {
    /// One facility-day. A definition the source does not give is nil.
    public struct Point: Hashable, Sendable {
        public var facilityCode: String
        public var date: CalendarDate
        public var midnight: Int?
        public var allDay: Int?
        public var male: Int?
        public var female: Int?
        public var convictedCriminal: Int?
        public var possiblyUnder18: Int?

        public init(facilityCode: String, date: CalendarDate, midnight: Int? = nil, allDay: Int? = nil,
                    male: Int? = nil, female: Int? = nil, convictedCriminal: Int? = nil, possiblyUnder18: Int? = nil) {
            self.facilityCode = facilityCode
            self.date = date
            self.midnight = midnight
            self.allDay = allDay
            self.male = male
            self.female = female
            self.convictedCriminal = convictedCriminal
            self.possiblyUnder18 = possiblyUnder18
        }

        public func population(_ definition: PopulationDefinition) -> Int? {
            definition == .midnight ? midnight : allDay
        }
    }

    public var source: SourceFile
    public var kind: PopulationSourceKind
    public var points: [Point]

    public init(source: SourceFile, kind: PopulationSourceKind, points: [Point]) {
        self.source = source
        self.kind = kind
        self.points = points
    }

    /// The definitions this source gives.
    public var definitions: [PopulationDefinition] {
        kind == .uwchrHeadcount ? [.midnight] : [.midnight, .allDay]
    }

    /// Mean of one facility's `definition` population over `dates` (days the file leaves
    /// out count as zero, as both sources drop empty days), or nil when it gives no such figure.
    public func mean(facility: String, _ definition: PopulationDefinition, over dates: ClosedRange<CalendarDate>) -> Double? {
        guard definitions.contains(definition) else { return nil }
        let total = points.reduce(0) { sum, p in
            p.facilityCode == facility && dates.contains(p.date) ? sum + (p.population(definition) ?? 0) : sum
        }
        return Double(total) / Double(dates.lowerBound.days(until: dates.upperBound) + 1)
    }
}
