import Plot
import VigilCore

/// The `/daily` page: a pure function of `NationalDailyModel`.
enum NationalDailyView {
    static func render(_ model: NationalDailyModel) -> HTML {
        Layout.page(
            title: "Daily population",
            description: "The national daily midnight population in ICE detention, summed over facilities, per source.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Daily population")),
            .h1(.text("People held at midnight, day by day")),
            .p(.class("lede"),
               .text("Counts from person-level records, summed over facilities: one line per source, never added together. "),
               .text("ICE’s workbooks give averages since 1 October instead; see "), Components.link(.national(), "the national page"), .text(".")),
            model.series.isEmpty
                ? Components.section(id: "national-daily", title: "No daily populations yet",
                    .p(.text("Import a person-level file with "), .code(.text("vigil import stays <file>")),
                       .text(", or UWCHR’s or the Deportation Data Project’s daily file with "),
                       .code(.text("vigil import daily-population <file>")), .text(".")))
                : chartSection(model))
    }

    static func chartSection(_ model: NationalDailyModel) -> Node<HTML.BodyContext> {
        Components.section(id: "national-daily", title: "National daily midnight population, per source",
            .p(.class("note"), .attribute(named: "role", value: "note"), .strong(.text("Not like for like. ")), .text(NationalDailyModel.coverageNote)),
            LineChartView.render(DailyChart.make(id: "national-daily-chart", title: "People held at midnight, summed over facilities",
                                                 series: model.series, domain: DailyChart.domain(model.series))),
            .if(DailyChart.isWeekly(model.series),
                .p(.class("muted small"), .text("Drawn as weekly means of the daily figures (Monday to Sunday); the downloads give every day."))),
            Components.scrollBox(
                 .table(.id("national-daily-sources"),
                    .caption(.text("The sources")),
                    Components.headerRow(["Source", "Definition", "From", "To", "#Days", "#Mean", "#Highest", "Source file"]),
                    .tbody(.group(model.series.map { s in
                        .tr(Components.rowHeader(.text(DailySeriesLabel.source(s.source))),
                            Components.textCell(DailySeriesLabel.definition(s.definition)),
                            Components.textCell(s.coverage.lowerBound.iso), Components.textCell(s.coverage.upperBound.iso),
                            Components.numberCell(Format.count(s.dayCount)),
                            Components.numberCell(Format.count(s.mean(over: s.coverage))),
                            Components.numberCell(Format.count(s.populations.max() ?? 0)),
                            .td(.class("small"), .code(.text(s.fileName))))
                    })))),
            Components.downloads("every day of every source", csv: .download(.nationalDaily(.csv)), json: .download(.nationalDaily(.json))))
    }
}
