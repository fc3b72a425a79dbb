import VigilCore

/// The `facilities/{key}/daily` download: every day of every source that covers the
/// facility, one row per day, source and definition (days a source leaves out are 0).
enum FacilityDailyTable {
    static let columns = ["facility_code", "date", "source", "definition", "population"]

    static func make(_ series: [DailySeries], code: String?) -> DataTable {
        var table = DataTable(columns: columns)
        for s in series {
            for day in s.days {
                table.append([TableValue(code), .text(day.date.iso), .text(s.source.rawValue), .text(s.definition.rawValue),
                              .integer(day.population)])
            }
        }
        return table
    }
}

/// The `facilities/{key}/daily-comparison` download: two sources' mean populations over the
/// same days (every full month both cover, and each month), and their difference.
enum DailyComparisonTable {
    static let columns = [
        "facility_code", "scope", "period_start", "period_end", "days", "definition",
        "source_a", "mean_a", "source_b", "mean_b", "difference", "relative_difference",
    ]

    static func make(_ comparison: DailySourceComparison, code: String?) -> DataTable {
        var table = DataTable(columns: columns)
        for pair in comparison.overall + comparison.monthlyPairs {
            table.append([
                TableValue(code), .text(pair.scope.rawValue), .text(pair.period.lowerBound.iso), .text(pair.period.upperBound.iso),
                .integer(pair.dayCount), .text(pair.definition.rawValue), .text(pair.sourceA.rawValue), .number(pair.meanA),
                .text(pair.sourceB.rawValue), .number(pair.meanB), .number(pair.difference), TableValue(pair.relativeDifference),
            ])
        }
        return table
    }
}

/// The `daily/national` download: each source's national midnight population, every day it covers.
enum NationalDailyTable {
    static let columns = ["date", "source", "definition", "population", "source_file"]

    static func make(_ series: [DailySeries]) -> DataTable {
        var table = DataTable(columns: columns)
        for s in series {
            for day in s.days {
                table.append([.text(day.date.iso), .text(s.source.rawValue), .text(s.definition.rawValue), .integer(day.population),
                              .text(s.fileName)])
            }
        }
        return table
    }
}
