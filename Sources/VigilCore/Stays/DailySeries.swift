/// One labelled daily population series: what one source says, under one definition, about
/// one facility (or the whole country), day by day over the days it covers.
///
/// Sources leave out days with nobody held, so a day inside `coverage` that the source does
/// not list counts as zero; days outside `coverage` are unknown, not zero.
public struct DailySeries: Sendable, Hashable {
    public var source: PopulationSourceKind
    public var definition: PopulationDefinition
    public var fileName: String
    public var sha256: String
    /// The first and last day the source reports for this facility (or nation).
    public let coverage: ClosedRange<CalendarDate>
    /// `populations[i]` is the population on `coverage.lowerBound` plus `i` days.
    public let populations: [Int]

    /// Builds the series from the days a source lists; nil when it lists none.
    public init?(source: PopulationSourceKind, definition: PopulationDefinition, fileName: String, sha256: String,
                 days: [(date: CalendarDate, population: Int)]) {
        guard let first = days.map(\.date).min(), let last = days.map(\.date).max() else { return nil }
        var populations = Array(repeating: 0, count: first.days(until: last) + 1)
        for day in days { populations[first.days(until: day.date)] += day.population }
        self.source = source
        self.definition = definition
        self.fileName = fileName
        self.sha256 = sha256
        self.coverage = first...last
        self.populations = populations
    }

    public var dayCount: Int { populations.count }

    /// The population on `date`: zero inside the coverage when the source lists nothing, nil outside it.
    public func population(on date: CalendarDate) -> Int? {
        guard coverage.contains(date) else { return nil }
        return populations[coverage.lowerBound.days(until: date)]
    }

    /// Every covered day, zeros included, oldest first.
    public var days: [(date: CalendarDate, population: Int)] {
        let start = coverage.lowerBound.daysSinceEpoch
        return populations.enumerated().map { (CalendarDate(daysSinceEpoch: start + $0.offset), $0.element) }
    }

    /// The mean over `dates`, or nil unless the series covers every one of them.
    public func mean(over dates: ClosedRange<CalendarDate>) -> Double? {
        guard coverage.contains(dates.lowerBound), coverage.contains(dates.upperBound) else { return nil }
        let from = coverage.lowerBound.days(until: dates.lowerBound)
        let count = dates.lowerBound.days(until: dates.upperBound) + 1
        return Double(populations[from..<(from + count)].reduce(0, +)) / Double(count)
    }

    /// Means over Monday-to-Sunday weeks, dated by each week's Monday. A week the series
    /// covers only in part averages the days it covers.
    public func weeklyMeans() -> [(weekStart: CalendarDate, mean: Double)] {
        var out: [(weekStart: CalendarDate, mean: Double)] = []
        var total = 0, count = 0, week = Int.min
        let start = coverage.lowerBound.daysSinceEpoch
        for (offset, population) in populations.enumerated() {
            let day = start + offset
            let monday = day - ((day % 7 + 7 + 3) % 7)  // 1970-01-01 was a Thursday
            if monday != week {
                if count > 0 { out.append((CalendarDate(daysSinceEpoch: week), Double(total) / Double(count))) }
                week = monday; total = 0; count = 0
            }
            total += population
            count += 1
        }
        if count > 0 { out.append((CalendarDate(daysSinceEpoch: week), Double(total) / Double(count))) }
        return out
    }
}
