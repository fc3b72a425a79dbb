import Plot
import VigilCore

/// The facility page's daily section: a pure function of `FacilityDailyModel`.
enum FacilityDailyView {
    static func section(_ model: FacilityDailyModel) -> Node<HTML.BodyContext> {
        let domain = DailyChart.domain(model.series, extra: model.releaseADP.map(\.date))
        return Components.section(id: "daily", title: t("daily.daily_population_by_source"),
            .p(.class("muted small"),
               .text(t("daily.how_many_people_the_facility_code")), .code(.text(model.code)),
               .text(t("daily.held_each_day_as_each_source")),
               .strong(.text(t("daily.midnight"))), .text(t("daily.people_held_at_the_end_of")),
               .strong(.text(t("daily.24_hour"))), .text(t("daily.dashed_people_held_at_any_time")),
               .text(t("daily.below_it_on_the_same_dates"))),
            .div(.class("daily-charts"),
                 .h3(.class("chart-heading"), .text(t("daily.daily_population_per_source_and_definition"))),
                 LineChartView.render(DailyChart.make(id: "facility-daily", title: t("daily.facility_chart_title", ["facility": model.facilityName]),
                                                      series: model.series, domain: domain)),
                 .if(DailyChart.isWeekly(model.series),
                     .p(.class("muted small"), .text(t("daily.drawn_as_weekly_means_of_the")),
                        .text(t("daily.the_downloads_give_every_day")))),
                 .h3(.class("chart-heading"), .text(t("daily.ice_workbooks_average_daily_population_fiscal"))),
                 model.releaseADP.isEmpty
                    ? .p(.text(t("daily.no_imported_workbook_release_lists_this")))
                    : LineChartView.render(adpChart(model, domain: domain))),
            seriesTable(model),
            Components.downloads(t("daily.every_day_of_every_source"), csv: .download(.facilityDaily(model.key, .csv)),
                                 json: .download(.facilityDaily(model.key, .json))),
            comparison(model))
    }

    static func adpChart(_ model: FacilityDailyModel, domain: ClosedRange<CalendarDate>?) -> LineChart {
        LineChart(id: "facility-daily-adp",
                  title: t("daily.adp_chart_title", ["facility": model.facilityName]),
                  description: t("daily.adp_chart_description", count: model.releaseADP.count),
                  series: [.init(name: t("daily.adp_series"), points: model.releaseADP, style: 5)],
                  valueUnit: t("daily.adp_unit"), width: 960, height: 220, dateDomain: domain)
    }

    static func seriesTable(_ model: FacilityDailyModel) -> Node<HTML.BodyContext> {
        Components.scrollBox(
             .table(.id("daily-series-table"),
                .caption(.text(t("daily.the_series_shown")),
                         .span(.class("caption-note"), .text(t("daily.days_within_a_series_span_that")))),
                Components.headerRow([t("daily.source"), t("daily.definition"), t("daily.from"), t("daily.to"), "#" + t("daily.days"), "#" + t("daily.mean"), "#" + t("daily.highest"), t("daily.source_file")]),
                .tbody(.group(model.series.map { s in
                    .tr(Components.rowHeader(.text(DailySeriesLabel.source(s.source))),
                        Components.textCell(DailySeriesLabel.definition(s.definition)),
                        .td(.class("nowrap"), .text(s.coverage.lowerBound.iso)),
                        .td(.class("nowrap"), .text(s.coverage.upperBound.iso)),
                        Components.numberCell(Format.count(s.dayCount)),
                        Components.numberCell(Format.count(s.mean(over: s.coverage))),
                        Components.numberCell(Format.count(s.populations.max() ?? 0)),
                        .td(.class("small"), .code(.text(s.fileName)),
                            .span(.class("hash"), Components.tooltip(s.sha256), .text(" " + Format.shortHash(s.sha256) + "…"))))
                }))))
    }

    // MARK: Consistency

    static func comparison(_ model: FacilityDailyModel) -> Node<HTML.BodyContext> {
        let c = model.comparison
        return .div(.id("daily-comparison"),
            .h3(.text(t("daily.where_the_sources_agree_and_where"))),
            .p(.class("muted small"),
               .text(t("daily.each_source_s_mean_population_over")),
               .text(t("daily.comparing_only_counts_with_the_same")),
               .text(t("daily.as_a_share_of_the_two"))),
            c.isEmpty
                ? .p(.text(t("daily.no_two_sources_with_the_same")))
                : .group(
                    Components.scrollBox(
                         .table(.id("daily-comparison-table"),
                            .caption(.text(t("daily.over_every_full_month_both_sources"))),
                            Components.headerRow([t("daily.definition"), t("daily.period"), "#" + t("daily.days"), t("daily.source"), "#" + t("daily.mean"), t("daily.compared_with"), "#" + t("daily.mean"),
                                                  "#" + t("daily.difference"), "#" + t("daily.difference_2")]),
                            .tbody(.group(c.overall.map(pairRow))))),
                    .details(
                        .summary(.text(t("daily.month_by_month", count: c.months.count))),
                        monthTable(c))),
            Components.downloads(t("daily.the_comparison_overall_and_month_by"), csv: .download(.facilityDailyComparison(model.key, .csv)),
                                 json: .download(.facilityDailyComparison(model.key, .json))))
    }

    static func pairRow(_ pair: DailySourceComparison.Pair) -> Node<HTML.TableContext> {
        .tr(.class("comparison-row"),
            Components.rowHeader(.text(DailySeriesLabel.shortDefinition(pair.definition))),
            .td(.class("nowrap"), Components.tooltip(t("daily.period_span", ["from": pair.period.lowerBound.iso, "to": pair.period.upperBound.iso])),
                .text(months(pair.period))),
            Components.numberCell(Format.count(pair.dayCount)),
            Components.textCell(DailySeriesLabel.source(pair.sourceA)),
            Components.numberCell(Format.count(pair.meanA)),
            Components.textCell(DailySeriesLabel.source(pair.sourceB)),
            Components.numberCell(Format.count(pair.meanB)),
            differenceCell(pair.difference, relative: pair.relativeDifference, showsShare: false),
            differenceCell(pair.difference, relative: pair.relativeDifference, showsShare: true))
    }

    /// `Sep 2023 – Oct 2023`, or one month alone.
    static func months(_ period: ClosedRange<CalendarDate>) -> String {
        let first = Format.month(period.lowerBound), last = Format.month(period.upperBound)
        return first == last ? first : "\(first) – \(last)"
    }

    /// Differences within 2% of the sources' average read as agreement, beyond 10% as a real difference.
    static func differenceCell(_ difference: Double, relative: Double?, showsShare: Bool) -> Node<HTML.TableRowContext> {
        let size = abs(relative ?? 0)
        let tone = size <= 0.02 ? "num compare-agree" : (size > 0.10 ? "num compare-differ" : "num")
        let text = showsShare
            ? relative.map { ($0 >= 0.0005 ? "+" : ($0 <= -0.0005 ? "−" : "")) + Format.percent(abs($0)) } ?? "—"
            : Format.signedCount(difference)
        return .td(.class(tone), .text(text))
    }

    static func monthTable(_ c: DailySourceComparison) -> Node<HTML.DetailsContext> {
        let sources = PopulationSourceKind.allCases.filter { kind in c.months.contains { $0.means.contains { $0.source == kind } } }
        return Components.scrollBox(tall: true,
            .table(.id("daily-comparison-months"),
                .caption(.text(t("daily.mean_population_per_month_by_source"))),
                Components.headerRow([t("daily.month"), t("daily.definition")] + sources.map { "#" + DailySeriesLabel.shortSource($0) } + [t("daily.differences")]),
                .tbody(.group(c.months.reversed().map { month in
                    let pairs = c.monthlyPairs.filter { $0.period == month.period && $0.definition == month.definition }
                    return .tr(
                        Components.rowHeader(.text(Format.month(month.period.lowerBound))),
                        Components.textCell(DailySeriesLabel.shortDefinition(month.definition)),
                        .group(sources.map { kind in Components.numberCell(Format.count(month.means.first { $0.source == kind }?.mean)) }),
                        .td(.class("small"), .text(pairs.map { p in
                            "\(DailySeriesLabel.shortSource(p.sourceA)) − \(DailySeriesLabel.shortSource(p.sourceB)): "
                                + Format.signedCount(p.difference) + (p.relativeDifference.map { " (\(Format.percent(abs($0))))" } ?? "")
                        }.joined(separator: "; "))))
                }))))
    }
}
