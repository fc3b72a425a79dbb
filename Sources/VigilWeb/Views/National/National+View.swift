import Plot
import VigilCore
import VigilStore

/// The national page: a pure function of `NationalModel`.
enum NationalView {
    static func render(_ model: NationalModel) -> HTML {
        switch model.content {
        case .empty:
            return Layout.page(title: t("national.national_overview"), description: t("national.no_ice_detention_statistics_imported_yet"),
                               chrome: model.chrome, emptyState())
        case .populated(let page):
            return Layout.page(
                title: t("national.national_overview"),
                description: t("national.description", ["date": page.release.asOfDate.iso]),
                chrome: model.chrome,
                heading(page),
                trendSection(page),
                .unwrap(page.map) { map in
                    Components.section(id: "map", title: t("national.where_people_are_held_and_who"),
                        .p(.class("muted small"), .text(t("national.each_circle_is_a_facility_with")),
                           Components.link(.privateShare(releaseID: page.release.id), t("national.how_the_private_share_is_worked"))),
                        FacilityMapView.section(map),
                        Components.downloads(t("national.the_facility_registry"), csv: .download(.facilities(.csv)), json: .download(.facilities(.json))))
                },
                .group(page.breakdowns.map { breakdownSection($0, page: page) }),
                facilitySection(page))
        }
    }

    static func emptyState() -> Node<HTML.BodyContext> {
        .div(.class("empty-state"),
             .h1(.text(t("national.no_detention_statistics_imported_yet"))),
             .p(.text(t("national.vigil_shows_ice_s_biweekly_detention")),
                .text(t("national.download_them_from_ice_s_detention"))),
             .pre(.code(.text("vigil import ice-stats <folder>"))),
             .p(.text(t("national.each_workbook_is_archived_by_its")),
                .text(t("national.generated_demo_data_if_loaded_is"))))
    }

    // MARK: Heading and totals

    static func heading(_ page: NationalModel.Populated) -> Node<HTML.BodyContext> {
        let release = page.release
        let totals = page.totals
        return .group(
            .p(.class("eyebrow"), .text(t("national.national_overview"))),
            .h1(.text(t("national.people_held_in_ice_detention"))),
            .p(.class("lede"),
               .text(t("national.average_daily_population_adp_fiscal_year")),
               .text(t("national.adp_averages_the_people_held_each")),
               .text(t("national.it_is_not_a_count_on"))),
            .form(.class("release-picker"), .method(.get), .action(SiteURL.national().path),
                  .label(.for("release"), .text(t("national.release_as_of"))),
                  .select(.id("release"), .attribute(named: "name", value: "release"),
                          .group(page.releases.map { option in
                              .element(named: "option", nodes: [
                                  .attribute(named: "value", value: String(option.id)),
                                  option.id == release.id ? .attribute(named: "selected") : .empty,
                                  .text("\(option.asOfDate.iso) (\(option.fiscalYear))"),
                              ])
                          })),
                  .button(.type(.submit), .text(t("national.show")))),
            .div(.class("stats"),
                 Components.stat(Format.count(totals.averageDailyPopulation),
                                 t("national.average_daily_population_fiscal_year_to"),
                                 note: t("national.range", ["from": release.fiscalYear.description, "to": Format.date(release.asOfDate)])),
                 Components.stat(Format.count(totals.facilityCount), t("national.facilities_listed"),
                                 note: t("national.with_an_adp_above_zero", ["count": Format.count(totals.occupiedFacilityCount)])),
                 Components.stat(Format.count(totals.guaranteedMinimum), t("national.guaranteed_minimum_beds"),
                                 note: t("national.paid_for_at_facilities", count: totals.facilitiesWithGuaranteedMinimum)),
                 .unwrap(totals.previous) { previous in
                     Components.stat(Format.signedCount(totals.averageDailyPopulation - previous.averageDailyPopulation),
                                     t("national.change_in_adp_since_the_previous"),
                                     note: t("national.as_of_date", ["date": Format.date(previous.asOfDate)]))
                 }),
            .p(.class("provenance"),
               .text(release.isLatest ? t("national.latest_release") : t("national.release")),
               .text(t("national.provenance_as_of", ["date": Format.date(release.asOfDate), "fiscal_year": release.fiscalYear.description])),
               .code(.text(release.fileName)),
               .text(t("national.sha_256")),
               .span(.class("hash"), Components.tooltip(release.sha256), .text(Format.shortHash(release.sha256) + "…")),
               .text("). "),
               Components.link(.releases, t("national.all_releases_and_their_files"))))
    }

    // MARK: Trend

    static func trendChart(_ trend: [PopulationTrendPoint]) -> LineChart {
        LineChart(
            id: "national-trend",
            title: t("national.total_average_daily_population_in_ice"),
            description: trend.last.map {
                t("national.trend_description_latest", ["count": Format.count(trend.count), "date": $0.asOfDate.iso,
                                                        "total": Format.count($0.totalAverageDailyPopulation)])
            } ?? t("national.trend_description", ["count": Format.count(trend.count)]),
            series: [.init(name: t("national.total_adp"), points: trend.map { .init(date: $0.asOfDate, value: $0.totalAverageDailyPopulation) })],
            valueUnit: t("national.trend_unit"))
    }

    static func trendSection(_ page: NationalModel.Populated) -> Node<HTML.BodyContext> {
        Components.section(id: "trend", title: t("national.total_average_daily_population_every_release"),
            .p(.class("muted small"),
               .text(t("national.each_point_is_one_release_s")),
               .text(t("national.totals_early_in_a_fiscal_year"))),
            LineChartView.render(trendChart(page.trend)),
            .details(
                .summary(.text(t("national.the_figures_as_a_table"))),
                Components.scrollBox(tall: true,
                     .table(
                        .caption(.text(t("national.total_average_daily_population_by_release"))),
                        Components.headerRow([t("national.as_of"), t("national.fiscal_year"), "#" + t("national.total_adp"), "#" + t("national.facilities"), "#" + t("national.with_adp_above_zero")]),
                        .tbody(.group(page.trend.reversed().map { point in
                            .tr(Components.rowHeader(Components.link(.national(.init(releaseID: point.releaseID)), point.asOfDate.iso)),
                                Components.textCell(point.fiscalYear.description),
                                Components.numberCell(Format.count(point.totalAverageDailyPopulation)),
                                Components.numberCell(Format.count(point.facilityCount)),
                                Components.numberCell(Format.count(point.occupiedFacilityCount)))
                        }))))),
            Components.downloads(t("national.the_trend"), csv: .download(.nationalTrend(.csv)), json: .download(.nationalTrend(.json))))
    }

    // MARK: Breakdowns

    static func breakdownChart(_ breakdown: NationalModel.Breakdown, release: NationalModel.SelectedRelease) -> BarChart {
        let shown = breakdown.rows.prefix(15)
        return BarChart(
            id: "breakdown-\(breakdown.dimension.rawValue)",
            title: t("national.breakdown_title", ["dimension": dimensionTitle(breakdown.dimension).lowercased(), "date": release.asOfDate.iso]),
            description: breakdown.rows.count > shown.count
                ? t("national.breakdown_largest", ["shown": Format.count(shown.count), "count": Format.count(breakdown.rows.count)])
                : t("national.breakdown_all", ["count": Format.count(breakdown.rows.count)]),
            bars: shown.map { .init(label: groupLabel($0.group), value: $0.averageDailyPopulation,
                                    valueText: "\(Format.count($0.averageDailyPopulation)) (\(Format.percent($0.share)))") })
    }

    static func breakdownSection(_ breakdown: NationalModel.Breakdown, page: NationalModel.Populated) -> Node<HTML.BodyContext> {
        let dimension = breakdown.dimension
        let release = page.release
        return Components.section(id: "by-\(dimension.rawValue)", title: t("national.by_dimension", ["dimension": dimensionTitle(dimension).lowercased()]),
            .div(.class("grid-2"),
                 .div(BarChartView.render(breakdownChart(breakdown, release: release))),
                 .div(Components.scrollBox(tall: true,
                           .table(
                              .caption(.text(t("national.breakdown_title", ["dimension": dimensionTitle(dimension).lowercased(), "date": release.asOfDate.iso]))),
                              Components.headerRow([dimensionTitle(dimension), "#" + t("national.facilities"), "#" + t("national.adp"), "#" + t("national.share")]),
                              .tbody(.group(breakdown.rows.map { row in
                                  .tr(Components.rowHeader(filterLink(row.group, dimension: dimension, page: page)),
                                      Components.numberCell(Format.count(row.facilityCount)),
                                      Components.numberCell(Format.count(row.averageDailyPopulation)),
                                      Components.numberCell(Format.percent(row.share)))
                              })))),
                      Components.downloads(t("national.this_breakdown"),
                                           csv: .download(.breakdown(releaseID: release.id, dimension, .csv)),
                                           json: .download(.breakdown(releaseID: release.id, dimension, .json))))))
    }

    /// The dimension's name on the page (`BreakdownDimension.title` stays English for downloads).
    static func dimensionTitle(_ dimension: BreakdownDimension) -> String {
        t("national.dimension.\(dimension.rawValue)")
    }

    /// The store's "(not stated)" group in the page's language; ICE's group names stay as written.
    static func groupLabel(_ group: String) -> String {
        group == "(not stated)" ? t("national.not_stated") : group
    }

    /// A group name that narrows the facility table to that group.
    static func filterLink(_ group: String, dimension: BreakdownDimension, page: NationalModel.Populated) -> Node<HTML.BodyContext> {
        guard group != "(not stated)" else { return .text(groupLabel(group)) }
        var list = FacilityListQuery()
        switch dimension {
        case .facilityType: list.type = group
        case .areaOfResponsibility: list.aor = group
        case .state: list.state = group
        }
        let url = SiteURL.national(.init(releaseID: page.release.isLatest ? nil : page.release.id, list: list))
        return .a(.href(Escape.attribute(url.href + "#facilities")), .text(group))
    }

    // MARK: Facility table

    static func facilitySection(_ page: NationalModel.Populated) -> Node<HTML.BodyContext> {
        let query = page.query
        let release = page.release
        let releaseParameter = release.isLatest ? nil : release.id
        return Components.section(id: "facilities", title: t("national.facilities_in_this_release"),
            filterForm(page),
            .p(.class("muted small"),
               .text(query.isFiltered
                     ? t("national.showing_facilities", ["shown": Format.count(page.facilities.count), "count": Format.count(page.unfilteredFacilityCount)])
                     : t("national.all_facilities", ["count": Format.count(page.unfilteredFacilityCount)])),
               .text(t("national.select_a_column_heading_to_sort"))),
            Components.scrollBox(
                 .table(.id("facility-table"),
                    .caption(.text(t("national.facilities_as_of", ["date": release.asOfDate.iso])),
                             .span(.class("caption-note"), .text(t("national.adp_average_daily_population_fiscal_year")))),
                    .thead(.tr(
                        sortHeader(t("national.col_facility"), .name, query: query, releaseID: releaseParameter),
                        Components.columnHeader(t("national.col_city")),
                        sortHeader(t("national.col_state"), .state, query: query, releaseID: releaseParameter),
                        sortHeader(t("national.col_aor"), .aor, query: query, releaseID: releaseParameter),
                        sortHeader(t("national.col_type"), .type, query: query, releaseID: releaseParameter),
                        sortHeader(t("national.adp"), .adp, query: query, releaseID: releaseParameter, numeric: true),
                        sortHeader(t("national.col_guaranteed_minimum"), .guaranteedMinimum, query: query, releaseID: releaseParameter, numeric: true),
                        sortHeader(t("national.col_alos"), .alos, query: query, releaseID: releaseParameter, numeric: true))),
                    .tbody(.group(page.facilities.map { row in
                        .tr(.class("facility-row"),
                            Components.rowHeader(Components.link(.facility(row.key), row.name)),
                            Components.textCell(row.city),
                            Components.textCell(row.state),
                            Components.textCell(row.areaOfResponsibility),
                            Components.textCell(row.type),
                            Components.numberCell(Format.count(row.averageDailyPopulation)),
                            Components.numberCell(Format.count(row.guaranteedMinimum)),
                            Components.numberCell(Format.decimal(row.averageLengthOfStay)))
                    })))),
            .if(page.facilities.isEmpty, .p(.text(t("national.no_facility_matches_these_filters")),
                                             Components.link(.national(.init(releaseID: releaseParameter)), t("national.clear_the_filters")))),
            Components.downloads(query.isFiltered ? t("national.these_facilities_every_column") : t("national.this_table_every_column"),
                                 csv: .download(.releaseFacilities(releaseID: release.id, .csv, query)),
                                 json: .download(.releaseFacilities(releaseID: release.id, .json, query))))
    }

    static func sortHeader(_ label: String, _ key: FacilityListQuery.SortKey, query: FacilityListQuery, releaseID: Int?,
                           numeric: Bool = false) -> Node<HTML.TableRowContext> {
        let url = SiteURL.national(.init(releaseID: releaseID, list: query.sorted(by: key)))
        return .th(.attribute(named: "scope", value: "col"),
                   .if(numeric, .class("num")),
                   .if(query.sort == key, .attribute(named: "aria-sort", value: query.order == .ascending ? "ascending" : "descending")),
                   .a(.href(Escape.attribute(url.href + "#facilities")), .text(label)))
    }

    static func filterForm(_ page: NationalModel.Populated) -> Node<HTML.BodyContext> {
        let query = page.query
        func select(_ name: String, _ label: String, all: String, options: [String], selected: String?) -> Node<HTML.FormContext> {
            .label(.text(label),
                   .select(.attribute(named: "name", value: name),
                           .element(named: "option", nodes: [.attribute(named: "value", value: "", ignoreIfValueIsEmpty: false), .text(all)]),
                           .group(options.map { option in
                               .element(named: "option", nodes: [
                                   .attribute(named: "value", value: Escape.attribute(option)),
                                   option.caseInsensitiveCompare(selected ?? "") == .orderedSame ? .attribute(named: "selected") : .empty,
                                   .text(option),
                               ])
                           })))
        }
        return .form(.class("filters"), .method(.get), .action(SiteURL.national().path + "#facilities"),
            .if(!page.release.isLatest, .input(.type(.hidden), .name("release"), .value(String(page.release.id)))),
            .label(.text(t("national.name_or_city")),
                   .input(.type(.search), .name("q"), .value(Escape.attribute(query.text ?? "")), .placeholder(t("national.e_g_county_jail")))),
            select("state", dimensionTitle(.state), all: t("national.all_states"), options: page.filterOptions.states, selected: query.state),
            select("aor", dimensionTitle(.areaOfResponsibility), all: t("national.all_aors"), options: page.filterOptions.areasOfResponsibility, selected: query.aor),
            select("type", dimensionTitle(.facilityType), all: t("national.all_types"), options: page.filterOptions.types, selected: query.type),
            .if(query.sort != .adp || query.order != query.sort.defaultOrder, .group(
                .input(.type(.hidden), .name("sort"), .value(query.sort.rawValue)),
                .input(.type(.hidden), .name("order"), .value(query.order.rawValue)))),
            .button(.type(.submit), .text(t("national.apply"))),
            .if(query.isFiltered, .a(.href(Escape.attribute(SiteURL.national(.init(releaseID: page.release.isLatest ? nil : page.release.id)).href + "#facilities")),
                                     .text(t("national.clear_filters")))))
    }
}
