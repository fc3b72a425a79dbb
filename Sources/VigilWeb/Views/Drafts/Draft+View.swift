import Plot
import VigilCore

/// A draft request as its own document (not the site's frame: it is a letter), in the draft's
/// language: the banner saying it is a draft and not legal advice, then an editable body.
/// A pure function of `DraftModel`.
enum DraftView {
    static func render(_ model: DraftModel) -> HTML {
        let language = model.language
        let file = model.stored.file
        let slug = model.organization.slug
        let id = model.stored.id
        let other: DraftLanguage = language == .english ? .spanish : .english
        let title = DraftText.title(model.kind, language)
        let header: [(String, String)] = [
            (DraftText.label("date", language), DraftText.date(model.today, language)),
            (DraftText.label("to", language), DraftText.recipient(model.kind, court: file.court, language)),
            (DraftText.label("from", language), model.organization.name),
            (DraftText.label("name", language), file.name),
            (DraftText.label("a-number", language), file.aNumber.description),
            (DraftText.label("birth", language), DraftText.date(file.birthDate, language)),
            (DraftText.label("citizenship", language), file.citizenship),
            (DraftText.label("held", language),
             "\(model.stored.facilityName ?? file.facility), \(DraftText.label("since", language)) \(DraftText.date(file.detainedOn, language))"),
        ]
        return HTML(
            .lang(language == .english ? .english : .spanish),
            .head(
                .meta(.charset(.utf8)),
                .if(model.printed, .meta(.attribute(named: "http-equiv", value: "Content-Security-Policy"), .content(Layout.printedPagePolicy))),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: "\(title) · \(file.name) · Vigil"),
                model.printed ? Node<HTML.HeadContext>.style(Stylesheet.css) : Node<HTML.HeadContext>.stylesheet(SiteURL.stylesheet.path)
            ),
            .body(
                .main(.id("content"), .class("wrap"),
                    .p(.class("draft-banner"), .attribute(named: "role", value: "note"), .text(DraftText.banner(language))),
                    .if(model.stored.synthetic, .p(.class("synthetic-banner"),
                        .text(DraftText.pick(language, "Synthetic demo case: an invented person.", "Caso de demostración sintético: una persona inventada.")))),
                    .if(!model.printed, .div(.class("draft-toolbar"),
                        .p(.text(DraftText.editHint(language))),
                        .p(Components.link(.caseFile(slug: slug, id: id), DraftText.pick(language, "Back to the case", "Volver al caso")), .text(" · "),
                           Components.link(.caseDraftPDF(slug: slug, id: id, model.kind, language), t("drafts.pdf")), .text(" · "),
                           Components.link(.caseDraft(slug: slug, id: id, model.kind, other), other == .spanish ? t("drafts.espa_ol") : t("drafts.english"))))),
                    .article(.class("draft-body"), .id("draft"), .if(!model.printed, .attribute(named: "contenteditable", value: "true")),
                        .h1(.text(title)),
                        .element(named: "dl", nodes: [.class("facts draft-meta"), .group(header.map { row in
                            .group(.element(named: "dt", text: row.0), .element(named: "dd", text: row.1))
                        })]),
                        .group(model.blocks.map(block)))
                )
            )
        )
    }

    static func block(_ block: DraftBlock) -> Node<HTML.BodyContext> {
        switch block {
        case .heading(let text): .h2(.text(text))
        case .paragraph(let text): .p(.text(text))
        case .list(let items): .ul(.group(items.map { .li(.text($0)) }))
        case .placeholder(let text): .p(.class("draft-placeholder"), .strong(.text(text)))
        }
    }
}
