import Plot

/// The form to paste an article: a pure function of `PressAuditFormModel`.
enum PressAuditFormView {
    static func render(_ model: PressAuditFormModel) -> HTML {
        Layout.page(
            title: t("press_audit.audit_an_article"),
            description: t("press_audit.check_an_article_s_quotations_numbers"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .a(.href(SiteURL.pressAudits(letterID: model.letterID).path), .text("Press audits of “\(model.letterTitle)”"))),
            .h1(.text(t("press_audit.audit_an_article"))),
            .p(.class("lede"), .text("""
                Paste an article that reports the letter. Vigil finds its quotations, the numbers and organizations it attributes \
                to the letter, and the positions it says the letter takes, and checks each against the letter's current text and \
                approved signatories. The audit is saved and listed with the letter's other press audits.
                """)),
            .if(!model.problems.isEmpty, .div(.class("form-problem"), .attribute(named: "role", value: "alert"),
                .p(.text(t("press_audit.nothing_was_saved"))),
                .ul(.group(model.problems.sorted { $0.key < $1.key }.map { .li(.text("\($0.key): \($0.value)")) })))),
            .form(.class("letter-form"), .method(.post), .action(SiteURL.pressAudits(letterID: model.letterID).path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  LetterFormView.field("title", "Title", problems: model.problems, hint: t("press_audit.the_headline_it_names_the_article"),
                                       .input(.type(.text), .id("title"), .name("title"), .value(Escape.attribute(model.fields.title)),
                                              .attribute(named: "maxlength", value: "300"))),
                  LetterFormView.field("outlet", "Outlet", problems: model.problems, hint: t("press_audit.the_publication_fox_news_daily_caller"),
                                       .input(.type(.text), .id("outlet"), .name("outlet"), .value(Escape.attribute(model.fields.outlet)),
                                              .attribute(named: "maxlength", value: "200"))),
                  LetterFormView.field("url", "Address", problems: model.problems, hint: t("press_audit.optional_https"),
                                       .input(.type(.url), .id("url"), .name("url"), .value(Escape.attribute(model.fields.url)))),
                  LetterFormView.field("date", "Date", problems: model.problems, hint: t("press_audit.optional_yyyy_mm_dd_as_published"),
                                       .input(.type(.text), .id("date"), .name("date"), .value(Escape.attribute(model.fields.date)))),
                  LetterFormView.field("text", "Text", problems: model.problems, hint: t("press_audit.the_article_s_text_one_paragraph"),
                                       .textarea(.id("text"), .name("text"), .rows(20), .text(model.fields.text))),
                  .button(.type(.submit), .text(t("press_audit.audit_and_save"))))
        )
    }
}
