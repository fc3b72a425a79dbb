import Plot
import VigilCore
import VigilStore

/// The segregation section of a facility page: ICE's monthly counts for the facility, each
/// month from its latest edition, with the file and row it came from.
enum FacilitySegregationView {
    /// Months with their counts summed (a month the sheet lists under two spellings has two lines).
    static func perMonth(_ months: [SegregationMonth]) -> [(month: String, count: Int)] {
        var totals: [(month: String, count: Int)] = []
        for line in months {
            if totals.last?.month == line.month { totals[totals.count - 1].count += line.placementCount }
            else { totals.append((line.month, line.placementCount)) }
        }
        return totals
    }

    static func chart(_ months: [SegregationMonth]) -> BarChart {
        BarChart(id: "facility-segregation-chart", title: t("facility.people_in_segregation_here_per_month"),
                 description: t("facility.ice_s_monthly_segregation_count_for"),
                 bars: perMonth(months).reversed().map {
                     .init(label: SegregationMonthLabel.short($0.month), value: Double($0.count), valueText: Format.count($0.count))
                 }, width: 760)
    }

    static func section(_ months: [SegregationMonth], key: FacilityKey) -> Node<HTML.BodyContext> {
        Components.section(id: "segregation", title: t("facility.segregation"),
            .p(.text(t("facility.people_who_spent_at_least_one")),
               .text(t("facility.segregation_sheet_reports_them_a_placement")),
               .text(t("facility.months_ice_did_not_list_this")),
               Components.link(.segregation, t("facility.what_the_figures_count")), .text(".")),
            BarChartView.render(chart(months)),
            Components.scrollBox(
                .table(.id("facility-segregation"), .caption(.text(t("facility.people_in_segregation_here_per_month"))),
                    Components.headerRow([t("facility.month"), "#" + t("facility.people_in_segregation"), t("facility.name_as_printed"), t("facility.source_file"), t("facility.as_of"), t("facility.sheet_row")]),
                    .tbody(.group(months.reversed().map { m in
                        .tr(Components.rowHeader(.text(SegregationMonthLabel.long(m.month))),
                            Components.numberCell(Format.count(m.placementCount)), Components.textCell(m.facilityName),
                            .td(.class("small"), .code(.text(m.sourceFileName))), Components.textCell(m.releaseAsOfDate.iso),
                            Components.numberCell(String(m.sheetRow)))
                    })))),
            Components.downloads(t("facility.this_facility_s_months"), csv: .download(.facilitySegregation(key, .csv)),
                                 json: .download(.facilitySegregation(key, .json))))
    }
}
