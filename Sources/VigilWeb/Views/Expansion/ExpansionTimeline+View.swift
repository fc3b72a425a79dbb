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
           .text(t("expansion.contract_awards_agenda_items_287_g")),
           .a(.href(licenceURL), .attribute(named: "rel", value: "license"), .text(t("expansion.cc_by_sa_4_0"))),
           .text(t("expansion.what_vigil_shows_and_exports_from")))
    }

    /// The events, oldest first, each with its stage, date, what happened and its source.
    static func list(_ site: ExpansionSite) -> Node<HTML.BodyContext> {
        .ol(.class("timeline"), items(site))
    }

    static func items(_ site: ExpansionSite) -> Node<HTML.ListContext> {
        .group(site.events.map { e in
            .li(.class("timeline-\(e.stage.rawValue)"),
                .strong(.text(Format.date(e.date))), .text(" · "), .span(.class("stage"), .text(e.stage.label)), .text(": "),
                .text(e.summary),
                .div(.class("small muted"), .text("Source: \(e.citation)")))
        })
    }

    /// A facility page's or dossier's section.
    static func section(_ site: ExpansionSite?, facilityName: String) -> Node<HTML.BodyContext> {
        Components.section(id: "expansion-timeline", title: t("expansion.expansion_timeline"),
            .unwrap(site, { site in
                .group(.p(.text(t("expansion.from_the_first_public_sign_to")),
                          .strong(.text(site.furthestStage?.label ?? "—")), .text(".")),
                       list(site))
            }, else: .p(.text("No contract award, agenda item or dossier in Vigil is linked to \(facilityName)."))),
            .p(.class("small"), Components.link(.expansion(), t("expansion.every_expansion_site"))),
            attribution())
    }
}
