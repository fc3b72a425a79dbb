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
                .unwrap(model.decidedKey.flatMap { ExpansionLink.record(named: $0) == nil ? $0 : nil }) { key in
                    .p(.class("note"), .attribute(named: "role", value: "status"), .text("Decision recorded for \(key)."))
                },
                .if(model.decisionToken == nil,
                    .p(.class("note"), .text("Sign in as an editor to decide."))),
                .p(.class("muted small"),
                   .text("Decide here, or from the command line: "),
                   .code(.text("vigil facilities review --link KEY CODE")), .text(" or "), .code(.text("vigil facilities review --reject KEY")),
                   .text(". Decisions survive re-imports and travel as a crosswalk: "), .code(.text("vigil facilities crosswalk export|import <file>")), .text(".")),
                model.items.isEmpty ? .p(.text("Nothing to review: every workbook facility has an accepted code or a decision.")) :
                Components.scrollBox(tall: true,
                     .table(.id("review-table"),
                        .caption(.text("\(model.items.count) workbook facilities without an accepted code")),
                        Components.headerRow(["Facility key", "Name", "City", "State", "#Releases", "#Summed ADP", "Last seen", "Suggested code", "#Confidence"]
                                             + (model.decisionToken == nil ? [] : ["Decide"])),
                        .tbody(.group(model.items.map { item in
                            .tr(Components.rowHeader(Components.link(.facility(item.key), item.key.rawValue)),
                                Components.textCell(item.name), Components.textCell(item.city), Components.textCell(item.state),
                                Components.numberCell(String(item.releases)), Components.numberCell(Format.count(item.totalADP)),
                                Components.textCell(item.lastAsOf?.iso),
                                .td(item.suggestedCode.map { code in
                                    .group(Components.link(.facility(FacilityKey(rawValue: code)), code), .text(item.suggestedName.map { " \($0)" } ?? ""))
                                } ?? .text("—"),
                                    .unwrap(item.evidence) { .div(.class("small muted"), .text("Evidence: \($0)")) }),
                                Components.numberCell(item.confidence.map { Format.decimal($0, places: 2) } ?? "—"),
                                .unwrap(model.decisionToken) { token in
                                    decisionCell(reference: item.key.rawValue, suggestedCode: item.suggestedCode, token: token)
                                })
                        }))))),
            expansionSection(model))
    }

    /// Expansion records (awards, agenda items, dossiers) the matcher could not tie to one facility with confidence.
    static func expansionSection(_ model: FacilityReviewModel) -> Node<HTML.BodyContext> {
        Components.section(id: "expansion-queue", title: "Expansion records to review",
            .unwrap(model.decidedKey.flatMap { ExpansionLink.record(named: $0) == nil ? nil : $0 }) { reference in
                .p(.class("note"), .attribute(named: "role", value: "status"), .text("Decision recorded for \(reference)."))
            },
            .p(.class("muted small"),
               .text("Contract awards, agenda items and dossiers whose text names a facility the registry matcher is unsure of: several facilities, "),
               .text("or only a weaker match. Until decided they count at their place, not at a facility. Decide here, or from the command line: "),
               .code(.text("vigil facilities review --link award:ID CODE")), .text(" or "), .code(.text("--reject award:ID")),
               .text(". A decision is kept when the list is imported again.")),
            .if(model.decisionToken == nil && !model.expansionItems.isEmpty,
                .p(.class("note"), .text("Sign in as an editor to decide."))),
            model.expansionItems.isEmpty ? .p(.text("Nothing to review.")) :
            Components.scrollBox(
                .table(.id("expansion-review-table"),
                    .caption(.text("\(model.expansionItems.count) expansion records with a doubtful facility link")),
                    Components.headerRow(["Record", "Text", "State", "Suggested code", "#Confidence", "Why"]
                                         + (model.decisionToken == nil ? [] : ["Decide"])),
                    .tbody(.group(model.expansionItems.map { item in
                        .tr(Components.rowHeader(.code(.text(item.reference))), Components.textCell(String(item.text.prefix(160))),
                            Components.textCell(item.state),
                            .td(item.suggestedCode.map { code in
                                .group(Components.link(.facility(FacilityKey(rawValue: code)), code), .text(item.suggestedName.map { " \($0)" } ?? ""))
                            } ?? .text("—")),
                            Components.numberCell(Format.decimal(item.confidence, places: 2)), Components.textCell(item.evidence),
                            .unwrap(model.decisionToken) { token in
                                decisionCell(reference: item.reference, suggestedCode: item.suggestedCode, token: token)
                            })
                    })))),
            ExpansionTimelineView.attribution())
    }

    /// The forms an editor decides a row with: confirm the suggestion, link to a typed code, or reject.
    /// `reference` is a workbook key or an expansion record (`award:ID`); both post to the one decision route.
    static func decisionCell(reference: String, suggestedCode: String?, token: String) -> Node<HTML.TableRowContext> {
        typealias Field = FacilityDecisionController.Field
        func form(_ action: FacilityDecisionController.Action, _ fields: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
            .form(.class("review-decision"), .method(.post), .action(SiteURL.facilityReviewDecisions.path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(token))),
                  .input(.type(.hidden), .name(Field.key), .value(Escape.attribute(reference))),
                  .input(.type(.hidden), .name(Field.action), .value(action.rawValue)),
                  .group(fields))
        }
        return .td(
            .unwrap(suggestedCode) { code in
                form(.link, .input(.type(.hidden), .name(Field.code), .value(Escape.attribute(code))),
                     .button(.type(.submit), .text("Confirm suggested code \(code)")))
            },
            form(.link,
                 .label(.text("DETLOC code "),
                        .input(.type(.text), .name(Field.code), .attribute(named: "required", value: "required"), .attribute(named: "size", value: "9"),
                               .attribute(named: "aria-label", value: Escape.attribute("DETLOC code for \(reference)")))),
                 .button(.type(.submit), .text("Link to code"))),
            form(.reject, .button(.type(.submit), .text("Reject"))))
    }
}
