import Plot
import VigilCore

/// One saved press audit: a pure function of `PressAuditReportModel`. The article runs down the
/// left with each finding highlighted and numbered; beside each paragraph, a margin note per
/// finding with its verdict, the letter's words and the rule's reason.
enum PressAuditReportView {
    static func render(_ model: PressAuditReportModel) -> HTML {
        let flagged = model.findings.filter(\.verdict.needsReview).count
        return Layout.page(
            title: t("press_audit.report_title", ["title": model.article.title]),
            description: t("press_audit.report_description", ["outlet": model.article.outlet, "title": model.letterTitle]),
            chrome: model.chrome,
            .p(.class("eyebrow"), .a(.href(SiteURL.pressAudits(letterID: model.letterID).path), .text(t("press_audit.press_audits_of", ["title": model.letterTitle])))),
            .h1(.text(model.article.title)),
            .p(.class("lede"),
               .text(model.article.outlet),
               .unwrap(model.article.publishedOn) { .text(" · \($0.iso)") },
               .unwrap(model.article.url.flatMap(SafeLink.httpURL)) { .group(.text(" · "), .a(.href(Escape.attribute($0)), .attribute(named: "rel", value: "nofollow noopener"), .text(t("press_audit.the_article")))) },
               .text(t("press_audit.checked_against", ["version": String(model.letterVersion), "by": model.savedBy, "at": model.savedAt]))),
            .p(.class("notice"), .text(t("press_audit.findings_notice", count: model.findings.count, ["flagged": Format.count(flagged)]))),
            counts(model.counts),
            Components.downloads(t("press_audit.the_findings"), csv: .download(.pressAuditFindings(id: model.auditID, .csv)),
                                 json: .download(.pressAuditFindings(id: model.auditID, .json))),
            .div(.class("press-report"), .group(model.paragraphs.map { paragraph($0, model) })),
            PressAuditRules.section()
        )
    }

    static func counts(_ counts: [(verdict: PressVerdict, count: Int)]) -> Node<HTML.BodyContext> {
        .ul(.class("press-counts"), .group(counts.map { entry in
            .li(badge(entry.verdict), .text(" \(entry.count)"))
        }))
    }

    static func badge(_ verdict: PressVerdict) -> Node<HTML.BodyContext> {
        .span(.class("badge press-verdict \(badgeClass(verdict))"), .text(verdict.rawValue))
    }

    static func badgeClass(_ verdict: PressVerdict) -> String {
        switch verdict {
        case .misquote, .polarityFlip, .contradicts, .notListed: "badge-bad"
        case .notFound, .unsupported, .ambiguous, .scopeOverreach: "badge-warn"
        default: "press-ok-badge"
        }
    }

    static func paragraph(_ paragraph: PressAuditReportModel.Paragraph, _ model: PressAuditReportModel) -> Node<HTML.BodyContext> {
        .div(.class("press-row"),
             .p(.class("press-text"), .group(paragraph.stretches.map { stretch($0, model) })),
             .div(.class("press-notes"), .group(paragraph.notes.map { note($0, model.findings[$0 - 1]) })))
    }

    static func stretch(_ stretch: PressAuditReportModel.Stretch, _ model: PressAuditReportModel) -> Node<HTML.BodyContext> {
        let markers: Node<HTML.BodyContext> = .group(stretch.markers.map { number in
            .a(.class("press-marker"), .href("#finding-\(number)"), .text("\(number)"))
        })
        guard let number = stretch.finding else { return .group(markers, .text(stretch.text)) }
        let finding = model.findings[number - 1]
        return .group(markers, .span(.class("press-mark press-\(finding.kind.rawValue) \(finding.verdict.needsReview ? "press-flag" : "press-ok")"),
                                     Components.tooltip("\(number): \(t("press_audit.kind.\(finding.kind.rawValue)")), \(finding.verdict.rawValue)"),
                                     .text(stretch.text)))
    }

    static func note(_ number: Int, _ finding: PressFinding) -> Node<HTML.BodyContext> {
        .div(.class("press-note \(finding.verdict.needsReview ? "press-flag" : "press-ok")"), .id("finding-\(number)"),
             .p(.strong(.text("\(number). \(t("press_audit.kind.\(finding.kind.rawValue)")) ")), badge(finding.verdict)),
             .if(finding.kind != .claim, .p(.class("small"), .text(t("press_audit.article_quote", ["text": finding.text])))),
             .if(!finding.sourceText.isEmpty, .p(.class("small press-source"), .text(t("press_audit.letter_quote", ["text": finding.sourceText])))),
             .if(!finding.sourceValue.isEmpty && finding.sourceValue != finding.sourceText,
                 .p(.class("small hash"), .text(label(finding.kind) + ": " + finding.sourceValue))),
             .p(.class("small muted"), .text(finding.noteText.localized)))
    }

    static func label(_ kind: PressFinding.Kind) -> String {
        switch kind {
        case .quote: t("press_audit.word_diff")
        case .number: t("press_audit.letter_s_figure")
        case .name: t("press_audit.signatory")
        case .claim: t("press_audit.rule")
        }
    }
}
