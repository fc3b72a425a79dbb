import Plot
import VigilCore
import VigilStore

/// Pieces every incident view shares: the card, the source citation, badges, category counts.
///
/// Everything an incident carries was typed by a person or read from a file, so it goes into
/// text nodes (which Plot escapes) or through `Escape.attribute`; nothing is emitted raw.
enum IncidentComponents {
    /// How much of a description a list shows before "Read the whole account".
    static let excerptLength = 600

    /// `rel` for links to sources: not an endorsement, and the target gets no window handle or referrer.
    static let sourceLinkRel = "nofollow noopener noreferrer"

    /// "Internal": shown on every internal incident, so a signed-in reader never mistakes it for public.
    static func visibilityBadge(_ row: IncidentRow) -> Node<HTML.BodyContext> {
        .if(row.isInternal, .span(.class("badge badge-warn internal-badge"), Components.tooltip(t("incidents.internal_shown_only_to_signed_in")),
                                  .text(t("incidents.internal"))))
    }

    static func statusBadge(_ status: IncidentStatus) -> Node<HTML.BodyContext> {
        .span(.class(status == .officialFinding ? "badge badge-bad" : "badge"), .text(status.localizedLabel))
    }

    /// The address as a link target, or nil when it is not http(s). Stored addresses were
    /// checked on the way in; this checks again, so a row edited in the database cannot
    /// become a `javascript:` link.
    static func linkTarget(_ url: String?) -> String? {
        guard let url, IncidentRules.isAcceptableURL(url) else { return nil }
        return url
    }

    /// What a demo incident's account ends with: that it is invented, in the reader's language
    /// (the stored text is the account alone).
    static func demoNote(_ row: IncidentRow) -> Node<HTML.BodyContext> {
        .if(row.isDemo, .group(.text(" "), .em(.class("demo-note"), .text(t("incidents.demo_note")))))
    }

    /// The source's title as shown: a demo incident's is Vigil's own words (stored in English, as every
    /// older demo has it), so it is drawn from the catalogue; anyone else's is data and shown as typed.
    static func sourceTitle(_ row: IncidentRow) -> String {
        row.isDemo ? t("incidents.demo_source") : row.sourceTitle
    }

    /// "Source: <title, linked when it has an http(s) address>, documented by <who>."
    static func source(_ row: IncidentRow) -> Node<HTML.BodyContext> {
        .p(.class("incident-source small"),
           .strong(.text(t("incidents.source"))),
           .unwrap(linkTarget(row.sourceURL), { url in
               .a(.href(Escape.attribute(url)), .attribute(named: "rel", value: sourceLinkRel), .text(sourceTitle(row)))
           }, else: .text(sourceTitle(row))),
           .text(t("incidents.documented_by")), .text(row.documentedBy), .text("."))
    }

    /// One incident in a list: date, category, status, facility, the start of the account, the source.
    static func card(_ row: IncidentRow, showsFacility: Bool) -> Node<HTML.BodyContext> {
        let excerpt = row.description.count > excerptLength ? String(row.description.prefix(excerptLength)) + "…" : row.description
        return .article(.class(row.isInternal ? "incident incident-internal" : "incident"), .id("incident-\(row.id)"),
            .p(.class("incident-meta"),
               .strong(.text(Format.date(row.occurredOn))), .text(" · "),
               .text(row.category.localizedLabel), .text(" "),
               statusBadge(row.status), .text(" "),
               visibilityBadge(row),
               .if(showsFacility, .group(.text(" · "), Components.link(.facility(FacilityKey(rawValue: row.facilityKey)), row.facilityName)))),
            .p(.class("incident-description"), .text(excerpt), demoNote(row)),
            source(row),
            .p(.class("small"), Components.link(.incident(id: row.id),
                                                row.description.count > excerptLength ? t("incidents.read_the_whole_account") : t("incidents.permanent_link"))))
    }

    /// Incidents per category, most first, each linking to the list of that category.
    static func categoryCounts(_ rows: [IncidentRow], caption: String, link: (IncidentCategory) -> SiteURL) -> Node<HTML.BodyContext> {
        let counts = Dictionary(grouping: rows, by: \.category).map { (category: $0.key, count: $0.value.count) }
            .sorted { ($1.count, $0.category) < ($0.count, $1.category) }
        return Components.scrollBox(.table(.class("incident-counts"),
            .caption(.text(caption)),
            Components.headerRow([t("incidents.category"), "#" + t("incidents.incidents")]),
            .tbody(.group(counts.map { entry in
                .tr(Components.rowHeader(Components.link(link(entry.category), entry.category.localizedLabel)),
                    Components.numberCell(Format.count(entry.count)))
            })),
            .tfoot(.tr(Components.rowHeader(.text(t("incidents.total"))), Components.numberCell(Format.count(rows.count))))))
    }
}
