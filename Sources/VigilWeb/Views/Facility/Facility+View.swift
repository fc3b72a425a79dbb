import Plot
import VigilCore

/// A facility's page: a pure function of `FacilityModel`.
enum FacilityView {
    static func render(_ model: FacilityModel) -> HTML {
        if model.history.isEmpty, let registry = model.registry {
            return Layout.page(
                title: model.name, description: t("facility.description_registry_only", ["name": model.name, "code": registry.facility.code]),
                chrome: model.chrome,
                .p(.class("eyebrow"), .text(t("facility.eyebrow_code", ["code": registry.facility.code]))),
                .h1(.id("facility-name"), .text(model.name)),
                .p(.class("lede"), .text(t("facility.no_imported_detention_statistics_release_lists"))),
                FacilityRegistryView.section(registry, history: model.history),
                .unwrap(model.daily) { FacilityDailyView.section($0) },
                DeathsView.facilitySection(model.deaths, key: model.key),
                .if(!model.segregation.isEmpty, FacilitySegregationView.section(model.segregation, key: model.key)),
                .unwrap(model.incidents) { FacilityIncidentsView.section($0) },
                .unwrap(model.expansion) { ExpansionTimelineView.section($0, facilityName: model.name) })
        }
        return Layout.page(
            title: model.name,
            description: t("facility.description", ["name": model.name]),
            chrome: model.chrome,
            heading(model),
            .unwrap(model.registry) { FacilityRegistryView.section($0, history: model.history) },
            historySection(model),
            .unwrap(model.daily) { FacilityDailyView.section($0) },
            .if(model.registry != nil, DeathsView.facilitySection(model.deaths, key: model.key)),
            .if(!model.segregation.isEmpty, FacilitySegregationView.section(model.segregation, key: model.key)),
            .unwrap(model.incidents) { FacilityIncidentsView.section($0) },
            .unwrap(model.expansion) { ExpansionTimelineView.section($0, facilityName: model.name) },
            latestBreakdownSection(model),
            breakdownOverTimeSection(model),
            inspectionSection(model),
            releasesSection(model))
    }

    // MARK: Heading

    static func heading(_ model: FacilityModel) -> Node<HTML.BodyContext> {
        let latest = model.latest
        let place = [model.city, model.state].compactMap { $0 }.joined(separator: ", ")
        return .group(
            .p(.class("eyebrow"), .text(t("facility.facility"))),
            .h1(.id("facility-name"), .text(model.name)),
            .if(!place.isEmpty, .p(.class("lede"), .text(place))),
            .dl(.class("facts"),
                .dt(.text(t("facility.address"))), .dd(.text([model.address, model.city, [model.state, model.zip].compactMap { $0 }.joined(separator: " ")]
                                                  .compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: ", "))),
                .dt(.text(t("facility.area_of_responsibility"))), .dd(.text(model.areaOfResponsibility ?? "—")),
                .dt(.text(t("facility.facility_type"))), .dd(.text(model.type ?? "—")),
                .dt(.text(t("facility.held"))), .dd(.text(model.gender ?? "—")),
                .dt(.text(t("facility.facility_key"))), .dd(.code(.text(model.key.rawValue))),
                .if(!model.otherNames.isEmpty, .group(
                    .dt(.text(t("facility.also_listed_as"))), .dd(.text(model.otherNames.joined(separator: "; ")))))),
            .p(.class("downloads"),
               Components.link(.dossier(model.pageIdentifier), t("facility.closure_dossier")),
               .text(t("facility.every_fact_with_its_source_printable")),
               Components.link(.dossierPDF(model.pageIdentifier), t("facility.pdf"))),
            .div(.class("stats"),
                 Components.stat(Format.count(latest.averageDailyPopulation), t("facility.average_daily_population_fiscal_year_to"),
                                 note: t("facility.range", ["from": latest.fiscalYear.description, "to": Format.date(latest.release.asOfDate)])),
                 Components.stat(Format.count(latest.guaranteedMinimum), t("facility.guaranteed_minimum_beds"),
                                 note: latest.guaranteedMinimum == nil ? t("facility.none_reported") : t("facility.paid_for_whether_used_or_not")),
                 Components.stat(Format.decimal(latest.averageLengthOfStay), t("facility.average_length_of_stay_days")),
                 Components.stat(Format.count(model.history.count), t("facility.releases_list_this_facility"),
                                 note: t("facility.range", ["from": model.history.first!.release.asOfDate.iso, "to": latest.release.asOfDate.iso]))))
    }

    // MARK: ADP over time

    /// One point per release (rows a release lists twice are added together).
    static func historyChart(_ model: FacilityModel) -> LineChart {
        var adp: [LineChart.Point] = []
        var minimum: [LineChart.Point] = []
        for figures in model.releaseFigures {
            adp.append(.init(date: figures.asOf, value: figures.averageDailyPopulation))
            minimum.append(.init(date: figures.asOf, value: figures.guaranteedMinimum))
        }
        let hasMinimum = minimum.contains { $0.value != nil }
        var series: [LineChart.Series] = [.init(name: t("facility.chart_series_adp"), points: adp)]
        if hasMinimum { series.append(.init(name: t("facility.guaranteed_minimum"), points: minimum)) }
        return LineChart(
            id: "facility-history",
            title: t("facility.chart_title", ["name": model.name]),
            description: hasMinimum ? t("facility.chart_description_with_minimum", ["count": Format.count(adp.count)])
                                    : t("facility.chart_description", ["count": Format.count(adp.count)]),
            series: series, valueUnit: t("facility.chart_unit"))
    }

    static func historySection(_ model: FacilityModel) -> Node<HTML.BodyContext> {
        Components.section(id: "history", title: t("facility.average_daily_population_over_time"),
            .p(.class("muted small"),
               .text(t("facility.adp_fiscal_year_to_date_in")),
               .text(model.history.contains { $0.guaranteedMinimum != nil } ? t("facility.against_the_guaranteed_minimum_ice_pays") : ".")),
            LineChartView.render(historyChart(model)),
            Components.downloads(t("facility.the_history_every_column"), csv: .download(.facilityHistory(model.key, .csv)),
                                 json: .download(.facilityHistory(model.key, .json))))
    }

    // MARK: Breakdowns

    static func breakdownTable(_ caption: String, labels: [String], values: [Double?]) -> Node<HTML.BodyContext> {
        let sum = values.compactMap { $0 }.reduce(0, +)
        return Components.scrollBox(.table(
            .caption(.text(caption)),
            Components.headerRow([t("facility.group"), "#" + t("facility.adp"), "#" + t("facility.share")]),
            .tbody(.group(zip(labels, values).map { label, value in
                .tr(Components.rowHeader(.text(label)),
                    Components.numberCell(Format.decimal(value)),
                    Components.numberCell(value.map { sum > 0 ? Format.percent($0 / sum) : "—" } ?? "—"))
            })),
            .tfoot(.tr(Components.rowHeader(.text(t("facility.total"))), Components.numberCell(Format.decimal(values.contains { $0 != nil } ? sum : nil)),
                       Components.numberCell(sum > 0 ? "100%" : "—")))))
    }

    static func latestBreakdownSection(_ model: FacilityModel) -> Node<HTML.BodyContext> {
        let latest = model.latest
        let date = latest.release.asOfDate.iso
        return Components.section(id: "latest", title: t("facility.who_is_held", ["date": Format.date(latest.release.asOfDate)]),
            .p(.class("muted small"), .text(t("facility.average_daily_population_fiscal_year_to_2"))),
            .div(.class("grid-3"),
                 breakdownTable(t("facility.classification_level_as_of", ["date": date]), labels: FacilityModel.levelLabels, values: latest.levels),
                 breakdownTable(t("facility.criminality_as_of", ["date": date]), labels: FacilityModel.criminalityLabels, values: latest.criminality),
                 breakdownTable(t("facility.threat_level_as_of", ["date": date]), labels: FacilityModel.threatLabels, values: latest.threatLevels)),
            Components.downloads(t("facility.the_history_every_column"), csv: .download(.facilityHistory(model.key, .csv)),
                                 json: .download(.facilityHistory(model.key, .json))))
    }

    static func breakdownOverTimeSection(_ model: FacilityModel) -> Node<HTML.BodyContext> {
        let labels = [t("facility.as_of"), "#A", "#B", "#C", "#D", "#" + t("facility.col_male_crim"), "#" + t("facility.col_male_non_crim"),
                      "#" + t("facility.col_female_crim"), "#" + t("facility.col_female_non_crim"),
                      "#" + t("facility.col_threat_1"), "#" + t("facility.col_threat_2"), "#" + t("facility.col_threat_3"), "#" + t("facility.col_no_threat")]
        return Components.section(id: "breakdown-history", title: t("facility.classification_criminality_and_threat_level_over"),
            .details(
                .summary(.text(t("facility.show_the_table", count: model.history.count))),
                Components.scrollBox(tall: true,
                     .table(
                        .caption(.text(t("facility.average_daily_population_by_group_fiscal")),
                                 .span(.class("caption-note"), .text(t("facility.a_d_classification_levels_crim_with")))),
                        Components.headerRow(labels),
                        .tbody(.group(model.history.reversed().map { row in
                            .tr(Components.rowHeader(.text(row.release.asOfDate.iso)),
                                .group((row.levels + row.criminality + row.threatLevels).map { Components.numberCell(Format.decimal($0)) }))
                        }))))),
            Components.downloads(t("facility.the_history_every_column"), csv: .download(.facilityHistory(model.key, .csv)),
                                 json: .download(.facilityHistory(model.key, .json))))
    }

    // MARK: Inspections

    static func inspectionSection(_ model: FacilityModel) -> Node<HTML.BodyContext> {
        Components.section(id: "inspections", title: t("facility.inspections_as_ice_reported_them"),
            .p(.class("muted small"),
               .text(t("facility.each_release_lists_the_facility_s")),
               .text(t("facility.with_the_releases_that_reported_it"))),
            model.inspections.isEmpty
                ? .p(.text(t("facility.no_release_reports_an_inspection_of")))
                : Components.scrollBox(
                       .table(.id("inspection-table"),
                          .caption(.text(t("facility.inspections_reported_for", ["name": model.name]))),
                          Components.headerRow([t("facility.date"), t("facility.inspector"), t("facility.type"), t("facility.standard"), t("facility.rating"), t("facility.reported_in")]),
                          .tbody(.group(model.inspections.map(inspectionRow))))),
            Components.downloads(t("facility.the_inspections"), csv: .download(.facilityInspections(model.key, .csv)),
                                 json: .download(.facilityInspections(model.key, .json))))
    }

    static func inspectionRow(_ record: InspectionRecord) -> Node<HTML.TableContext> {
        let releases = record.reportedIn
        let span = releases.count == 1
            ? t("facility.reported_in_one_release", ["date": releases[0].asOfDate.iso])
            : t("facility.reported_in_releases", ["count": Format.count(releases.count), "from": releases.first!.asOfDate.iso, "to": releases.last!.asOfDate.iso])
        let rating = record.rating ?? "—"
        let failing = rating.lowercased().contains("does not meet") || rating.lowercased().contains("deficient")
        return .tr(.class("inspection-row"),
            Components.rowHeader(.group(.text(record.date?.iso ?? t("facility.no_date")),
                                        .unwrap(record.dateLabels.first) { .span(.class("muted small"), .text(" (\($0))")) })),
            Components.textCell(InspectionHistory.inspectorName(record.inspector)),
            Components.textCell(record.type),
            Components.textCell(record.standard),
            .td(failing ? .span(.class("badge badge-bad"), .text(rating)) : .text(rating)),
            .td(.class("small"), Components.tooltip(releases.map { "\($0.asOfDate.iso): \($0.fileName)" }.joined(separator: "\n")),
                .text(span)))
    }

    // MARK: Releases (provenance)

    static func releasesSection(_ model: FacilityModel) -> Node<HTML.BodyContext> {
        Components.section(id: "releases", title: t("facility.releases_listing_this_facility"),
            .p(.class("muted small"),
               .text(t("facility.every_figure_on_this_page_comes")),
               .text(t("facility.guaranteed_minimum_beds_ice_pays_for"))),
            Components.scrollBox(tall: true,
                 .table(.id("facility-release-table"),
                    .caption(.text(t("facility.in_each_release", ["name": model.name])),
                             .span(.class("caption-note"), .text(t("facility.adp_average_daily_population_fiscal_year")))),
                    Components.headerRow([t("facility.as_of"), t("facility.fiscal_year"), "#" + t("facility.adp"), "#" + t("facility.guaranteed_minimum"), "#" + t("facility.adp_minimum"), "#" + t("facility.alos"), "#" + t("facility.mandatory"), t("facility.source_file"), "#" + t("facility.row"), t("facility.sha_256")]),
                    .tbody(.group(model.history.reversed().map { row in
                        let use = row.guaranteedMinimum.flatMap { gm in gm > 0 ? row.averageDailyPopulation.map { $0 / gm } : nil }
                        return .tr(
                            Components.rowHeader(Components.link(.national(.init(releaseID: row.release.releaseID)), row.release.asOfDate.iso)),
                            Components.textCell(row.fiscalYear.description),
                            Components.numberCell(Format.count(row.averageDailyPopulation)),
                            Components.numberCell(Format.count(row.guaranteedMinimum)),
                            Components.numberCell(Format.percent(use)),
                            Components.numberCell(Format.decimal(row.averageLengthOfStay)),
                            Components.numberCell(Format.count(row.mandatory)),
                            .td(.class("small"), .code(.text(row.release.fileName))),
                            Components.numberCell(String(row.sourceRow)),
                            .td(.span(.class("hash"), Components.tooltip(row.release.sha256), .text(Format.shortHash(row.release.sha256) + "…"))))
                    })))),
            Components.downloads(t("facility.this_table_every_column"), csv: .download(.facilityHistory(model.key, .csv)),
                                 json: .download(.facilityHistory(model.key, .json))))
    }
}
