import VigilCore
import VigilStore

/// Everything the `/segregation` page shows.
struct SegregationModel: Sendable {
    var chrome: PageChrome
    /// National totals per month, oldest first (latest editions).
    var months: [SegregationNationalMonth]
    /// The newest month's facility lines, largest first.
    var latestMonth: [SegregationMonth]
    /// Each quarter's reasons and Grand Total, oldest quarter first.
    var quarters: [VulnerableSegregationQuarter]

    var newestMonth: SegregationNationalMonth? { months.last }

    /// Months between the first and the newest that no imported workbook publishes (ICE's
    /// FY2026 files start again at October), so the page can say the chart's line skips them.
    var missingMonths: [CalendarMonth] {
        let present = Set(months.compactMap { CalendarMonth(iso: $0.month) })
        guard let first = present.min(), let last = present.max() else { return [] }
        var missing: [CalendarMonth] = []
        var month = first
        while month < last {
            month = month.month == 12 ? CalendarMonth(year: month.year + 1, month: 1)! : CalendarMonth(year: month.year, month: month.month + 1)!
            if !present.contains(month) { missing.append(month) }
        }
        return missing
    }

    /// The quarters, each with its rows, oldest first.
    var quarterGroups: [(label: String, rows: [VulnerableSegregationQuarter])] {
        var groups: [(label: String, rows: [VulnerableSegregationQuarter])] = []
        for row in quarters {
            if groups.last?.label == row.quarterLabel { groups[groups.count - 1].rows.append(row) }
            else { groups.append((row.quarterLabel, [row])) }
        }
        return groups
    }

    /// The release the newest quarter comes from, for the page's provenance line.
    var newestQuarter: VulnerableSegregationQuarter? { quarters.last }
}
