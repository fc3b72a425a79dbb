import Plot
import VigilCore

/// `/alerts/subscriptions`: a pure function of `AlertSubscriptionsModel`.
enum AlertSubscriptionsView {
    static func render(_ model: AlertSubscriptionsModel) -> HTML {
        Layout.page(
            title: "Alert subscriptions",
            description: "Subscribe a webhook or an e-mail address to expansion events.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Alerts")),
            .h1(.text("Your alert subscriptions")),
            .p(.class("lede"), .text("Be told when a facility appears, reopens or surges, or its guaranteed minimum changes, in a state, an AOR, "),
               .text("at an operator's facilities or at one facility. Events detected after you subscribe are sent; "),
               Components.link(.alerts(), "the events page"), .text(" and its Atom feed have the history. "),
               .text("Webhooks are JSON POSTs signed with HMAC-SHA256 of the body under your secret, in "), .code(.text("X-Vigil-Signature: sha256=<hex>")),
               .text(". Your addresses and secrets are never shown publicly.")),
            .unwrap(model.added) { .p(.class("note"), .attribute(named: "role", value: "status"), .text("Subscription \($0) added.")) },
            .unwrap(model.stopped) { .p(.class("note"), .attribute(named: "role", value: "status"), .text("Subscription \($0) stopped: nothing more is sent to it.")) },
            .if(!model.problems.isEmpty,
                .div(.class("form-problem"), .attribute(named: "role", value: "alert"),
                     .p(.text("Nothing was saved:")), .ul(.group(model.problems.map { .li(.text($0)) })))),
            .form(.class("operator-form"), .method(.post), .action(SiteURL.alertSubscriptions.path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  field("facility", "Facility: a registry code or workbook key", model, hint: "e.g. STWRTGA"),
                  field("state", "State", model, hint: "two letters, e.g. TX"),
                  field("aor", "AOR", model, hint: "e.g. HOU"),
                  field("operator", "Operator", model, hint: "part of the name, e.g. GEO"),
                  .fieldset(.element(named: "legend", text: "Event kinds (none ticked: all)"),
                            .group(ExpansionEventKind.allCases.map { kind in
                                .label(.class("choice"), .input(.type(.checkbox), .name("kind"), .value(kind.rawValue), .checked(model.kinds.contains(kind))),
                                       .text(" \(kind.label)"))
                            })),
                  field("webhook_url", "Webhook URL", model, hint: "http:// or https://; leave empty for e-mail"),
                  field("webhook_secret", "Webhook secret", model, hint: "at least 16 characters", type: .password),
                  field("email", "Or an e-mail address", model, hint: nil, type: .email),
                  .button(.type(.submit), .text("Subscribe"))),
            Components.section(id: "subscriptions", title: model.showsEveryone ? "Every subscription (you are an admin)" : "Subscriptions you made",
                model.subscriptions.isEmpty ? .p(.text("None yet.")) :
                Components.scrollBox(
                    .table(.class("data"),
                        Components.headerRow(["#", "Watching", "Sent by", "To", "Since"] + (model.showsEveryone ? ["Made by"] : []) + ["Status"]),
                        .tbody(.group(model.subscriptions.map { s in
                            .tr(.td(.text(String(s.id))), .td(.text(s.scope.description)), .td(.text(s.channel.kind)),
                                .td(.text(s.channel.target)), .td(.text(Format.timestamp(s.createdAt))),
                                .if(model.showsEveryone, .td(.text(s.createdBy))),
                                .td(s.isActive ? stopForm(s.id, token: model.csrfToken) : .text("stopped")))
                        }))))))
    }

    /// "Active" with the button that stops it: a POST with the session's CSRF token.
    static func stopForm(_ id: Int, token: String) -> Node<HTML.BodyContext> {
        .group(.text("active "),
               .form(.class("review-decision"), .method(.post), .action(SiteURL.alertSubscriptionStop(id: id).path),
                     .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(token))),
                     .button(.type(.submit), .attribute(named: "aria-label", value: "Stop subscription \(id)"), .text("Stop"))))
    }

    static func field(_ name: String, _ label: String, _ model: AlertSubscriptionsModel, hint: String?,
                      type: HTMLInputType = .text) -> Node<HTML.FormContext> {
        .div(.class("form-field"),
             .label(.for(name), .text(label)),
             .input(.type(type), .id(name), .name(name),
                    .value(type == .password ? "" : Escape.attribute(model.form[name] ?? "")),
                    .attribute(named: "maxlength", value: "500")),
             .unwrap(hint) { .p(.class("field-hint muted small"), .text($0)) })
    }
}
