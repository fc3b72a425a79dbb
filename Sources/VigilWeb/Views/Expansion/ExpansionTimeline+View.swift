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
           .text("Contract awards, agenda items, 287(g) agreements, contract dossiers and funded beds come from markramm’s detention research lists, licensed "),
           .a(.href(licenceURL), .attribute(named: "rel", value: "license"), .text("CC BY-SA 4.0")),
           .text("; what Vigil shows and exports from them is shared under the same licence. Release figures are ICE’s own."))
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
        Components.section(id: "expansion-timeline", title: "Expansion timeline",
            .unwrap(site, { site in
                .group(.p(.text("From the first public sign to people held, every stage citing its source; furthest stage: "),
                          .strong(.text(site.furthestStage?.label ?? "—")), .text(".")),
                       list(site))
            }, else: .p(.text("No contract award, agenda item or dossier in Vigil is linked to \(facilityName)."))),
            .p(.class("small"), Components.link(.expansion(), "Every expansion site")),
            attribution())
    }
}
