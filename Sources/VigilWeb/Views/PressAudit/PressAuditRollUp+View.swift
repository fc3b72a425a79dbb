import Plot
import VigilCore

/// A letter's press audits across outlets: a pure function of `PressAuditRollUpModel`.
enum PressAuditRollUpView {
    static func render(_ model: PressAuditRollUpModel) -> HTML {
        let audits: Node<HTML.BodyContext> = model.rows.isEmpty
            ? .p(.class("empty-state"), .text(t("press_audit.no_article_has_been_audited_against")))
            : table(model)
        return Layout.page(
            title: t("press_audit.rollup_title", ["title": model.letterTitle]),
            description: t("press_audit.rollup_description", ["title": model.letterTitle]),
            chrome: model.chrome,
            .p(.class("eyebrow"), .a(.href(SiteURL.letter(id: model.letterID).path), .text(model.letterTitle))),
            .h1(.text(t("press_audit.press_audits"))),
            .p(.class("lede"), .text(t("press_audit.rollup_lede"))),
            .p(.a(.class("button-link"), .href(SiteURL.newPressAudit(letterID: model.letterID).path), .text(t("press_audit.audit_an_article")))),
            audits,
            PressAuditRules.section()
        )
    }

    static func table(_ model: PressAuditRollUpModel) -> Node<HTML.BodyContext> {
        .group(
            Components.scrollBox( .table(.id("press-rollup"),
                .thead(.tr(Components.columnHeader(t("press_audit.field.outlet")), Components.columnHeader(t("press_audit.article")), Components.columnHeader(t("press_audit.field.date")),
                           .group(model.verdicts.map { Components.columnHeader($0.rawValue, numeric: true) }),
                           Components.columnHeader(t("press_audit.to_check"), numeric: true))),
                .tbody(.group(model.rows.map { row in
                    .tr(.td(.text(row.outlet)),
                        .td(.a(.href(SiteURL.pressAudit(id: row.id).path), .text(row.title))),
                        .td(.text(row.publishedOn?.iso ?? "")),
                        .group(model.verdicts.map { .td(.class("num"), .text(String(row.counts[$0] ?? 0))) }),
                        .td(.class("num"), .strong(.text(String(row.flagged)))))
                })),
                .tfoot(.tr(.th(.attribute(named: "scope", value: "row"), .text(t("press_audit.all_outlets"))), .td(), .td(),
                           .group(model.verdicts.map { .td(.class("num"), .text(String(model.totals[$0] ?? 0))) }),
                           .td(.class("num"), .strong(.text(String(model.rows.map(\.flagged).reduce(0, +))))))))),
            Components.downloads(t("press_audit.every_finding"), csv: .download(.letterPressFindings(letterID: model.letterID, .csv)),
                                 json: .download(.letterPressFindings(letterID: model.letterID, .json))))
    }
}
