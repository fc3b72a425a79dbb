import Plot
import VigilCore

/// The facility page's daily section: a pure function of `FacilityDailyModel`.
enum FacilityDailyView {
    static func section(_ model: FacilityDailyModel) -> Node<HTML.BodyContext> {
        let domain = DailyChart.domain(model.series, extra: model.releaseADP.map(\.date))
        return Components.section(id: "daily", title: "Daily population, by source",
            .p(.class("muted small"),
               .text("How many people the facility (code "), .code(.text(model.code)),
               .text(") held each day, as each source counts them. Each line is one source and one definition, never added together. "),
               .strong(.text("Midnight")), .text(": people held at the end of the day. "),
               .strong(.text("24-hour")), .text(" (dashed): people held at any time in the day, so it also counts stays shorter than a day. "),
               .text("Below it, on the same dates, the ADP from ICE’s workbooks: an average since 1 October, not a count on the day.")),
            .div(.class("daily-charts"),
                 .h3(.class("chart-heading"), .text("Daily population, per source and definition")),
                 LineChartView.render(DailyChart.make(id: "facility-daily", title: "\(model.facilityName): daily population by source",
                                                      series: model.series, domain: domain)),
                 .if(DailyChart.isWeekly(model.series),
                     .p(.class("muted small"), .text("Drawn as weekly means of the daily figures (Monday to Sunday) to keep the page light; "),
                        .text("the downloads give every day."))),
                 .h3(.class("chart-heading"), .text("ICE workbooks: average daily population, fiscal year to date, per release")),
                 model.releaseADP.isEmpty
                    ? .p(.text("No imported workbook release lists this facility under a name tied to this code."))
                    : LineChartView.render(adpChart(model, domain: domain))),
            seriesTable(model),
            Components.downloads("every day of every source", csv: .download(.facilityDaily(model.key, .csv)),
                                 json: .download(.facilityDaily(model.key, .json))),
            comparison(model))
    }

    static func adpChart(_ model: FacilityDailyModel, domain: ClosedRange<CalendarDate>?) -> LineChart {
        LineChart(id: "facility-daily-adp",
                  title: "\(model.facilityName): ADP, fiscal year to date, in each ICE workbook release",
                  description: "One point per release, \(model.releaseADP.count) in all, on the same dates as the daily chart above.",
                  series: [.init(name: "ADP, fiscal year to date (ICE workbooks)", points: model.releaseADP, style: 5)],
                  valueUnit: "people (average per day, fiscal year to date)", width: 960, height: 220, dateDomain: domain)
    }

    static func seriesTable(_ model: FacilityDailyModel) -> Node<HTML.BodyContext> {
        Components.scrollBox(
             .table(.id("daily-series-table"),
                .caption(.text("The series shown"),
                         .span(.class("caption-note"), .text("Days within a series’ span that its source leaves out count as zero, as sources drop empty days."))),
                Components.headerRow(["Source", "Definition", "From", "To", "#Days", "#Mean", "#Highest", "Source file"]),
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
            .h3(.text("Where the sources agree and where they differ")),
            .p(.class("muted small"),
               .text("Each source’s mean population over exactly the same days: calendar months both sources cover in full, "),
               .text("comparing only counts with the same definition. Difference: first source minus second; "),
               .text("as a share of the two means’ average.")),
            c.isEmpty
                ? .p(.text("No two sources with the same definition cover a full month in common, so there is nothing to compare yet."))
                : .group(
                    Components.scrollBox(
                         .table(.id("daily-comparison-table"),
                            .caption(.text("Over every full month both sources cover")),
                            Components.headerRow(["Definition", "Period", "#Days", "Source", "#Mean", "Compared with", "#Mean",
                                                  "#Difference", "#Difference, %"]),
                            .tbody(.group(c.overall.map(pairRow))))),
                    .details(
                        .summary(.text("Month by month (\(c.months.count) month\(c.months.count == 1 ? "" : "s") and definitions)")),
                        monthTable(c))),
            Components.downloads("the comparison, overall and month by month", csv: .download(.facilityDailyComparison(model.key, .csv)),
                                 json: .download(.facilityDailyComparison(model.key, .json))))
    }

    static func pairRow(_ pair: DailySourceComparison.Pair) -> Node<HTML.TableContext> {
        .tr(.class("comparison-row"),
            Components.rowHeader(.text(DailySeriesLabel.shortDefinition(pair.definition))),
            .td(.class("nowrap"), Components.tooltip("\(pair.period.lowerBound.iso) to \(pair.period.upperBound.iso)"),
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
            ? relative.map { ($0 >= 0.0005 ? "+" : ($0 <= -0.0005 ? "−" : "")) + Format.decimal(abs($0) * 100, places: 1) + "%" } ?? "—"
            : Format.signedCount(difference)
        return .td(.class(tone), .text(text))
    }

    static func monthTable(_ c: DailySourceComparison) -> Node<HTML.DetailsContext> {
        let sources = PopulationSourceKind.allCases.filter { kind in c.months.contains { $0.means.contains { $0.source == kind } } }
        return Components.scrollBox(tall: true,
            .table(.id("daily-comparison-months"),
                .caption(.text("Mean population per month, by source")),
                Components.headerRow(["Month", "Definition"] + sources.map { "#" + DailySeriesLabel.shortSource($0) } + ["Differences"]),
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
