import Plot
import VigilCore
import VigilStore

/// `/letters/{id}` and its PDF: a pure function of `LetterPageModel`.
enum LetterPageView {
    static let honeypotField = "fax_number"

    static func render(_ model: LetterPageModel, stylesheet: Layout.StylesheetPlacement = .linked) -> HTML {
        let content = model.letter.content
        return Layout.page(
            title: model.letter.title,
            description: t("letters.page_description", ["subject": content.subject ?? model.letter.title, "organizations": organizations(model.approvedCount)]),
            chrome: model.chrome, stylesheet: stylesheet,
            .p(.class("eyebrow"), .text(t("letters.eyebrow", ["status": status(model.letter.status)]))),
            .unwrap(model.editor, { tools in editorBar(model, tools) }),
            .div(.class("letter-layout"),
                 .article(.class("letter"), letterText(model)),
                 .aside(.class("fact-sheet"), factSheet(model))),
            .if(!model.printing, .unwrap(model.signOn) { signOnSection(model, $0) }),
            .if(!model.printing, Components.downloads(t("letters.the_signatories"), csv: .download(.signatories(letterID: model.letter.id, .csv)),
                                                      json: .download(.signatories(letterID: model.letter.id, .json)))),
            .if(!model.printing && model.letter.status == .sent,
                .p(.a(.href(SiteURL.letterPDF(id: model.letter.id).path), .text(t("letters.the_letter_as_pdf")))))
        )
    }

    /// "193 organizations", "1 organization".
    static func organizations(_ count: Int) -> String {
        t("letters.organizations_count", count: count)
    }

    /// A letter's status in the page's language (`LetterStatus.label` stays English for downloads).
    static func status(_ status: LetterStatus) -> String { t("letters.status.\(status.rawValue)") }

    /// A signature's status in the page's language.
    static func status(_ status: SignatureStatus) -> String { t("letters.signature_status.\(status.rawValue)") }

    static func letterText(_ model: LetterPageModel) -> Node<HTML.BodyContext> {
        let content = model.letter.content
        return .group(
            .header(.class("letterhead"), .p(.class("letterhead-name"), .text(content.leadOrganization))),
            .unwrap(content.deliveryNote) { .p(.class("delivery-note"), .em(.text($0))) },
            .unwrap(content.date) { .p(.class("letter-date"), .text($0.spelled)) },
            .div(.class("recipients"), .group(content.to.map(recipient))),
            .unwrap(content.subject) { .p(.class("letter-subject"), .strong(.text("Re: \($0)"))) },
            .h1(.class("letter-title"), .text(model.letter.title)),
            .unwrap(content.salutation) { .p(.text($0)) },
            .div(.class("letter-body"), .raw(LetterMarkdown.html(content.bodyMarkdown))),
            .if(!content.demands.isEmpty, .ol(.class("demands"), .group(content.demands.map { demand in
                .li(.attribute(named: "value", value: String(demand.number)),
                    .if(!demand.title.isEmpty, .strong(.text(demand.title + ": "))), .text(demand.text))
            }))),
            .div(.class("letter-body"), .raw(LetterMarkdown.html(content.conclusionMarkdown))),
            .p(.class("letter-closing"), .text(content.closing)),
            .section(.class("signatories"), .attribute(named: "aria-labelledby", value: "signatories-heading"),
                     .h2(.id("signatories-heading"), .text(organizations(model.approvedCount))),
                     .ul(.class("signatory-list"), .group(model.signatories.map { signature in
                         .li(.text(signature.organization))
                     }))),
            .if(!content.cc.isEmpty, .div(.class("cc"), .p(.strong(.text(t("letters.cc")))), .group(content.cc.map(recipient))))
        )
    }

    static func recipient(_ recipient: LetterRecipient) -> Node<HTML.BodyContext> {
        .p(.class("recipient"), .group(recipient.lines.enumerated().map { (index, line) -> Node<HTML.BodyContext> in
            index == 0 ? .text(line) : .group(.br(), .text(line))
        }))
    }

    static func factSheet(_ model: LetterPageModel) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(t("letters.fact_sheet"))),
            .p(.class("muted small"), .text(t("letters.figures_from_vigil_s_own_data"))),
            .dl(.group(model.facts.map { fact in
                .group(
                    .dt(.text(fact.title)),
                    .dd(.class(fact.value == nil ? "fact unavailable" : "fact"),
                        .p(.class("fact-value"), .text(fact.value ?? LetterFact.notAvailable)),
                        .p(.class("small"), .strong(.text(t("letters.source"))), .text(fact.source)),
                        .if(fact.value != nil, .p(.class("small"), .strong(.text(t("letters.release"))), .text(fact.release))),
                        .if(fact.value != nil, .p(.class("small"), .strong(.text(t("letters.method"))), .text(fact.method))),
                        .unwrap(fact.claimCheck) { .p(.class("claim-check"), .text($0)) }))
            })))
    }

    static func editorBar(_ model: LetterPageModel, _ tools: LetterPageModel.EditorTools) -> Node<HTML.BodyContext> {
        .div(.class("editor-bar"),
             .p(.text(t("letters.version_number", ["version": String(model.letter.currentVersion)])),
                Components.link(.editLetter(id: model.letter.id), t("letters.edit_the_letter")), .text(" · "),
                Components.link(.letterReview(id: model.letter.id), t("letters.review_signatures_waiting", ["count": Format.count(tools.awaitingReview)])), .text(" · "),
                Components.link(.pressAudits(letterID: model.letter.id), t("letters.press_audits"))),
             .form(.class("inline-form"), .method(.post), .action(SiteURL.letterStatus(id: model.letter.id).path),
                   .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(tools.csrfToken))),
                   .label(.for("status"), .text(t("letters.status_2"))),
                   .select(.id("status"), .attribute(named: "name", value: "status"),
                           .group(LetterStatus.allCases.map { status in
                               .element(named: "option", nodes: [.attribute(named: "value", value: status.rawValue),
                                                                 status == model.letter.status ? .attribute(named: "selected") : .empty,
                                                                 .text(Self.status(status))])
                           })),
                   .button(.type(.submit), .text(t("letters.change_status")))))
    }

    static func signOnSection(_ model: LetterPageModel, _ form: LetterPageModel.SignOnForm) -> Node<HTML.BodyContext> {
        Components.section(id: "sign", title: t("letters.sign_this_letter_for_your_organization"),
            .unwrap(form.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
            .if(!form.mailAvailable, .p(.class("form-problem"), .text(t("letters.signing_is_unavailable_this_server_cannot")))),
            .if(form.mailAvailable, .form(.class("sign-on-form"), .method(.post), .action(SiteURL.letterSignatures(id: model.letter.id).path),
                .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(form.csrfToken))),
                field("organization", t("letters.organization"), form, hint: t("letters.as_it_should_appear_on_the"),
                      .input(.type(.text), .id("organization"), .name("organization"), .value(Escape.attribute(form.draft.organization)),
                             .required(true), .attribute(named: "maxlength", value: "200"))),
                field("city", t("letters.city"), form, hint: nil,
                      .input(.type(.text), .id("city"), .name("city"), .value(Escape.attribute(form.draft.city)), .attribute(named: "maxlength", value: "100"))),
                field("state", t("letters.state"), form, hint: t("letters.a_u_s_state_or_territory"),
                      .input(.type(.text), .id("state"), .name("state"), .value(Escape.attribute(form.draft.state)), .attribute(named: "maxlength", value: "40"))),
                .fieldset(.class("form-field"), .id("scope"),
                          .element(named: "legend", text: t("letters.scope")),
                          .unwrap(form.problems["scope"]) { .p(.class("field-problem"), .text($0.localizedMessage)) },
                          .group(SignatureScope.allCases.map { scope in
                              .label(.class("choice"), .input(.type(.radio), .name("scope"), .value(scope.rawValue),
                                                              .checked(form.draft.scope.lowercased() == scope.rawValue)),
                                     .text(" " + t("letters.scope.\(scope.rawValue)")))
                          })),
                field("website", t("letters.website"), form, hint: t("letters.optional_https"),
                      .input(.type(.url), .id("website"), .name("website"), .value(Escape.attribute(form.draft.website)), .attribute(named: "maxlength", value: "300"))),
                field("contact_name", t("letters.contact_name"), form, hint: t("letters.never_published"),
                      .input(.type(.text), .id("contact_name"), .name("contact_name"), .value(Escape.attribute(form.draft.contactName)),
                             .required(true), .attribute(named: "maxlength", value: "120"))),
                field("email", t("letters.e_mail"), form, hint: t("letters.we_send_a_link_to_confirm"),
                      .input(.type(.email), .id("email"), .name("email"), .value(Escape.attribute(form.draft.email)),
                             .required(true), .attribute(named: "maxlength", value: "254"))),
                // Hidden from people by the stylesheet; forms filled in by scripts fill it, and are dropped.
                .div(.class("hp-field"), .attribute(named: "aria-hidden", value: "true"),
                     .label(.for(honeypotField), .text(t("letters.fax_number_leave_empty"))),
                     .input(.type(.text), .id(honeypotField), .name(honeypotField), .value(""),
                            .attribute(named: "tabindex", value: "-1"), .attribute(named: "autocomplete", value: "off"))),
                .div(.class(form.problems["consent"] == nil ? "form-field" : "form-field has-problem"),
                     .unwrap(form.problems["consent"]) { .p(.class("field-problem"), .text($0.localizedMessage)) },
                     .label(.class("choice"), .input(.type(.checkbox), .id("consent"), .name("consent"), .value("yes"),
                                                     .checked(form.draft.consent == "yes")),
                            .text(" " + t("letters.consent", ["version": String(model.letter.currentVersion)])))),
                .button(.type(.submit), .text(t("letters.sign_the_letter"))))))
    }

    static func field(_ name: String, _ label: String, _ form: LetterPageModel.SignOnForm, hint: String?,
                      _ control: Node<HTML.FormContext>) -> Node<HTML.FormContext> {
        let problem = form.problems[name]
        return .div(.class(problem == nil ? "form-field" : "form-field has-problem"),
                    .label(.for(name), .text(label)),
                    .unwrap(problem) { .p(.class("field-problem"), .id("\(name)-problem"), .text($0.localizedMessage)) },
                    control,
                    .unwrap(hint) { .p(.class("field-hint muted small"), .text($0)) })
    }
}
