import Plot
import VigilCore
import VigilStore

/// The `/segregation` page: a pure function of `SegregationModel`.
enum SegregationView {
    static func render(_ model: SegregationModel) -> HTML {
        Layout.page(
            title: t("segregation.segregation"),
            description: t("segregation.people_held_in_segregation_in_ice"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("segregation.segregation"))),
            .h1(.text(t("segregation.segregation_in_ice_detention"))),
            .p(.class("lede"),
               .text(t("segregation.how_many_people_ice_held_in")),
               .text(t("segregation.and_how_often_people_ice_counts")),
               .text(t("segregation.every_figure_is_ice_s_own"))),
            meaningSection(model),
            model.months.isEmpty
                ? Components.section(id: "national-months", title: t("segregation.no_segregation_figures_yet"),
                    .p(.text(t("segregation.no_imported_workbook_has_a_monthly")),
                       .code(.text("vigil import ice-stats <folder>")), .text(".")))
                : .group(nationalSection(model), latestMonthSection(model)),
            vulnerableSection(model))
    }

    // MARK: What the figures mean

    static func meaningSection(_ model: SegregationModel) -> Node<HTML.BodyContext> {
        Components.section(id: "meaning", title: t("segregation.what_these_figures_count"),
            .p(.strong(.text(t("segregation.monthly_per_facility"))),
               .text(t("segregation.the_number_of_different_people_who")),
               .text(t("segregation.as_facilities_recorded_them_in_ice")),
               .text(t("segregation.policy_11065_1_makes_facilities_record")),
               .text(t("segregation.lasting_14_days_in_a_row")),
               .text(t("segregation.continues_into_so_months_cannot_be")),
               .text(t("segregation.so_a_person_moved_between_facilities"))),
            .p(.strong(.text(t("segregation.quarterly_vulnerable_and_special_populations"))),
               .text(t("segregation.national_segregation_placements_of_people_ice")),
               .text(t("segregation.medical_illness_people_on_hunger_strike")),
               .text(t("segregation.gender_identity_per_fiscal_quarter_q1")),
               .text(t("segregation.people_the_quarter_s_footnote_gives")),
               .text(t("segregation.grouped_here_and_shown_as_written"))),
            .p(.strong(.text(t("segregation.editions"))),
               .text(t("segregation.each_workbook_re_publishes_earlier_months")),
               .text(t("segregation.the_newest_imported_workbook_that_publishes"))),
            .ul(.class("provenance"),
                .unwrap(model.newestMonth) { month in
                    .li(rich("segregation.newest_month", ["file": .code(.text(month.sourceFileName))],
                             ["month": SegregationMonthLabel.long(month.month), "date": Format.date(month.releaseAsOfDate),
                              "sheet": month.sheet.trimmingCharacters(in: .whitespaces)]))
                },
                .unwrap(model.newestQuarter) { quarter in
                    .li(rich("segregation.newest_quarter", ["file": .code(.text(quarter.sourceFileName))],
                             ["quarter": quarter.quarterLabel, "date": Format.date(quarter.releaseAsOfDate),
                              "sheet": quarter.sheet.trimmingCharacters(in: .whitespaces)]))
                }))
    }

    // MARK: National months

    static func nationalChart(_ model: SegregationModel) -> LineChart {
        LineChart(id: "segregation-national-chart", title: t("segregation.people_in_segregation_per_month_all"),
                  description: t("segregation.the_sum_of_ice_s_monthly"),
                  series: [.init(name: t("segregation.all_facilities"), points: model.months.compactMap { month in
                      CalendarMonth(iso: month.month).map { LineChart.Point(date: $0.firstDay, value: Double(month.total)) }
                  })],
                  valueUnit: t("segregation.chart_unit"))
    }

    static func nationalSection(_ model: SegregationModel) -> Node<HTML.BodyContext> {
        Components.section(id: "national-months", title: t("segregation.per_month_all_facilities"),
            LineChartView.render(nationalChart(model)),
            .if(!model.missingMonths.isEmpty,
                .p(.class("note"), .attribute(named: "role", value: "note"),
                   .strong(.text(t("segregation.gap"))),
                   .text(t("segregation.no_workbook_publishes", ["months": model.missingMonths.map(SegregationMonthLabel.long).joined(separator: ", ")])),
                   .text(t("segregation.the_chart_s_line_joins_the")))),
            Components.scrollBox(
                .table(.id("segregation-months"), .caption(.text(t("segregation.people_in_segregation_per_month_facility"))),
                    Components.headerRow([t("segregation.month"), "#" + t("segregation.people_summed"), "#" + t("segregation.facilities_listed"), t("segregation.source_file"), t("segregation.as_of"), "#" + t("segregation.editions_2")]),
                    .tbody(.group(model.months.reversed().map { m in
                        .tr(Components.rowHeader(.text(SegregationMonthLabel.long(m.month))),
                            Components.numberCell(Format.count(m.total)), Components.numberCell(Format.count(m.facilitiesReporting)),
                            .td(.class("small"), .code(.text(m.sourceFileName))), Components.textCell(m.releaseAsOfDate.iso),
                            Components.numberCell(String(m.editions)))
                    })))),
            Components.downloads(t("segregation.the_monthly_totals"), csv: .download(.segregationMonths(.csv)), json: .download(.segregationMonths(.json))))
    }

    // MARK: The newest month, by facility

    static func latestMonthSection(_ model: SegregationModel) -> Node<HTML.BodyContext> {
        let title = model.newestMonth.map { t("segregation.facilities_in_month", ["month": SegregationMonthLabel.long($0.month)]) }
            ?? t("segregation.facilities")
        return Components.section(id: "latest-month", title: title,
            .p(.text(t("segregation.names_are_printed_as_ice_s")),
               .text(t("segregation.workbooks_or_the_registry_has_it"))),
            Components.scrollBox(tall: true,
                .table(.id("segregation-latest-month"), .caption(.text(title)),
                    Components.headerRow(["#" + t("segregation.rank"), t("segregation.facility_as_printed"), "#" + t("segregation.people_in_segregation"), t("segregation.source")]),
                    .tbody(.group(model.latestMonth.enumerated().map { index, row in
                        .tr(Components.numberCell(String(index + 1)),
                            .td(row.facilityKey.map { Components.link(.facility($0), row.facilityName) } ?? .text(row.facilityName)),
                            Components.numberCell(Format.count(row.placementCount)),
                            .td(.class("small"), .code(.text(row.sourceFileName)), .text(t("segregation.row_note", ["row": String(row.sheetRow)]))))
                    })))),
            Components.downloads(t("segregation.every_facility_in_every_month"), csv: .download(.segregation(.csv)), json: .download(.segregation(.json))))
    }

    // MARK: Vulnerable and special populations

    static func quarterChart(_ model: SegregationModel) -> BarChart {
        BarChart(id: "vulnerable-quarters-chart", title: t("segregation.segregation_placements_of_vulnerable_people_per"),
                 description: t("segregation.ice_s_grand_total_of_placements"),
                 bars: model.quarters.filter { $0.reason == .total }.map {
                     .init(label: $0.quarterLabel, value: Double($0.placements), valueText: Format.count($0.placements))
                 }, width: 760)
    }

    /// A reason's name in the page's language; one Vigil does not know stays as ICE wrote it.
    static func reasonLabel(_ reason: VulnerablePlacementReason) -> String {
        if case .other(let text) = reason { return text }
        return t("segregation.reason.\(reason.code)")
    }

    static func vulnerableSection(_ model: SegregationModel) -> Node<HTML.BodyContext> {
        guard !model.quarters.isEmpty else {
            return Components.section(id: "vulnerable", title: t("segregation.vulnerable_and_special_populations"),
                .p(.text(t("segregation.no_imported_workbook_has_a_vulnerable"))))
        }
        return Components.section(id: "vulnerable", title: t("segregation.vulnerable_and_special_populations_per_quarter"),
            BarChartView.render(quarterChart(model)),
            Components.scrollBox(tall: true,
                .table(.id("vulnerable-quarters"), .caption(.text(t("segregation.segregation_placements_of_vulnerable_people_per_2"))),
                    Components.headerRow([t("segregation.quarter"), t("segregation.reason"), t("segregation.reason_as_written"), "#" + t("segregation.placements"), "#" + t("segregation.average_consecutive_days"),
                                          "#" + t("segregation.average_cumulative_days"), "#" + t("segregation.different_people"), t("segregation.source")]),
                    .tbody(.group(model.quarterGroups.flatMap { group in
                        group.rows.map { row in
                            .tr(.if(row.reason == .total, .class("total")),
                                Components.rowHeader(.text(row.quarterLabel)),
                                Components.textCell(reasonLabel(row.reason)), Components.textCell(row.reasonAsWritten),
                                Components.numberCell(Format.count(row.placements)),
                                Components.numberCell(Format.decimal(row.averageConsecutiveDays, places: 1)),
                                Components.numberCell(Format.decimal(row.averageCumulativeDays, places: 1)),
                                Components.numberCell(row.reason == .total ? row.uniqueDetainees.map { Format.count($0) } ?? "—" : ""),
                                .td(.class("small"), .code(.text(row.sourceFileName)), .text(t("segregation.row_note", ["row": String(row.sheetRow)]))))
                        }
                    })))),
            .p(.class("muted small"), .text(t("segregation.different_people_is_the_quarter_s"))),
            Components.downloads(t("segregation.every_quarter_and_reason"), csv: .download(.vulnerableSegregation(.csv)),
                                 json: .download(.vulnerableSegregation(.json))))
    }
}
