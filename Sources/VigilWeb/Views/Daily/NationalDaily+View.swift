import Plot
import VigilCore

/// The `/daily` page: a pure function of `NationalDailyModel`.
enum NationalDailyView {
    static func render(_ model: NationalDailyModel) -> HTML {
        Layout.page(
            title: t("daily.daily_population"),
            description: t("daily.the_national_daily_midnight_population_in"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("daily.daily_population"))),
            .h1(.text(t("daily.people_held_at_midnight_day_by"))),
            .p(.class("lede"),
               .text(t("daily.counts_from_person_level_records_summed")),
               .text(t("daily.ice_s_workbooks_give_averages_since")), Components.link(.national(), t("daily.the_national_page")), .text(".")),
            model.series.isEmpty
                ? Components.section(id: "national-daily", title: t("daily.no_daily_populations_yet"),
                    .p(.text(t("daily.import_a_person_level_file_with")), .code(.text("vigil import stays <file>")),
                       .text(t("daily.or_uwchr_s_or_the_deportation")),
                       .code(.text("vigil import daily-population <file>")), .text(".")))
                : chartSection(model))
    }

    static func chartSection(_ model: NationalDailyModel) -> Node<HTML.BodyContext> {
        Components.section(id: "national-daily", title: t("daily.national_daily_midnight_population_per_source"),
            .p(.class("note"), .attribute(named: "role", value: "note"), .strong(.text(t("daily.not_like_for_like"))), .text(NationalDailyModel.coverageNote)),
            LineChartView.render(DailyChart.make(id: "national-daily-chart", title: t("daily.people_held_at_midnight_summed_over"),
                                                 series: model.series, domain: DailyChart.domain(model.series))),
            .if(DailyChart.isWeekly(model.series),
                .p(.class("muted small"), .text(t("daily.drawn_as_weekly_means_of_the_2")))),
            Components.scrollBox(
                 .table(.id("national-daily-sources"),
                    .caption(.text(t("daily.the_sources"))),
                    Components.headerRow([t("daily.source"), t("daily.definition"), t("daily.from"), t("daily.to"), "#" + t("daily.days"), "#" + t("daily.mean"), "#" + t("daily.highest"), t("daily.source_file")]),
                    .tbody(.group(model.series.map { s in
                        .tr(Components.rowHeader(.text(DailySeriesLabel.source(s.source))),
                            Components.textCell(DailySeriesLabel.definition(s.definition)),
                            Components.textCell(s.coverage.lowerBound.iso), Components.textCell(s.coverage.upperBound.iso),
                            Components.numberCell(Format.count(s.dayCount)),
                            Components.numberCell(Format.count(s.mean(over: s.coverage))),
                            Components.numberCell(Format.count(s.populations.max() ?? 0)),
                            .td(.class("small"), .code(.text(s.fileName))))
                    })))),
            Components.downloads(t("daily.every_day_of_every_source"), csv: .download(.nationalDaily(.csv)), json: .download(.nationalDaily(.json))))
    }
}
