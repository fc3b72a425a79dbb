import Plot
import VigilCore
import VigilStore

/// `/expansion`: a pure function of `ExpansionModel`.
enum ExpansionView {
    static func render(_ model: ExpansionModel) -> HTML {
        Layout.page(
            title: "Expansion",
            description: "Where detention is growing: every site from a county vote, 287(g) agreement or contract to people held, each stage with its source.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Halt expansion")),
            .h1(.text("Expansion sites")),
            .p(.class("lede"),
               .text("Each site’s dated timeline from the first signal (a county or city agenda item, a 287(g) agreement, a dossier) "),
               .text("through solicitation, award or modification and funded beds, to its first appearance in an ICE release with people held "),
               .text("and its growth since. A site is a registry facility where a record names one; otherwise the county or city the record names. "),
               .text("Newest activity first."), .text(" "), Components.link(.expansionMoney, "Contract dollars, who profits, and funded beds →")),
            ExpansionTimelineView.attribution(),
            filterForm(model),
            .div(.class("stats"), .group(model.furthestStageCounts.map { stage, n in
                Components.stat(Format.count(n), "furthest at: \(stage.label.lowercased())")
            })),
            Components.section(id: "map", title: "Map", FacilityMapView.section(model.map)),
            sitesSection(model))
    }

    static func filterForm(_ model: ExpansionModel) -> Node<HTML.BodyContext> {
        let q = model.query
        func select(_ name: String, _ label: String, options: [(value: String, label: String)], selected: String?) -> Node<HTML.FormContext> {
            .label(.text(label),
                   .select(.attribute(named: "name", value: name),
                           .element(named: "option", nodes: [.attribute(named: "value", value: "", ignoreIfValueIsEmpty: false), .text("Any")]),
                           .group(options.map { option in
                               .element(named: "option", nodes: [
                                   .attribute(named: "value", value: Escape.attribute(option.value)),
                                   option.value == selected ? .attribute(named: "selected") : .empty,
                                   .text(option.label),
                               ])
                           })))
        }
        return .form(.class("filters"), .method(.get), .action(SiteURL.expansion().path),
            select("state", "State", options: model.states.map { ($0, $0) }, selected: q.state),
            select("stage", "Stage reached", options: PipelineStage.allCases.map { ($0.rawValue, $0.label) }, selected: q.stage?.rawValue),
            .label(.text("Operator or recipient"),
                   .input(.type(.search), .name("operator"), .value(Escape.attribute(q.operatorName ?? "")), .placeholder("e.g. GEO"))),
            .button(.type(.submit), .text("Show")),
            .if(q.isFiltered, .a(.href(SiteURL.expansion().path), .text("Clear the filters"))))
    }

    static func sitesSection(_ model: ExpansionModel) -> Node<HTML.BodyContext> {
        let shown = model.sites.prefix(ExpansionModel.shownRows)
        return Components.section(id: "sites", title: "Sites, newest activity first",
            Components.downloads("these sites", csv: .download(.expansionSites(.csv, model.query)), json: .download(.expansionSites(.json, model.query))),
            Components.downloads("every stage of their timelines", csv: .download(.expansionTimeline(.csv, model.query)),
                                 json: .download(.expansionTimeline(.json, model.query))),
            model.sites.isEmpty
                ? .p(.text(model.allSites.isEmpty
                    ? "No expansion data yet. Import it with vigil import contracts|commission-activity|287g|funded-beds <file> and vigil import dossiers <folder>."
                    : "No site matches these filters."))
                : Components.scrollBox(tall: true,
                    .table(.id("expansion-table"),
                        .caption(.text(shown.count < model.sites.count ? "The \(shown.count) sites with the newest activity of \(model.sites.count); the downloads hold every one"
                                       : "\(model.sites.count) sites")),
                        Components.headerRow(["Site", "State", "Operator or recipient", "Furthest stage", "Latest activity", "Timeline"]),
                        .tbody(.group(shown.map { site in
                            .tr(.attribute(named: "data-site", value: Escape.attribute(site.id)),
                                Components.rowHeader(site.code.map { Components.link(.facility(FacilityKey(rawValue: $0)), site.name) } ?? .text(site.name)),
                                Components.textCell(site.state), Components.textCell(site.operatorName),
                                Components.textCell(site.furthestStage?.label), Components.textCell(site.latestActivity?.iso),
                                .td(.details(.summary(.text("\(site.events.count) stage\(site.events.count == 1 ? "" : "s")")),
                                             .ol(.class("timeline"), ExpansionTimelineView.items(site)))))
                        })))))
    }
}
