import Plot
import VigilCore
import VigilStore

/// The review queue page: a pure function of `FacilityReviewModel`.
enum FacilityReviewView {
    static func render(_ model: FacilityReviewModel) -> HTML {
        let s = model.summary
        return Layout.page(
            title: "Facility matches to review",
            description: "Facilities in ICE's detention statistics that have no accepted registry code.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Facility registry")),
            .h1(.text("Facilities to review")),
            .p(.class("lede"),
               .text("ICE’s statistics workbooks name facilities but give no code. Vigil ties each name (with its state) to a DETLOC code "),
               .text("from the facility registry by exact, normalised or fuzzy name match. These have no accepted code: "),
               .text("a fuzzy suggestion below the acceptance threshold, or nothing at all. Their population counts as “operator unknown”.")),
            .div(.class("stats"),
                 Components.stat(Format.count(s.acceptedCount), "workbook facilities matched",
                                 note: "of \(Format.count(s.keys)); \(FacilityMatchMethod.allCases.compactMap { m in s.matched[m].map { "\($0) \(m.rawValue)" } }.joined(separator: ", "))"),
                 Components.stat(Format.percent(s.matchedADPShare), "of ADP (all releases) matched"),
                 Components.stat(Format.count(s.doubtful), "doubtful suggestions"),
                 Components.stat(Format.count(s.unmatched), "with no suggestion")),
            Components.section(id: "queue", title: "Review queue, largest population first",
                .p(.class("muted small"),
                   .text("This page is read-only until sign-in (and its CSRF protection) arrives. Decide from the command line: "),
                   .code(.text("vigil facilities review --link KEY CODE")), .text(" or "), .code(.text("vigil facilities review --reject KEY")),
                   .text(". Decisions survive re-imports and travel as a crosswalk: "), .code(.text("vigil facilities crosswalk export|import <file>")), .text(".")),
                model.items.isEmpty ? .p(.text("Nothing to review: every workbook facility has an accepted code or a decision.")) :
                .div(.class("table-scroll tall"),
                     .table(.id("review-table"),
                        .caption(.text("\(model.items.count) workbook facilities without an accepted code")),
                        Components.headerRow(["Facility key", "Name", "City", "State", "#Releases", "#Summed ADP", "Last seen", "Suggested code", "#Confidence"]),
                        .tbody(.group(model.items.map { item in
                            .tr(Components.rowHeader(Components.link(.facility(item.key), item.key.rawValue)),
                                Components.textCell(item.name), Components.textCell(item.city), Components.textCell(item.state),
                                Components.numberCell(String(item.releases)), Components.numberCell(Format.count(item.totalADP)),
                                Components.textCell(item.lastAsOf?.iso),
                                .td(item.suggestedCode.map { code in
                                    .group(Components.link(.facility(FacilityKey(rawValue: code)), code), .text(item.suggestedName.map { " \($0)" } ?? ""))
                                } ?? .text("—")),
                                Components.numberCell(item.confidence.map { Format.decimal($0, places: 2) } ?? "—"))
                        }))))))
    }
}
