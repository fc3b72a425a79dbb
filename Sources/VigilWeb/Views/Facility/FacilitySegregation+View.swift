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
        BarChart(id: "facility-segregation-chart", title: "People in segregation here per month",
                 description: "ICE's monthly segregation count for this facility, newest month first.",
                 bars: perMonth(months).reversed().map {
                     .init(label: SegregationMonthLabel.short($0.month), value: Double($0.count), valueText: Format.count($0.count))
                 }, width: 760)
    }

    static func section(_ months: [SegregationMonth], key: FacilityKey) -> Node<HTML.BodyContext> {
        Components.section(id: "segregation", title: "Segregation",
            .p(.text("People who spent at least one day in segregation here during each calendar month, as ICE’s monthly "),
               .text("segregation sheet reports them (a placement continuing into the next month counts again there). "),
               .text("Months ICE did not list this facility in are not shown. "),
               Components.link(.segregation, "What the figures count"), .text(".")),
            BarChartView.render(chart(months)),
            Components.scrollBox(
                .table(.id("facility-segregation"), .caption(.text("People in segregation here per month")),
                    Components.headerRow(["Month", "#People in segregation", "Name as printed", "Source file", "As of", "Sheet row"]),
                    .tbody(.group(months.reversed().map { m in
                        .tr(Components.rowHeader(.text(SegregationMonthLabel.long(m.month))),
                            Components.numberCell(Format.count(m.placementCount)), Components.textCell(m.facilityName),
                            .td(.class("small"), .code(.text(m.sourceFileName))), Components.textCell(m.releaseAsOfDate.iso),
                            Components.numberCell(String(m.sheetRow)))
                    })))),
            Components.downloads("this facility’s months", csv: .download(.facilitySegregation(key, .csv)),
                                 json: .download(.facilitySegregation(key, .json))))
    }
}
