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
                .unwrap(model.decidedKey) { key in
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
                                .unwrap(model.decisionToken) { token in decisionCell(item, token: token) })
                        }))))),
            expansionSection(model), mergeSection(model))
    }

    /// One facility under two codes: the merges people made, and the pairs worth a look.
    static func mergeSection(_ model: FacilityReviewModel) -> Node<HTML.BodyContext> {
        typealias Field = FacilityMergeController.Field
        func form(_ decision: FacilityMergeController.Decision, old: String, new: String?, label: String) -> Node<HTML.BodyContext> {
            .form(.class("review-decision"), .method(.post), .action(SiteURL.facilityMerges.path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.decisionToken ?? ""))),
                  .input(.type(.hidden), .name(Field.old), .value(Escape.attribute(old))),
                  .unwrap(new) { .input(.type(.hidden), .name(Field.new), .value(Escape.attribute($0))) },
                  .input(.type(.hidden), .name(Field.decision), .value(decision.rawValue)),
                  .button(.type(.submit), .text(label)))
        }
        return Components.section(id: "merges", title: "One facility under two codes",
            .p(.class("muted small"),
               .text("ICE’s lists sometimes give one facility a new code (EDENDTX in 2017, EDNDCTX later). A person may record that the old code is "),
               .text("the same facility as the new: its names, rows, deaths and operator records then count for the new code. Vigil merges nothing by itself. "),
               .text("From the command line: "), .code(.text("vigil facilities merge OLD NEW")), .text(", "), .code(.text("--undo OLD")), .text(".")),
            model.merges.isEmpty ? .p(.text("No merge recorded.")) :
            Components.scrollBox(.table(.id("merges-table"), .caption(.text("Codes recorded as one facility")),
                Components.headerRow(["Old code", "Counts as", "Decided by", "When", "Why"] + (model.decisionToken == nil ? [] : ["Undo"])),
                .tbody(.group(model.merges.map { m in
                    .tr(Components.rowHeader(.code(.text(m.oldCode))), .td(Components.link(.facility(FacilityKey(rawValue: m.newCode)), m.newCode)),
                        Components.textCell(m.decidedBy), Components.textCell(m.decidedAt), Components.textCell(m.note),
                        .unwrap(model.decisionToken) { _ in .td(form(.undo, old: m.oldCode, new: nil, label: "Undo: \(m.oldCode) on its own again")) })
                })))),
            model.mergeCandidates.isEmpty ? .p(.text("No pair of codes looks like one facility.")) :
            Components.scrollBox(.table(.id("merge-candidates-table"),
                .caption(.text("\(model.mergeCandidates.count) pairs of codes in one state, at one address or with one name, whose periods of use never overlap")),
                Components.headerRow(["Earlier code", "In use", "Later code", "In use", "State", "Why"] + (model.decisionToken == nil ? [] : ["Decide"])),
                .tbody(.group(model.mergeCandidates.map { c in
                    .tr(Components.rowHeader(.group(Components.link(.facility(FacilityKey(rawValue: c.earlier)), c.earlier), .text(" \(c.earlierName)"))),
                        Components.textCell("\(c.earlierPeriod.lowerBound.iso) – \(c.earlierPeriod.upperBound.iso)"),
                        .td(Components.link(.facility(FacilityKey(rawValue: c.later)), c.later), .text(" \(c.laterName)")),
                        Components.textCell("\(c.laterPeriod.lowerBound.iso) – \(c.laterPeriod.upperBound.iso)"),
                        Components.textCell(c.state), Components.textCell(c.reason),
                        .unwrap(model.decisionToken) { _ in .td(form(.merge, old: c.earlier, new: c.later, label: "Same facility: count \(c.earlier) as \(c.later)")) })
                })))))
    }

    /// Expansion records (awards, agenda items, dossiers) the matcher could not tie to one facility with confidence.
    static func expansionSection(_ model: FacilityReviewModel) -> Node<HTML.BodyContext> {
        Components.section(id: "expansion-queue", title: "Expansion records to review",
            .p(.class("muted small"),
               .text("Contract awards, agenda items and dossiers whose text names a facility the registry matcher is unsure of: several facilities, "),
               .text("or only a weaker match. Until decided they count at their place, not at a facility. Decide from the command line: "),
               .code(.text("vigil facilities review --link award:ID CODE")), .text(" or "), .code(.text("--reject award:ID")), .text(".")),
            model.expansionItems.isEmpty ? .p(.text("Nothing to review.")) :
            Components.scrollBox(
                .table(.id("expansion-review-table"),
                    .caption(.text("\(model.expansionItems.count) expansion records with a doubtful facility link")),
                    Components.headerRow(["Record", "Text", "State", "Suggested code", "#Confidence", "Why"]),
                    .tbody(.group(model.expansionItems.map { item in
                        .tr(Components.rowHeader(.code(.text(item.reference))), Components.textCell(String(item.text.prefix(160))),
                            Components.textCell(item.state),
                            .td(item.suggestedCode.map { code in
                                .group(Components.link(.facility(FacilityKey(rawValue: code)), code), .text(item.suggestedName.map { " \($0)" } ?? ""))
                            } ?? .text("—")),
                            Components.numberCell(Format.decimal(item.confidence, places: 2)), Components.textCell(item.evidence))
                    })))),
            ExpansionTimelineView.attribution())
    }

    /// The forms an editor decides a row with: confirm the suggestion, link to a typed code, or reject.
    static func decisionCell(_ item: FacilityMatching.ReviewItem, token: String) -> Node<HTML.TableRowContext> {
        typealias Field = FacilityDecisionController.Field
        func form(_ action: FacilityDecisionController.Action, _ fields: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
            .form(.class("review-decision"), .method(.post), .action(SiteURL.facilityReviewDecisions.path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(token))),
                  .input(.type(.hidden), .name(Field.key), .value(Escape.attribute(item.key.rawValue))),
                  .input(.type(.hidden), .name(Field.action), .value(action.rawValue)),
                  .group(fields))
        }
        return .td(
            .unwrap(item.suggestedCode) { code in
                form(.link, .input(.type(.hidden), .name(Field.code), .value(Escape.attribute(code))),
                     .button(.type(.submit), .text("Confirm suggested code \(code)")))
            },
            form(.link,
                 .label(.text("DETLOC code "),
                        .input(.type(.text), .name(Field.code), .attribute(named: "required", value: "required"), .attribute(named: "size", value: "9"),
                               .attribute(named: "aria-label", value: Escape.attribute("DETLOC code for \(item.key.rawValue)")))),
                 .button(.type(.submit), .text("Link to code"))),
            form(.reject, .button(.type(.submit), .text("Reject"))))
    }
}
