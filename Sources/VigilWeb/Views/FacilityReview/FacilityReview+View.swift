import Plot
import VigilCore
import VigilStore

/// The review queue page: a pure function of `FacilityReviewModel`.
enum FacilityReviewView {
    static func render(_ model: FacilityReviewModel) -> HTML {
        let s = model.summary
        return Layout.page(
            title: t("facility_review.facility_matches_to_review"),
            description: t("facility_review.facilities_in_ice_s_detention_statistics"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("facility_review.facility_registry"))),
            .h1(.text(t("facility_review.facilities_to_review"))),
            .p(.class("lede"), .text(t("facility_review.lede"))),
            .div(.class("stats"),
                 Components.stat(Format.count(s.acceptedCount), t("facility_review.workbook_facilities_matched"),
                                 note: t("facility_review.matched_note", ["total": Format.count(s.keys),
                                                          "methods": FacilityMatchMethod.allCases.compactMap { m in
                                                              s.matched[m].map { t("facility_review.method_count", ["count": Format.count($0), "method": m.localizedLabel]) }
                                                          }.joined(separator: ", ")])),
                 Components.stat(Format.percent(s.matchedADPShare), t("facility_review.of_adp_all_releases_matched")),
                 Components.stat(Format.count(s.doubtful), t("facility_review.doubtful_suggestions")),
                 Components.stat(Format.count(s.unmatched), t("facility_review.with_no_suggestion"))),
            Components.section(id: "queue", title: t("facility_review.review_queue_largest_population_first"),
                .unwrap(model.decidedKey.flatMap { ExpansionLink.record(named: $0) == nil ? $0 : nil }) { key in
                    .p(.class("note"), .attribute(named: "role", value: "status"), .text(t("facility_review.decision_recorded", ["key": key])))
                },
                .if(model.decisionToken == nil,
                    .p(.class("note"), .text(t("facility_review.sign_in_as_an_editor_to")))),
                .p(.class("muted small"),
                   rich("facility_review.decide_here", ["link": .code(.text("vigil facilities review --link KEY CODE")),
                                                        "reject": .code(.text("vigil facilities review --reject KEY")),
                                                        "crosswalk": .code(.text("vigil facilities crosswalk export|import <file>"))])),
                model.items.isEmpty ? .p(.text(t("facility_review.nothing_to_review_every_workbook_facility"))) :
                Components.scrollBox(tall: true,
                     .table(.id("review-table"),
                        .caption(.text(t("facility_review.items_caption", count: model.items.count))),
                        Components.headerRow([t("facility_review.facility_key"), t("facility_review.name"), t("facility_review.city"), t("facility_review.state"), "#" + t("facility_review.releases"), "#" + t("facility_review.summed_adp"), t("facility_review.last_seen"), t("facility_review.suggested_code"), "#" + t("facility_review.confidence")]
                                             + (model.decisionToken == nil ? [] : [t("facility_review.decide")])),
                        .tbody(.group(model.items.map { item in
                            .tr(Components.rowHeader(Components.link(.facility(item.key), item.key.rawValue)),
                                Components.textCell(item.name), Components.textCell(item.city), Components.textCell(item.state),
                                Components.numberCell(String(item.releases)), Components.numberCell(Format.count(item.totalADP)),
                                Components.textCell(item.lastAsOf?.iso),
                                .td(item.suggestedCode.map { code in
                                    .group(Components.link(.facility(FacilityKey(rawValue: code)), code), .text(item.suggestedName.map { " \($0)" } ?? ""))
                                } ?? .text("—"),
                                    .unwrap(item.evidence) { .div(.class("small muted"), .text(t("facility_review.evidence", ["evidence": $0]))) }),
                                Components.numberCell(item.confidence.map { Format.decimal($0, places: 2) } ?? "—"),
                                .unwrap(model.decisionToken) { token in
                                    decisionCell(reference: item.key.rawValue, suggestedCode: item.suggestedCode, token: token)
                                })
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
        return Components.section(id: "merges", title: t("facility_review.one_facility_under_two_codes"),
            .p(.class("muted small"),
               .text(t("facility_review.ice_s_lists_sometimes_give_one")),
               .text(t("facility_review.the_same_facility_as_the_new")),
               .text(t("facility_review.from_the_command_line")), .code(.text("vigil facilities merge OLD NEW")), .text(", "), .code(.text("--undo OLD")), .text(".")),
            model.merges.isEmpty ? .p(.text(t("facility_review.no_merge_recorded"))) :
            Components.scrollBox(.table(.id("merges-table"), .caption(.text(t("facility_review.codes_recorded_as_one_facility"))),
                Components.headerRow([t("facility_review.old_code"), t("facility_review.counts_as"), t("facility_review.decided_by"), t("facility_review.when"), t("private_share.why")] + (model.decisionToken == nil ? [] : [t("facility_review.undo")])),
                .tbody(.group(model.merges.map { m in
                    .tr(Components.rowHeader(.code(.text(m.oldCode))), .td(Components.link(.facility(FacilityKey(rawValue: m.newCode)), m.newCode)),
                        Components.textCell(m.decidedBy), Components.textCell(m.decidedAt), Components.textCell(m.note),
                        .unwrap(model.decisionToken) { _ in .td(form(.undo, old: m.oldCode, new: nil, label: t("facility_review.undo_merge", ["code": m.oldCode]))) })
                })))),
            model.mergeCandidates.isEmpty ? .p(.text(t("facility_review.no_pair_of_codes_looks_like"))) :
            Components.scrollBox(.table(.id("merge-candidates-table"),
                .caption(.text(t("facility_review.merge_candidates_caption", count: model.mergeCandidates.count))),
                Components.headerRow([t("facility_review.earlier_code"), t("facility_review.in_use"), t("facility_review.later_code"), t("facility_review.in_use"), t("deaths.state"), t("private_share.why")] + (model.decisionToken == nil ? [] : [t("facility_review.decide")])),
                .tbody(.group(model.mergeCandidates.map { c in
                    .tr(Components.rowHeader(.group(Components.link(.facility(FacilityKey(rawValue: c.earlier)), c.earlier), .text(" \(c.earlierName)"))),
                        Components.textCell("\(c.earlierPeriod.lowerBound.iso) – \(c.earlierPeriod.upperBound.iso)"),
                        .td(Components.link(.facility(FacilityKey(rawValue: c.later)), c.later), .text(" \(c.laterName)")),
                        Components.textCell("\(c.laterPeriod.lowerBound.iso) – \(c.laterPeriod.upperBound.iso)"),
                        Components.textCell(c.state), Components.textCell(resemblance(c.reason)),
                        .unwrap(model.decisionToken) { _ in .td(form(.merge, old: c.earlier, new: c.later, label: t("facility_review.merge_pair", ["old": c.earlier, "new": c.later]))) })
                })))))
    }

    /// Why two codes may be one facility, in the page's words; the address stays as the list wrote it.
    static func resemblance(_ reason: FacilityMerges.Resemblance) -> String {
        switch reason {
        case .sameAddress(let address): t("facility_review.same_address", ["address": address])
        case .sameName: t("facility_review.same_name")
        }
    }

    /// Expansion records (awards, agenda items, dossiers) the matcher could not tie to one facility with confidence.
    static func expansionSection(_ model: FacilityReviewModel) -> Node<HTML.BodyContext> {
        Components.section(id: "expansion-queue", title: t("facility_review.expansion_records_to_review"),
            .unwrap(model.decidedKey.flatMap { ExpansionLink.record(named: $0) == nil ? nil : $0 }) { reference in
                .p(.class("note"), .attribute(named: "role", value: "status"), .text(t("facility_review.decision_recorded", ["key": reference])))
            },
            .p(.class("muted small"),
               rich("facility_review.expansion_explained", ["link": .code(.text("vigil facilities review --link award:ID CODE")),
                                                            "reject": .code(.text("--reject award:ID"))])),
            .if(model.decisionToken == nil && !model.expansionItems.isEmpty,
                .p(.class("note"), .text(t("facility_review.sign_in_as_an_editor_to")))),
            model.expansionItems.isEmpty ? .p(.text(t("facility_review.nothing_to_review"))) :
            Components.scrollBox(
                .table(.id("expansion-review-table"),
                    .caption(.text(t("facility_review.expansion_caption", count: model.expansionItems.count))),
                    Components.headerRow([t("facility_review.record"), t("facility_review.text"), t("facility_review.state"), t("facility_review.suggested_code"), "#" + t("facility_review.confidence"), t("facility_review.why")]
                                         + (model.decisionToken == nil ? [] : [t("facility_review.decide")])),
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
                     .button(.type(.submit), .text(t("facility_review.confirm_suggested_code", ["code": code]))))
            },
            form(.link,
                 .label(.text(t("facility_review.detloc_code")),
                        .input(.type(.text), .name(Field.code), .attribute(named: "required", value: "required"), .attribute(named: "size", value: "9"),
                               .attribute(named: "aria-label", value: Escape.attribute(t("facility_review.detloc_code_for", ["key": reference]))))),
                 .button(.type(.submit), .text(t("facility_review.link_to_code")))),
            form(.reject, .button(.type(.submit), .text(t("facility_review.reject")))))
    }
}
