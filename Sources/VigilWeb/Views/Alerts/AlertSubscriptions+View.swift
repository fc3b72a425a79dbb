import Plot
import VigilCore

/// `/alerts/subscriptions`: a pure function of `AlertSubscriptionsModel`.
enum AlertSubscriptionsView {
    static func render(_ model: AlertSubscriptionsModel) -> HTML {
        Layout.page(
            title: t("alerts.alert_subscriptions"),
            description: t("alerts.subscribe_a_webhook_or_an_e"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("alerts.alerts"))),
            .h1(.text(t("alerts.your_alert_subscriptions"))),
            .p(.class("lede"), rich("alerts.subscriptions_lede", ["events": Components.link(.alerts(), t("alerts.the_events_page")),
                                                                 "header": .code(.text("X-Vigil-Signature: sha256=<hex>"))])),
            .unwrap(model.added) { .p(.class("note"), .attribute(named: "role", value: "status"), .text(t("alerts.subscription_added", ["id": String($0)]))) },
            .unwrap(model.stopped) { .p(.class("note"), .attribute(named: "role", value: "status"), .text(t("alerts.subscription_stopped", ["id": String($0)]))) },
            .if(!model.problems.isEmpty,
                .div(.class("form-problem"), .attribute(named: "role", value: "alert"),
                     .p(.text(t("alerts.nothing_was_saved"))), .ul(.group(model.problems.map { .li(.text($0)) })))),
            .form(.class("operator-form"), .method(.post), .action(SiteURL.alertSubscriptions.path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  field("facility", t("alerts.facility_code_or_workbook_key"), model, hint: t("alerts.e_g_stwrtga")),
                  field("state", t("alerts.state"), model, hint: t("alerts.two_letters_e_g_tx")),
                  field("aor", t("alerts.aor"), model, hint: t("alerts.e_g_hou")),
                  field("operator", t("alerts.operator"), model, hint: t("alerts.part_of_the_name_e_g")),
                  .fieldset(.element(named: "legend", text: t("alerts.event_kinds_legend")),
                            .group(ExpansionEventKind.allCases.map { kind in
                                .label(.class("choice"), .input(.type(.checkbox), .name("kind"), .value(kind.rawValue), .checked(model.kinds.contains(kind))),
                                       .text(" " + t("alerts.kind.\(kind.rawValue)")))
                            })),
                  field("webhook_url", t("alerts.webhook_url"), model, hint: t("alerts.http_or_https_leave_empty_for")),
                  field("webhook_secret", t("alerts.webhook_secret"), model, hint: t("alerts.at_least_16_characters"), type: .password),
                  field("email", t("alerts.or_an_email_address"), model, hint: nil, type: .email),
                  .button(.type(.submit), .text(t("alerts.subscribe")))),
            Components.section(id: "subscriptions", title: model.showsEveryone ? t("alerts.every_subscription_admin") : t("alerts.subscriptions_you_made"),
                model.subscriptions.isEmpty ? .p(.text(t("alerts.none_yet"))) :
                Components.scrollBox(
                    .table(.class("data"),
                        Components.headerRow(["#", t("alerts.watching"), t("alerts.sent_by"), t("alerts.to"), t("alerts.since")] + (model.showsEveryone ? [t("alerts.made_by")] : []) + [t("alerts.status")]),
                        .tbody(.group(model.subscriptions.map { s in
                            .tr(.td(.text(String(s.id))), .td(.text(s.scope.words)), .td(.text(s.channel.kind)),
                                .td(.text(s.channel.target)), .td(.text(Format.timestamp(s.createdAt))),
                                .if(model.showsEveryone, .td(.text(s.createdBy))),
                                .td(s.isActive ? stopForm(s.id, token: model.csrfToken) : .text(t("alerts.stopped"))))
                        }))))))
    }

    /// "Active" with the button that stops it: a POST with the session's CSRF token.
    static func stopForm(_ id: Int, token: String) -> Node<HTML.BodyContext> {
        .group(.text("active "),
               .form(.class("review-decision"), .method(.post), .action(SiteURL.alertSubscriptionStop(id: id).path),
                     .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(token))),
                     .button(.type(.submit), .attribute(named: "aria-label", value: t("alerts.stop_subscription", ["id": String(id)])), .text(t("alerts.stop")))))
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
