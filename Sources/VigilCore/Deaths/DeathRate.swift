/// Deaths per 100,000 detained-days over a fiscal year (or its part to an as-of date):
/// rate = deaths ÷ (ADP × days) × 100,000, where ADP is the national average daily
/// population over the same days, so ADP × days is the number of detained-days.
public struct DeathRate: Sendable, Hashable {
    public var fiscalYear: FiscalYear
    /// The last day counted: 30 September, or the as-of date of a year still running.
    public var through: CalendarDate
    public var days: Int
    public var averageDailyPopulation: Double
    public var deaths: Int
    public var detainedDays: Double { averageDailyPopulation * Double(days) }
    public var ratePer100kDetainedDays: Double? { detainedDays > 0 ? Double(deaths) / detainedDays * 100_000 : nil }

    public init(fiscalYear: FiscalYear, through: CalendarDate, averageDailyPopulation: Double, deaths: Int) {
        self.fiscalYear = fiscalYear
        self.through = through
        self.days = fiscalYear.firstDay.days(until: through) + 1
        self.averageDailyPopulation = averageDailyPopulation
        self.deaths = deaths
    }

    /// One rate per fiscal year that has a national ADP (fiscal year to date as of `through`),
    /// counting the dated deaths from 1 October to `through`.
    public static func compute(deathDates: [CalendarDate], adp: [(fiscalYear: FiscalYear, through: CalendarDate, adp: Double)]) -> [DeathRate] {
        adp.sorted { $0.fiscalYear < $1.fiscalYear }.map { point in
            let n = deathDates.filter { $0 >= point.fiscalYear.firstDay && $0 <= point.through }.count
            return DeathRate(fiscalYear: point.fiscalYear, through: point.through, averageDailyPopulation: point.adp, deaths: n)
        }
    }
}
