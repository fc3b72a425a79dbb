import Plot

/// `/letters/confirm` and `/letters/withdraw`: a pure function of `SignOnLinkModel`.
enum SignOnLinkView {
    static func render(_ model: SignOnLinkModel) -> HTML {
        let confirming = model.purpose == .confirm
        let title = confirming ? t("letters.confirm_your_signature") : t("letters.withdraw_your_signature")
        let action = confirming ? SiteURL.letterConfirm(token: "") : SiteURL.letterWithdraw(token: "")
        let content: Node<HTML.BodyContext>
        switch model.state {
        case .ask(let organization, let letterTitle, _):
            content = .group(
                .p(.class("lede"), .text(confirming ? t("letters.confirm_that_signs", ["organization": organization, "title": letterTitle]) :
                                            t("letters.take_signature_off", ["organization": organization, "title": letterTitle]))),
                .form(.method(.post), .action(action.path),
                      .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                      .input(.type(.hidden), .name("token"), .value(Escape.attribute(model.token))),
                      .button(.type(.submit), .text(confirming ? t("letters.confirm_the_signature") : t("letters.withdraw_the_signature")))))
        case .done(let message, let letterID):
            content = .group(.p(.class("notice"), .attribute(named: "role", value: "status"), .text(message)),
                             .unwrap(letterID) { .p(Components.link(.letter(id: $0), t("letters.back_to_the_letter"))) })
        case .refused(let message):
            content = .p(.class("form-problem"), .attribute(named: "role", value: "alert"), .text(message))
        }
        return Layout.page(title: title, description: title, chrome: model.chrome, .h1(.text(title)), content)
    }
}
