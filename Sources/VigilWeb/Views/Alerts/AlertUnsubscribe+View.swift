import Plot
import VigilCore

/// `/alerts/unsubscribe`: a pure function of `AlertUnsubscribeModel`.
enum AlertUnsubscribeView {
    static func render(_ model: AlertUnsubscribeModel) -> HTML {
        let title = t("unsubscribe.title")
        let content: Node<HTML.BodyContext>
        switch model.state {
        case .ask(let subscription):
            content = .group(
                .p(.class("lede"), .text(t("unsubscribe.ask", ["id": String(subscription.id), "scope": subscription.scope.words]) + " "),
                   .text((subscription.channel.kind == "email" ? t("unsubscribe.nothing_more_address") : t("unsubscribe.nothing_more_webhook")))),
                .form(.method(.post), .action(SiteURL.alertUnsubscribe(token: "").path),
                      .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                      .input(.type(.hidden), .name("token"), .value(Escape.attribute(model.token))),
                      .button(.type(.submit), .text(t("unsubscribe.button")))))
        case .done(let subscription, let alreadyStopped):
            content = .group(
                .p(.class("notice"), .attribute(named: "role", value: "status"),
                   .text((alreadyStopped ? t("unsubscribe.already_stopped", ["id": String(subscription.id)]) : t("unsubscribe.stopped", ["id": String(subscription.id)])))),
                .p(rich("unsubscribe.events_stay", ["page": Components.link(.alerts(), t("unsubscribe.the_alerts_page"))])))
        case .refused(let message):
            content = .p(.class("form-problem"), .attribute(named: "role", value: "alert"), .text(message))
        }
        return Layout.page(title: title, description: title, chrome: model.chrome, .h1(.text(title)), content)
    }
}
