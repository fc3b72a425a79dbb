import Plot
import VigilCore
import VigilStore

/// The `/segregation` page: a pure function of `SegregationModel`.
enum SegregationView {
    static func render(_ model: SegregationModel) -> HTML {
        Layout.page(
            title: "Segregation",
            description: "People held in segregation in ICE detention, per facility and month, and placements of vulnerable people per quarter, as ICE reports them.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Segregation")),
            .h1(.text("Segregation in ICE detention")),
            .p(.class("lede"),
               .text("How many people ICE held in segregation — isolated from the general population — per facility and month, "),
               .text("and how often people ICE counts as vulnerable were placed there, per quarter and reason. "),
               .text("Every figure is ICE’s own, from the segregation sheets of its detention-statistics workbooks.")),
            meaningSection(model),
            model.months.isEmpty
                ? Components.section(id: "national-months", title: "No segregation figures yet",
                    .p(.text("No imported workbook has a “Monthly Segregation” sheet (ICE added it in May 2024). Import workbooks with "),
                       .code(.text("vigil import ice-stats <folder>")), .text(".")))
                : .group(nationalSection(model), latestMonthSection(model)),
            vulnerableSection(model))
    }

    // MARK: What the figures mean

    static func meaningSection(_ model: SegregationModel) -> Node<HTML.BodyContext> {
        Components.section(id: "meaning", title: "What these figures count",
            .p(.strong(.text("Monthly, per facility. ")),
               .text("The number of different people who spent at least one day in segregation at the facility during the calendar month, "),
               .text("as facilities recorded them in ICE’s Segregation Review Management System (SRMS). ICE’s segregation directive "),
               .text("(Policy 11065.1) makes facilities record every placement of a person with a special vulnerability, and every placement "),
               .text("lasting 14 days in a row or 14 days out of 21. A placement that began in an earlier month counts again in each month it "),
               .text("continues into, so months cannot be added up into a number of people; the national figure here sums the facility lines, "),
               .text("so a person moved between facilities within a month counts at each.")),
            .p(.strong(.text("Quarterly, vulnerable and special populations. ")),
               .text("National segregation placements of people ICE records as vulnerable — among them people with a serious mental or "),
               .text("medical illness, people on hunger strike or suicide watch, and people at risk because of their sexual orientation or "),
               .text("gender identity — per fiscal quarter (Q1 is October to December) and the reason given. These count placements, not "),
               .text("people: the quarter’s footnote gives the number of different people. ICE has renamed reasons over the years; they are "),
               .text("grouped here and shown as written.")),
            .p(.strong(.text("Editions. ")),
               .text("Each workbook re-publishes earlier months and quarters, sometimes revised. Every month and quarter here is read from "),
               .text("the newest imported workbook that publishes it, and names that workbook’s file, as-of date and sheet row.")),
            .ul(.class("provenance"),
                .unwrap(model.newestMonth) { month in
                    .li(.text("Newest month: \(SegregationMonthLabel.long(month.month)), from "), .code(.text(month.sourceFileName)),
                        .text(" (as of \(Format.date(month.releaseAsOfDate)), sheet “\(month.sheet.trimmingCharacters(in: .whitespaces))”)."))
                },
                .unwrap(model.newestQuarter) { quarter in
                    .li(.text("Newest quarter: \(quarter.quarterLabel), from "), .code(.text(quarter.sourceFileName)),
                        .text(" (as of \(Format.date(quarter.releaseAsOfDate)), sheet “\(quarter.sheet.trimmingCharacters(in: .whitespaces))”)."))
                }))
    }

    // MARK: National months

    static func nationalChart(_ model: SegregationModel) -> LineChart {
        LineChart(id: "segregation-national-chart", title: "People in segregation per month, all facilities",
                  description: "The sum of ICE's monthly segregation counts over all facilities, per calendar month.",
                  series: [.init(name: "All facilities", points: model.months.compactMap { month in
                      CalendarMonth(iso: month.month).map { LineChart.Point(date: $0.firstDay, value: Double(month.total)) }
                  })],
                  valueUnit: "people in segregation (facility counts summed)")
    }

    static func nationalSection(_ model: SegregationModel) -> Node<HTML.BodyContext> {
        Components.section(id: "national-months", title: "Per month, all facilities",
            LineChartView.render(nationalChart(model)),
            .if(!model.missingMonths.isEmpty,
                .p(.class("note"), .attribute(named: "role", value: "note"),
                   .strong(.text("Gap. ")),
                   .text("No imported workbook publishes \(model.missingMonths.map(\.name).joined(separator: ", ")); "),
                   .text("the chart’s line joins the months on either side, and the table leaves them out."))),
            Components.scrollBox(
                .table(.id("segregation-months"), .caption(.text("People in segregation per month, facility counts summed")),
                    Components.headerRow(["Month", "#People (summed)", "#Facilities listed", "Source file", "As of", "#Editions"]),
                    .tbody(.group(model.months.reversed().map { m in
                        .tr(Components.rowHeader(.text(SegregationMonthLabel.long(m.month))),
                            Components.numberCell(Format.count(m.total)), Components.numberCell(Format.count(m.facilitiesReporting)),
                            .td(.class("small"), .code(.text(m.sourceFileName))), Components.textCell(m.releaseAsOfDate.iso),
                            Components.numberCell(String(m.editions)))
                    })))),
            Components.downloads("the monthly totals", csv: .download(.segregationMonths(.csv)), json: .download(.segregationMonths(.json))))
    }

    // MARK: The newest month, by facility

    static func latestMonthSection(_ model: SegregationModel) -> Node<HTML.BodyContext> {
        let title = model.newestMonth.map { "Facilities in \(SegregationMonthLabel.long($0.month)), most people first" } ?? "Facilities"
        return Components.section(id: "latest-month", title: title,
            .p(.text("Names are printed as ICE’s sheet writes them; a name links to its facility when exactly one facility of the "),
               .text("workbooks or the registry has it.")),
            Components.scrollBox(tall: true,
                .table(.id("segregation-latest-month"), .caption(.text(title)),
                    Components.headerRow(["#Rank", "Facility (as printed)", "#People in segregation", "Source"]),
                    .tbody(.group(model.latestMonth.enumerated().map { index, row in
                        .tr(Components.numberCell(String(index + 1)),
                            .td(row.facilityKey.map { Components.link(.facility($0), row.facilityName) } ?? .text(row.facilityName)),
                            Components.numberCell(Format.count(row.placementCount)),
                            .td(.class("small"), .code(.text(row.sourceFileName)), .text(" row \(row.sheetRow)")))
                    })))),
            Components.downloads("every facility in every month", csv: .download(.segregation(.csv)), json: .download(.segregation(.json))))
    }

    // MARK: Vulnerable and special populations

    static func quarterChart(_ model: SegregationModel) -> BarChart {
        BarChart(id: "vulnerable-quarters-chart", title: "Segregation placements of vulnerable people per quarter",
                 description: "ICE's Grand Total of placements per fiscal quarter, all reasons.",
                 bars: model.quarters.filter { $0.reason == .total }.map {
                     .init(label: $0.quarterLabel, value: Double($0.placements), valueText: Format.count($0.placements))
                 }, width: 760)
    }

    static func vulnerableSection(_ model: SegregationModel) -> Node<HTML.BodyContext> {
        guard !model.quarters.isEmpty else {
            return Components.section(id: "vulnerable", title: "Vulnerable and special populations",
                .p(.text("No imported workbook has a “Vulnerable & Special Population” sheet (ICE added it in July 2022).")))
        }
        return Components.section(id: "vulnerable", title: "Vulnerable and special populations, per quarter and reason",
            BarChartView.render(quarterChart(model)),
            Components.scrollBox(tall: true,
                .table(.id("vulnerable-quarters"), .caption(.text("Segregation placements of vulnerable people, per fiscal quarter and reason")),
                    Components.headerRow(["Quarter", "Reason", "Reason as written", "#Placements", "#Average consecutive days",
                                          "#Average cumulative days", "#Different people", "Source"]),
                    .tbody(.group(model.quarterGroups.flatMap { group in
                        group.rows.map { row in
                            .tr(.if(row.reason == .total, .class("total")),
                                Components.rowHeader(.text(row.quarterLabel)),
                                Components.textCell(row.reason.label), Components.textCell(row.reasonAsWritten),
                                Components.numberCell(Format.count(row.placements)),
                                Components.numberCell(Format.decimal(row.averageConsecutiveDays, places: 1)),
                                Components.numberCell(Format.decimal(row.averageCumulativeDays, places: 1)),
                                Components.numberCell(row.reason == .total ? row.uniqueDetainees.map { Format.count($0) } ?? "—" : ""),
                                .td(.class("small"), .code(.text(row.sourceFileName)), .text(" row \(row.sheetRow)")))
                        }
                    })))),
            .p(.class("muted small"), .text("Different people is the quarter’s footnote (“Data represents … unique detainees”): all reasons together.")),
            Components.downloads("every quarter and reason", csv: .download(.vulnerableSegregation(.csv)),
                                 json: .download(.vulnerableSegregation(.json))))
    }
}
