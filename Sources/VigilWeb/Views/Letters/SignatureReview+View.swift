import Plot
import VigilCore
import VigilStore

/// The signature review page: a pure function of `SignatureReviewModel`. Every decision is a
/// POST by a person; nothing here merges or approves by itself.
enum SignatureReviewView {
    static func render(_ model: SignatureReviewModel) -> HTML {
        Layout.page(
            title: t("letters.review_signatures_title", ["title": model.letter.title]),
            description: t("letters.confirmed_signatures_to_approve_reject_or"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("letters.review_signatures"))),
            .h1(Components.link(.letter(id: model.letter.id), model.letter.title)),
            .p(.class("lede"), .text(t("letters.approved_count", ["organizations": LetterPageView.organizations(model.approvedCount)])),
               .text(model.counts.map { "\(Format.count($0.count)) \(LetterPageView.status($0.status).lowercased())" }.joined(separator: " · "))),
            Components.section(id: "clusters", title: t("letters.names_that_look_alike"),
                .p(.class("muted small"), .text(t("letters.grouped_by_name_with_case_punctuation"))),
                .if(model.clusters.isEmpty, .p(.text(t("letters.no_names_look_alike")))),
                .group(model.clusters.map { cluster in
                    .div(.class("cluster"), table(cluster, model: model, mergeTargets: cluster))
                })),
            Components.section(id: "pending", title: t("letters.awaiting_review"),
                .if(model.pending.isEmpty, .p(.text(t("letters.nothing_waits_outside_the_groups_above")))),
                .if(!model.pending.isEmpty, table(model.pending, model: model, mergeTargets: []))),
            Components.section(id: "flagged", title: t("letters.signed_an_earlier_text"),
                .if(model.flagged.isEmpty, .p(.text(t("letters.no_signature_predates_a_material_change")))),
                .if(!model.flagged.isEmpty, table(model.flagged, model: model, mergeTargets: [])))
        )
    }

    static func table(_ rows: [SignatureRow], model: SignatureReviewModel, mergeTargets: [SignatureRow]) -> Node<HTML.BodyContext> {
        Components.scrollBox(.table(.class("review-table"),
            Components.headerRow([t("letters.organization"), t("letters.city_state"), t("letters.scope"), t("letters.website"), t("letters.contact"), t("letters.e_mail"), t("letters.status"), "#" + t("letters.version"), t("letters.decide")]),
            .tbody(.group(rows.map { row in
                .tr(Components.rowHeader(.text(row.organization)),
                    Components.textCell([row.city, row.state].compactMap { $0 }.joined(separator: ", ")),
                    Components.textCell(row.scope.map { t("letters.scope.\($0.rawValue)") }),
                    .td(.unwrap(row.website, { .a(.href(Escape.attribute($0)), .attribute(named: "rel", value: "nofollow noopener"), .text($0)) },
                                else: .text(row.imported ? t("letters.imported") : "—"))),
                    Components.textCell(row.contactName),
                    Components.textCell(row.email),
                    Components.textCell(LetterPageView.status(row.status) + (row.changedSinceVersion.map { t("letters.text_changed_in", ["version": String($0)]) } ?? "")),
                    Components.numberCell(String(row.version)),
                    .td(decisionForms(row, model: model, mergeTargets: mergeTargets.filter { $0.id != row.id && [.pending, .approved].contains($0.status) })))
            }))))
    }

    static func decisionForms(_ row: SignatureRow, model: SignatureReviewModel, mergeTargets: [SignatureRow]) -> Node<HTML.BodyContext> {
        let action = SiteURL.letterReviewDecisions(id: model.letter.id).path
        func button(_ decision: String, _ label: String) -> Node<HTML.BodyContext> {
            .form(.class("inline-form"), .method(.post), .action(action),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  .input(.type(.hidden), .name("signature"), .value(String(row.id))),
                  .input(.type(.hidden), .name("decision"), .value(decision)),
                  .button(.type(.submit), .text(label)))
        }
        return .group(
            .if([.pending, .rejected].contains(row.status), button("approve", t("letters.approve"))),
            .if([.pending, .approved].contains(row.status), button("reject", t("letters.reject"))),
            .if([.pending, .approved].contains(row.status) && !mergeTargets.isEmpty,
                .form(.class("inline-form"), .method(.post), .action(action),
                      .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                      .input(.type(.hidden), .name("signature"), .value(String(row.id))),
                      .input(.type(.hidden), .name("decision"), .value("merge")),
                      .select(.attribute(named: "name", value: "into"), .attribute(named: "aria-label", value: t("letters.merge_into")),
                              .group(mergeTargets.map { target in
                                  .element(named: "option", nodes: [.attribute(named: "value", value: String(target.id)),
                                                                    .text(t("letters.into", ["organization": target.organization, "id": String(target.id)]))])
                              })),
                      .button(.type(.submit), .text(t("letters.merge"))))))
    }
}
