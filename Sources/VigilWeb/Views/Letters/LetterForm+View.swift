import Plot

/// The letter editor: a pure function of `LetterFormModel`.
enum LetterFormView {
    static func render(_ model: LetterFormModel) -> HTML {
        let action = model.letterID.map { SiteURL.editLetter(id: $0) } ?? .letters
        let heading = model.letterID == nil ? "Write a letter" : "Edit the letter"
        return Layout.page(
            title: heading,
            description: "Write or edit a sign-on letter.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Sign-on letters")),
            .h1(.text(heading)),
            .unwrap(model.version) { .p(.class("lede"), .text("Saving stores version \($0 + 1); earlier versions are kept.")) },
            .if(model.signaturesAtRisk > 0, .p(.class("notice"), .text("""
                \(model.signaturesAtRisk) signatures were given to an earlier text. Changing the words of the subject, body, demands, \
                conclusion or To recipients is a material change: those signatures are flagged and their signatories are told by e-mail.
                """))),
            .if(!model.problems.isEmpty, .div(.class("form-problem"), .attribute(named: "role", value: "alert"),
                .p(.text("Nothing was saved:")),
                .ul(.group(model.problems.sorted { $0.key < $1.key }.map { .li(.text("\($0.key.replacingOccurrences(of: "_", with: " ")): \($0.value)")) })))),
            .form(.class("letter-form"), .method(.post), .action(action.path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  line("title", "Title", model.fields.title, model, hint: "How the letter is listed."),
                  line("date", "Date", model.fields.date, model, hint: "YYYY-MM-DD; printed as “November 15, 2024”."),
                  line("delivery_note", "Delivery note", model.fields.deliveryNote, model, hint: "Optional: “Via email delivery only”."),
                  area("to", "To", model.fields.to, rows: 8, model, hint: "One recipient per block: name, title, body (and address lines), one per line; a blank line between recipients."),
                  line("subject", "Subject", model.fields.subject, model, hint: "Printed as “Re: …”."),
                  line("salutation", "Salutation", model.fields.salutation, model, hint: "“Dear President Biden and Secretary Mayorkas,”"),
                  area("body", "Body (Markdown)", model.fields.body, rows: 12, model, hint: "Markdown: *emphasis*, **strong**, [links](https://…), lists. HTML is shown as text, not run."),
                  area("demands", "Demands", model.fields.demands, rows: 12, model, hint: "Numbered, one per paragraph: “1. Close detention centers: We ask that you …”."),
                  area("conclusion", "After the demands (Markdown)", model.fields.conclusion, rows: 5, model, hint: nil),
                  line("closing", "Closing", model.fields.closing, model, hint: "“Sincerely,”"),
                  line("lead_organization", "Lead organization", model.fields.leadOrganization, model, hint: "The letterhead, and the first signatory."),
                  area("cc", "cc", model.fields.cc, rows: 6, model, hint: "As To."),
                  .button(.type(.submit), .text(model.letterID == nil ? "Create the letter (draft)" : "Save a new version")))
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
    static func field(_ name: String, _ label: String, problems: [String: String], hint: String?, _ control: Node<HTML.FormContext>) -> Node<HTML.FormContext> {
        let problem = problems[name]
        return .div(.class(problem == nil ? "form-field" : "form-field has-problem"),
                    .label(.for(name), .text(label)),
                    .unwrap(problem) { .p(.class("field-problem"), .text($0)) },
                    control,
                    .unwrap(hint) { .p(.class("field-hint muted small"), .text($0)) })
    }
}
