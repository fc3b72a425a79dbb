import Plot
import VigilCore
import VigilStore

/// A site's timeline as a list, and the licence line every view of this data carries. Used by
/// `/expansion`, the facility page and the closure dossier.
enum ExpansionTimelineView {
    static let licenceURL = "https://creativecommons.org/licenses/by-sa/4.0/"

    /// The CC BY-SA 4.0 attribution: where the lists come from and that what is shown stays under that licence.
    static func attribution() -> Node<HTML.BodyContext> {
        .p(.class("muted small licence"),
           rich("expansion.attribution", ["licence": .a(.href(licenceURL), .attribute(named: "rel", value: "license"), .text(t("expansion.cc_by_sa_4_0")))]))
    }

    /// The events, oldest first, each with its stage, date, what happened and its source.
    static func list(_ site: ExpansionSite) -> Node<HTML.BodyContext> {
        .ol(.class("timeline"), items(site))
    }

    static func items(_ site: ExpansionSite) -> Node<HTML.ListContext> {
        .group(site.events.map { e in
            .li(.class("timeline-\(e.stage.rawValue)"),
                .strong(.text(Format.date(e.date))), .text(" · "), .span(.class("stage"), .text(t("expansion.stage.\(e.stage.rawValue)"))), .text(": "),
                .text(e.what.text(in: Catalogue.of(SiteLanguage.current), number: { Format.count($0) })),
                .div(.class("small muted"), .text(t("expansion.source_citation", ["citation": e.citation]))))
        })
    }

    /// A facility page's or dossier's section.
    static func section(_ site: ExpansionSite?, facilityName: String) -> Node<HTML.BodyContext> {
        Components.section(id: "expansion-timeline", title: t("expansion.expansion_timeline"),
            .unwrap(site, { site in
                .group(.p(rich("expansion.from_the_first_public_sign_to",
                               ["stage": .strong(.text(site.furthestStage.map { t("expansion.stage.\($0.rawValue)") } ?? "—"))])),
                       list(site))
            }, else: .p(.text(t("expansion.nothing_linked_to", ["facility": facilityName])))),
            .p(.class("small"), Components.link(.expansion(), t("expansion.every_expansion_site"))),
            attribution())
    }
}
