import Plot

enum SignInView {
    static func render(_ model: SignInModel) -> HTML {
        Layout.page(title: t("sign_in.sign_in"), description: t("sign_in.sign_in_to_add_or_review"), chrome: model.chrome,
            .h1(.text(t("sign_in.sign_in"))),
            .p(.text(t("sign_in.for_people_who_add_or_review"))),
            .unwrap(model.problem) { problem in
                .p(.class("form-problem"), .attribute(named: "role", value: "alert"), .text(problem))
            },
            .unwrap(model.chrome.viewer) { viewer in
                .p(.text(t("sign_in.signed_in_as", ["email": viewer.email])))
            },
            .form(.class("sign-in"), .method(.post), .action(SiteURL.signIn.path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  .unwrap(model.returnPath) { .input(.type(.hidden), .name(ReturnPath.field), .value(Escape.attribute($0))) },
                  .p(.label(.for("email"), .text(t("sign_in.email"))),
                     .input(.type(.email), .id("email"), .name("email"), .value(Escape.attribute(model.email)),
                            .attribute(named: "autocomplete", value: "username"), .required(true))),
                  .p(.label(.for("password"), .text(t("sign_in.password"))),
                     .input(.type(.password), .id("password"), .name("password"),
                            .attribute(named: "autocomplete", value: "current-password"), .required(true))),
                  .button(.type(.submit), .text(t("sign_in.sign_in")))))
    }
}
