/// Where daily population sources agree and where they differ, for one facility.
///
/// Only series with the same definition are compared (a midnight count against a midnight
/// count), and only over calendar months that both series cover in full, so each mean
/// averages exactly the same days.
public struct DailySourceComparison: Sendable, Hashable {
    /// Two series' means over the same days.
    public struct Pair: Sendable, Hashable {
        public enum Scope: String, Sendable, Hashable { case overall, month }
        public var scope: Scope
        public var definition: PopulationDefinition
        public var period: ClosedRange<CalendarDate>
        public var sourceA: PopulationSourceKind
        public var meanA: Double
        public var sourceB: PopulationSourceKind
        public var meanB: Double

        public var dayCount: Int { period.lowerBound.days(until: period.upperBound) + 1 }
        /// `meanA - meanB`.
        public var difference: Double { meanA - meanB }
        /// The difference as a share of the two means' average; nil when both are zero.
        public var relativeDifference: Double? {
            let average = (meanA + meanB) / 2
            return average == 0 ? nil : difference / average
        }
    }

    /// One month and definition: the mean of every series that covers the whole month.
    public struct Month: Sendable, Hashable {
        public var definition: PopulationDefinition
        public var period: ClosedRange<CalendarDate>
        public var means: [SourceMean]
    }

    public struct SourceMean: Sendable, Hashable {
        public var source: PopulationSourceKind
        public var mean: Double
    }

    /// For each pair of same-definition series, their means over every full month both cover.
    public var overall: [Pair]
    /// Month by month, oldest first, the months two or more series cover in full.
    public var months: [Month]
    /// Each month's pairs, in the order of `months`.
    public var monthlyPairs: [Pair]

    public var isEmpty: Bool { overall.isEmpty && months.isEmpty }

    public init(_ series: [DailySeries]) {
        var overall: [Pair] = [], months: [Month] = [], monthlyPairs: [Pair] = []
        for definition in PopulationDefinition.allCases {
            let same = series.filter { $0.definition == definition }
            guard same.count >= 2 else { continue }
            for (i, a) in same.enumerated() {
                for b in same[(i + 1)...] {
                    let from = max(a.coverage.lowerBound, b.coverage.lowerBound)
                    let through = min(a.coverage.upperBound, b.coverage.upperBound)
                    guard from <= through else { continue }
                    let shared = Self.fullMonths(within: from...through)
                    guard let first = shared.first, let last = shared.last,
                          let meanA = a.mean(over: first.lowerBound...last.upperBound),
                          let meanB = b.mean(over: first.lowerBound...last.upperBound) else { continue }
                    overall.append(Pair(scope: .overall, definition: definition, period: first.lowerBound...last.upperBound,
                                        sourceA: a.source, meanA: meanA, sourceB: b.source, meanB: meanB))
                }
            }
            let start = same.map(\.coverage.lowerBound).min()!, end = same.map(\.coverage.upperBound).max()!
            for month in Self.fullMonths(within: start...end) {
                let means = same.compactMap { s in s.mean(over: month).map { SourceMean(source: s.source, mean: $0) } }
                guard means.count >= 2 else { continue }
                months.append(Month(definition: definition, period: month, means: means))
                for (i, a) in means.enumerated() {
                    for b in means[(i + 1)...] {
                        monthlyPairs.append(Pair(scope: .month, definition: definition, period: month,
                                                 sourceA: a.source, meanA: a.mean, sourceB: b.source, meanB: b.mean))
                    }
                }
            }
        }
        months.sort { ($0.period.lowerBound, $0.definition.rawValue) < ($1.period.lowerBound, $1.definition.rawValue) }
        monthlyPairs.sort { ($0.period.lowerBound, $0.definition.rawValue) < ($1.period.lowerBound, $1.definition.rawValue) }
        self.overall = overall
        self.months = months
        self.monthlyPairs = monthlyPairs
    }

    /// The calendar months lying wholly inside `dates`.
    static func fullMonths(within dates: ClosedRange<CalendarDate>) -> [ClosedRange<CalendarDate>] {
        var out: [ClosedRange<CalendarDate>] = []
        var year = dates.lowerBound.year, month = dates.lowerBound.month
        if dates.lowerBound.day != 1 { month += 1; if month > 12 { month = 1; year += 1 } }
        while let first = CalendarDate(year: year, month: month, day: 1),
              let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)),
              last <= dates.upperBound {
            out.append(first...last)
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return out
    }
}
