import Plot
import VigilCore
import VigilStore

/// `/expansion`: a pure function of `ExpansionModel`.
enum ExpansionView {
    static func render(_ model: ExpansionModel) -> HTML {
        Layout.page(
            title: t("expansion.expansion"),
            description: t("expansion.where_detention_is_growing_every_site"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("expansion.halt_expansion"))),
            .h1(.text(t("expansion.expansion_sites"))),
            .p(.class("lede"),
               .text(t("expansion.lede")), .text(" "), Components.link(.expansionMoney, t("expansion.contract_dollars_who_profits_and_funded"))),
            ExpansionTimelineView.attribution(),
            filterForm(model),
            .div(.class("stats"), .group(model.furthestStageCounts.map { stage, n in
                Components.stat(Format.count(n), t("expansion.furthest_at", ["stage": t("expansion.stage.\(stage.rawValue)").lowercased()]))
            })),
            Components.section(id: "map", title: t("expansion.map"), FacilityMapView.section(model.map)),
            sitesSection(model))
    }

    static func filterForm(_ model: ExpansionModel) -> Node<HTML.BodyContext> {
        let q = model.query
        func select(_ name: String, _ label: String, options: [(value: String, label: String)], selected: String?) -> Node<HTML.FormContext> {
            .label(.text(label),
                   .select(.attribute(named: "name", value: name),
                           .element(named: "option", nodes: [.attribute(named: "value", value: "", ignoreIfValueIsEmpty: false), .text(t("expansion.any"))]),
                           .group(options.map { option in
                               .element(named: "option", nodes: [
                                   .attribute(named: "value", value: Escape.attribute(option.value)),
                                   option.value == selected ? .attribute(named: "selected") : .empty,
                                   .text(option.label),
                               ])
                           })))
        }
        return .form(.class("filters"), .method(.get), .action(SiteURL.expansion().path),
            select("state", t("expansion.state"), options: model.states.map { ($0, $0) }, selected: q.state),
            select("stage", t("expansion.stage_reached"), options: PipelineStage.allCases.map { ($0.rawValue, t("expansion.stage.\($0.rawValue)")) }, selected: q.stage?.rawValue),
            .label(.text(t("expansion.operator_or_recipient")),
                   .input(.type(.search), .name("operator"), .value(Escape.attribute(q.operatorName ?? "")), .placeholder(t("expansion.e_g_geo")))),
            .button(.type(.submit), .text(t("expansion.show"))),
            .if(q.isFiltered, .a(.href(SiteURL.expansion().path), .text(t("expansion.clear_the_filters")))))
    }

    static func sitesSection(_ model: ExpansionModel) -> Node<HTML.BodyContext> {
        let shown = model.sites.prefix(ExpansionModel.shownRows)
        return Components.section(id: "sites", title: t("expansion.sites_newest_activity_first"),
            Components.downloads(t("expansion.these_sites"), csv: .download(.expansionSites(.csv, model.query)), json: .download(.expansionSites(.json, model.query))),
            Components.downloads(t("expansion.every_stage_of_their_timelines"), csv: .download(.expansionTimeline(.csv, model.query)),
                                 json: .download(.expansionTimeline(.json, model.query))),
            model.sites.isEmpty
                ? .p(.text(model.allSites.isEmpty
                    ? t("expansion.no_expansion_data_yet_import_it")
                    : t("expansion.no_site_matches_these_filters")))
                : Components.scrollBox(tall: true,
                    .table(.id("expansion-table"),
                        .caption(.text(shown.count < model.sites.count
                                       ? t("expansion.sites_shown", ["shown": Format.count(shown.count), "total": Format.count(model.sites.count)])
                                       : t("expansion.sites_count", count: model.sites.count))),
                        Components.headerRow([t("expansion.site"), t("expansion.state"), t("expansion.operator_or_recipient"), t("expansion.furthest_stage"), t("expansion.latest_activity"), t("expansion.timeline")]),
                        .tbody(.group(shown.map { site in
                            .tr(.attribute(named: "data-site", value: Escape.attribute(site.id)),
                                Components.rowHeader(site.code.map { Components.link(.facility(FacilityKey(rawValue: $0)), site.name) } ?? .text(site.name)),
                                Components.textCell(site.state), Components.textCell(site.operatorName),
                                Components.textCell(site.furthestStage.map { t("expansion.stage.\($0.rawValue)") }), Components.textCell(site.latestActivity?.iso),
                                .td(.details(.summary(.text(t("expansion.stages_count", count: site.events.count))),
                                             .ol(.class("timeline"), ExpansionTimelineView.items(site)))))
                        })))))
    }
}
