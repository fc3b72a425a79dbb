import VigilCore

/// Daily series as a line chart that stays light: a series longer than `dailyLimit` days is
/// drawn as weekly means (and says so); the downloads keep every day.
enum DailyChart {
    static let dailyLimit = 400

    /// True when any series is drawn as weekly means.
    static func isWeekly(_ series: [DailySeries]) -> Bool {
        series.contains { $0.dayCount > dailyLimit }
    }

    /// The dates every series and extra date covers: the shared x axis of a chart and the one below it.
    static func domain(_ series: [DailySeries], extra: [CalendarDate] = []) -> ClosedRange<CalendarDate>? {
        let dates = series.flatMap { [$0.coverage.lowerBound, $0.coverage.upperBound] } + extra
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return first...last
    }

    static func lines(_ series: [DailySeries]) -> [LineChart.Series] {
        let weekly = isWeekly(series)
        // The longest series first, so a short one (two months of a sample) is drawn on top, not hidden.
        return series.sorted { $0.dayCount > $1.dayCount }.map { s in
            let points = weekly
                ? s.weeklyMeans().map { LineChart.Point(date: $0.weekStart, value: $0.mean) }
                : s.days.map { LineChart.Point(date: $0.date, value: Double($0.population)) }
            return LineChart.Series(name: DailySeriesLabel.series(s), points: points,
                                    style: DailySeriesLabel.style(s.source), dashed: s.definition == .allDay)
        }
    }

    static func make(id: String, title: String, series: [DailySeries], domain: ClosedRange<CalendarDate>?) -> LineChart {
        let weekly = isWeekly(series)
        let description = series.map { t("daily.series_span", ["series": DailySeriesLabel.series($0), "from": $0.coverage.lowerBound.iso, "to": $0.coverage.upperBound.iso]) }
            .joined(separator: "; ")
        return LineChart(
            id: id, title: title + (weekly ? t("daily.title_weekly_suffix") : t("daily.title_daily_suffix")),
            description: (weekly ? t("daily.chart_weekly_description") : t("daily.chart_daily_description")) + " "
                + description + ".",
            series: lines(series), valueUnit: weekly ? t("daily.unit_weekly") : t("daily.unit_people"),
            width: 960, height: 340, dateDomain: domain, drawsPoints: false)
    }
}
