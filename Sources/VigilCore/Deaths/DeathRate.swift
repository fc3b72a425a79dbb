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
    /// Where the ADP comes from: an ICE workbook, or an imported national series (file and credited source).
    public var adpSource: String
    public var detainedDays: Double { averageDailyPopulation * Double(days) }
    public var ratePer100kDetainedDays: Double? { detainedDays > 0 ? Double(deaths) / detainedDays * 100_000 : nil }

    public init(fiscalYear: FiscalYear, through: CalendarDate, averageDailyPopulation: Double, deaths: Int, adpSource: String) {
        self.fiscalYear = fiscalYear
        self.through = through
        self.days = fiscalYear.firstDay.days(until: through) + 1
        self.averageDailyPopulation = averageDailyPopulation
        self.deaths = deaths
        self.adpSource = adpSource
    }

    /// One rate per fiscal year that has a national ADP (fiscal year to date as of `through`),
    /// counting the dated deaths from 1 October to `through`.
    ///
    /// Only years the death lists cover get a rate: a year that ends before the earliest dated
    /// death, or starts after the latest, would show a rate of zero that means "no list", not
    /// "no deaths".
    public static func compute(deathDates: [CalendarDate],
                               adp: [(fiscalYear: FiscalYear, through: CalendarDate, adp: Double, source: String)]) -> [DeathRate] {
        guard let earliest = deathDates.min(), let latest = deathDates.max() else { return [] }
        return adp.filter { $0.through >= earliest && $0.fiscalYear.firstDay <= latest }.sorted { $0.fiscalYear < $1.fiscalYear }.map { point in
            let n = deathDates.filter { $0 >= point.fiscalYear.firstDay && $0 <= point.through }.count
            return DeathRate(fiscalYear: point.fiscalYear, through: point.through, averageDailyPopulation: point.adp, deaths: n,
                             adpSource: point.source)
        }
    }
}
