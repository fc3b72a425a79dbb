import Plot
import VigilCore

/// The letter editor: a pure function of `LetterFormModel`.
enum LetterFormView {
    static func render(_ model: LetterFormModel) -> HTML {
        let action = model.letterID.map { SiteURL.editLetter(id: $0) } ?? .letters
        let heading = model.letterID == nil ? t("letters.write_a_letter") : t("letters.edit_the_letter")
        return Layout.page(
            title: heading,
            description: t("letters.write_or_edit_a_sign_on"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("letters.sign_on_letters"))),
            .h1(.text(heading)),
            .unwrap(model.version) { .p(.class("lede"), .text(t("letters.saving_stores_version", ["version": String($0 + 1)]))) },
            .if(model.signaturesAtRisk > 0, .p(.class("notice"), .text(t("letters.signatures_at_risk", count: model.signaturesAtRisk)))),
            .if(!model.problems.isEmpty, .div(.class("form-problem"), .attribute(named: "role", value: "alert"),
                .p(.text(t("letters.nothing_was_saved"))),
                .ul(.group(model.problems.sorted { $0.key < $1.key }.map { .li(.text(t("letters.field.\($0.key)") + ": " + $0.value.localizedMessage)) })))),
            .form(.class("letter-form"), .method(.post), .action(action.path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  line("title", t("letters.field.title"), model.fields.title, model, hint: t("letters.how_the_letter_is_listed")),
                  line("date", t("letters.field.date"), model.fields.date, model, hint: t("letters.yyyy_mm_dd_printed_as_november")),
                  line("delivery_note", t("letters.field.delivery_note"), model.fields.deliveryNote, model, hint: t("letters.optional_via_email_delivery_only")),
                  area("to", t("letters.field.to"), model.fields.to, rows: 8, model, hint: t("letters.one_recipient_per_block_name_title")),
                  line("subject", t("letters.field.subject"), model.fields.subject, model, hint: t("letters.printed_as_re")),
                  line("salutation", t("letters.field.salutation"), model.fields.salutation, model, hint: t("letters.dear_president_biden_and_secretary_mayorkas")),
                  area("body", t("letters.field.body"), model.fields.body, rows: 12, model, hint: t("letters.markdown_emphasis_strong_links_https_lists")),
                  area("demands", t("letters.field.demands"), model.fields.demands, rows: 12, model, hint: t("letters.numbered_one_per_paragraph_1_close")),
                  area("conclusion", t("letters.field.conclusion"), model.fields.conclusion, rows: 5, model, hint: nil),
                  line("closing", t("letters.field.closing"), model.fields.closing, model, hint: t("letters.sincerely")),
                  line("lead_organization", t("letters.field.lead_organization"), model.fields.leadOrganization, model, hint: t("letters.the_letterhead_and_the_first_signatory")),
                  area("cc", t("letters.field.cc"), model.fields.cc, rows: 6, model, hint: t("letters.as_to")),
                  .button(.type(.submit), .text(model.letterID == nil ? t("letters.create_the_letter_draft") : t("letters.save_a_new_version"))))
        )
    }

    static func line(_ name: String, _ label: String, _ value: String, _ model: LetterFormModel, hint: String?) -> Node<HTML.FormContext> {
        field(name, label, model, hint: hint,
              .input(.type(.text), .id(name), .name(name), .value(Escape.attribute(value)), .attribute(named: "maxlength", value: "300")))
    }

    static func area(_ name: String, _ label: String, _ value: String, rows: Int, _ model: LetterFormModel, hint: String?) -> Node<HTML.FormContext> {
        field(name, label, model, hint: hint, .textarea(.id(name), .name(name), .rows(rows), .text(value)))
    }

    static func field(_ name: String, _ label: String, _ model: LetterFormModel, hint: String?, _ control: Node<HTML.FormContext>) -> Node<HTML.FormContext> {
        field(name, label, problems: model.problems, hint: hint, control)
    }

    /// A labelled control with its problem and hint; the press audit's form uses it too.
    static func field(_ name: String, _ label: String, problems: [String: FieldProblemReason], hint: String?, _ control: Node<HTML.FormContext>) -> Node<HTML.FormContext> {
        let problem = problems[name]
        return .div(.class(problem == nil ? "form-field" : "form-field has-problem"),
                    .label(.for(name), .text(label)),
                    .unwrap(problem) { .p(.class("field-problem"), .text($0.localizedMessage)) },
                    control,
                    .unwrap(hint) { .p(.class("field-hint muted small"), .text($0)) })
    }
}
