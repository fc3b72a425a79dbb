import VigilCore
import VigilStore

/// Everything `/expansion/money` shows.
struct ExpansionMoneyModel: Sendable {
    struct Minimum: Sendable, Hashable {
        var asOf: CalendarDate
        var beds: Double
    }

    var chrome: PageChrome
    var dollars: [MoneyQueries.DollarRow]
    var recipients: [MoneyQueries.RecipientRow]
    var fundedBeds: [FundedBedsYear]
    var trend: [PopulationTrendPoint]
    var minimums: [Minimum]

    /// Dollars per fiscal year: every award, and those flagged detention-related.
    var byFiscalYear: [(year: Int, all: Double, detention: Double, awards: Int)] {
        var years: [Int: (Double, Double, Int)] = [:]
        for r in dollars {
            guard let y = r.fiscalYear else { continue }
            var v = years[y] ?? (0, 0, 0)
            v.0 += r.amountUSD
            if r.detentionRelated { v.1 += r.amountUSD }
            v.2 += r.awards
            years[y] = v
        }
        return years.keys.sorted(by: >).map { (year: $0, all: years[$0]!.0, detention: years[$0]!.1, awards: years[$0]!.2) }
    }

    /// Dollars per linked facility, largest first.
    var byFacility: [(code: String, name: String, amount: Double, awards: Int)] {
        var facilities: [String: (String, Double, Int)] = [:]
        for r in dollars {
            guard let code = r.code else { continue }
            var v = facilities[code] ?? (r.facilityName ?? code, 0, 0)
            v.1 += r.amountUSD
            v.2 += r.awards
            facilities[code] = v
        }
        return facilities.map { (code: $0.key, name: $0.value.0, amount: $0.value.1, awards: $0.value.2) }
            .sorted { ($0.amount, $1.code) > ($1.amount, $0.code) }
    }

    /// Funded beds (enacted figures; a year with no minimum breaks the line), national ADP per
    /// release and ICE's guaranteed minimums summed per release, on one chart.
    var bedsChart: LineChart {
        var beds: [LineChart.Point] = []
        for year in fundedBeds.filter(\.isEnacted) {
            // A fiscal year's figure holds from its first day to its last.
            beds.append(.init(date: FiscalYear(year.fiscalYear).firstDay, value: year.beds.map(Double.init)))
            beds.append(.init(date: FiscalYear(year.fiscalYear).lastDay, value: year.beds.map(Double.init)))
        }
        return LineChart(
            id: "beds-chart", title: t("expansion.funded_beds_people_held_and_guaranteed"),
            description: t("expansion.detention_beds_congress_funded_per_fiscal"),
            series: [
                .init(name: t("expansion.series.funded_beds"), points: beds, style: 3),
                .init(name: t("expansion.series.national_adp"), points: trend.map { .init(date: $0.asOfDate, value: $0.totalAverageDailyPopulation) }, style: 2),
                .init(name: t("expansion.series.guaranteed_minimums"), points: minimums.map { .init(date: $0.asOf, value: $0.beds) }, style: 4, dashed: true),
            ],
            valueUnit: t("expansion.beds_or_people"))
    }
}
