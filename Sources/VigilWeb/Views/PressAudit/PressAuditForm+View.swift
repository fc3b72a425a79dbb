import Plot

/// The form to paste an article: a pure function of `PressAuditFormModel`.
enum PressAuditFormView {
    static func render(_ model: PressAuditFormModel) -> HTML {
        Layout.page(
            title: "Audit an article",
            description: "Check an article's quotations, numbers, names and claims against a letter.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .a(.href(SiteURL.pressAudits(letterID: model.letterID).path), .text("Press audits of “\(model.letterTitle)”"))),
            .h1(.text("Audit an article")),
            .p(.class("lede"), .text("""
                Paste an article that reports the letter. Vigil finds its quotations, the numbers and organizations it attributes \
                to the letter, and the positions it says the letter takes, and checks each against the letter's current text and \
                approved signatories. The audit is saved and listed with the letter's other press audits.
                """)),
            .if(!model.problems.isEmpty, .div(.class("form-problem"), .attribute(named: "role", value: "alert"),
                .p(.text("Nothing was saved:")),
                .ul(.group(model.problems.sorted { $0.key < $1.key }.map { .li(.text("\($0.key): \($0.value)")) })))),
            .form(.class("letter-form"), .method(.post), .action(SiteURL.pressAudits(letterID: model.letterID).path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  LetterFormView.field("title", "Title", problems: model.problems, hint: "The headline; it names the article in exports.",
                                       .input(.type(.text), .id("title"), .name("title"), .value(Escape.attribute(model.fields.title)),
                                              .attribute(named: "maxlength", value: "300"))),
                  LetterFormView.field("outlet", "Outlet", problems: model.problems, hint: "The publication: “Fox News”, “Daily Caller”.",
                                       .input(.type(.text), .id("outlet"), .name("outlet"), .value(Escape.attribute(model.fields.outlet)),
                                              .attribute(named: "maxlength", value: "200"))),
                  LetterFormView.field("url", "Address", problems: model.problems, hint: "Optional: https://…",
                                       .input(.type(.url), .id("url"), .name("url"), .value(Escape.attribute(model.fields.url)))),
                  LetterFormView.field("date", "Date", problems: model.problems, hint: "Optional: YYYY-MM-DD, as published.",
                                       .input(.type(.text), .id("date"), .name("date"), .value(Escape.attribute(model.fields.date)))),
                  LetterFormView.field("text", "Text", problems: model.problems, hint: "The article's text, one paragraph a line.",
                                       .textarea(.id("text"), .name("text"), .rows(20), .text(model.fields.text))),
                  .button(.type(.submit), .text("Audit and save")))
        )
    }
}
