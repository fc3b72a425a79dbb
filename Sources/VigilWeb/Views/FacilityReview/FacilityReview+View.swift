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
                                                              s.matched[m].map { Format.count($0) + " " + t("facility_review.method.\(m.rawValue)") }
                                                          }.joined(separator: ", ")])),
                 Components.stat(Format.percent(s.matchedADPShare), t("facility_review.of_adp_all_releases_matched")),
                 Components.stat(Format.count(s.doubtful), t("facility_review.doubtful_suggestions")),
                 Components.stat(Format.count(s.unmatched), t("facility_review.with_no_suggestion"))),
            Components.section(id: "queue", title: t("facility_review.review_queue_largest_population_first"),
                .unwrap(model.decidedKey) { key in
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
                                .unwrap(model.decisionToken) { token in decisionCell(item, token: token) })
                        }))))),
            expansionSection(model))
    }

    /// Expansion records (awards, agenda items, dossiers) the matcher could not tie to one facility with confidence.
    static func expansionSection(_ model: FacilityReviewModel) -> Node<HTML.BodyContext> {
        Components.section(id: "expansion-queue", title: t("facility_review.expansion_records_to_review"),
            .p(.class("muted small"),
               rich("facility_review.expansion_explained", ["link": .code(.text("vigil facilities review --link award:ID CODE")),
                                                            "reject": .code(.text("--reject award:ID"))])),
            model.expansionItems.isEmpty ? .p(.text(t("facility_review.nothing_to_review"))) :
            Components.scrollBox(
                .table(.id("expansion-review-table"),
                    .caption(.text(t("facility_review.expansion_caption", count: model.expansionItems.count))),
                    Components.headerRow([t("facility_review.record"), t("facility_review.text"), t("facility_review.state"), t("facility_review.suggested_code"), "#" + t("facility_review.confidence"), t("facility_review.why")]),
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
                     .button(.type(.submit), .text(t("facility_review.confirm_suggested_code", ["code": code]))))
            },
            form(.link,
                 .label(.text(t("facility_review.detloc_code")),
                        .input(.type(.text), .name(Field.code), .attribute(named: "required", value: "required"), .attribute(named: "size", value: "9"),
                               .attribute(named: "aria-label", value: Escape.attribute(t("facility_review.detloc_code_for", ["key": item.key.rawValue]))))),
                 .button(.type(.submit), .text(t("facility_review.link_to_code")))),
            form(.reject, .button(.type(.submit), .text(t("facility_review.reject")))))
    }
}
