import Plot

/// The form to paste an article: a pure function of `PressAuditFormModel`.
enum PressAuditFormView {
    static func render(_ model: PressAuditFormModel) -> HTML {
        Layout.page(
            title: t("press_audit.audit_an_article"),
            description: t("press_audit.check_an_article_s_quotations_numbers"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .a(.href(SiteURL.pressAudits(letterID: model.letterID).path), .text(t("press_audit.press_audits_of", ["title": model.letterTitle])))),
            .h1(.text(t("press_audit.audit_an_article"))),
            .p(.class("lede"), .text(t("press_audit.form_lede"))),
            .if(!model.problems.isEmpty, .div(.class("form-problem"), .attribute(named: "role", value: "alert"),
                .p(.text(t("press_audit.nothing_was_saved"))),
                .ul(.group(model.problems.sorted { $0.key < $1.key }.map { .li(.text(t("press_audit.field.\($0.key)") + ": " + $0.value.localizedMessage)) })))),
            .form(.class("letter-form"), .method(.post), .action(SiteURL.pressAudits(letterID: model.letterID).path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  LetterFormView.field("title", t("press_audit.field.title"), problems: model.problems, hint: t("press_audit.the_headline_it_names_the_article"),
                                       .input(.type(.text), .id("title"), .name("title"), .value(Escape.attribute(model.fields.title)),
                                              .attribute(named: "maxlength", value: "300"))),
                  LetterFormView.field("outlet", t("press_audit.field.outlet"), problems: model.problems, hint: t("press_audit.the_publication_fox_news_daily_caller"),
                                       .input(.type(.text), .id("outlet"), .name("outlet"), .value(Escape.attribute(model.fields.outlet)),
                                              .attribute(named: "maxlength", value: "200"))),
                  LetterFormView.field("url", t("press_audit.field.url"), problems: model.problems, hint: t("press_audit.optional_https"),
                                       .input(.type(.url), .id("url"), .name("url"), .value(Escape.attribute(model.fields.url)))),
                  LetterFormView.field("date", t("press_audit.field.date"), problems: model.problems, hint: t("press_audit.optional_yyyy_mm_dd_as_published"),
                                       .input(.type(.text), .id("date"), .name("date"), .value(Escape.attribute(model.fields.date)))),
                  LetterFormView.field("text", t("press_audit.field.text"), problems: model.problems, hint: t("press_audit.the_article_s_text_one_paragraph"),
                                       .textarea(.id("text"), .name("text"), .rows(20), .text(model.fields.text))),
                  .button(.type(.submit), .text(t("press_audit.audit_and_save"))))
        )
    }
}
