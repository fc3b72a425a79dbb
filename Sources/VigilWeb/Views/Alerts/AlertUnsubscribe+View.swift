import Plot
import VigilCore

/// `/alerts/unsubscribe`: a pure function of `AlertUnsubscribeModel`.
enum AlertUnsubscribeView {
    static func render(_ model: AlertUnsubscribeModel) -> HTML {
        let title = "Stop these alerts"
        let content: Node<HTML.BodyContext>
        switch model.state {
        case .ask(let subscription):
            content = .group(
                .p(.class("lede"), .text("Stop alert subscription \(subscription.id), watching \(subscription.scope.description)? "),
                   .text("Nothing more will be sent to this \(subscription.channel.kind == "email" ? "address" : "webhook").")),
                .form(.method(.post), .action(SiteURL.alertUnsubscribe(token: "").path),
                      .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                      .input(.type(.hidden), .name("token"), .value(Escape.attribute(model.token))),
                      .button(.type(.submit), .text("Stop the alerts"))))
        case .done(let subscription, let alreadyStopped):
            content = .group(
                .p(.class("notice"), .attribute(named: "role", value: "status"),
                   .text(alreadyStopped ? "Alert subscription \(subscription.id) was already stopped. Nothing more is sent."
                                        : "Alert subscription \(subscription.id) is stopped. Nothing more will be sent.")),
                .p(.text("The events stay on "), Components.link(.alerts(), "the alerts page"), .text(" and in its Atom feed.")))
        case .refused(let message):
            content = .p(.class("form-problem"), .attribute(named: "role", value: "alert"), .text(message))
        }
        return Layout.page(title: title, description: title, chrome: model.chrome, .h1(.text(title)), content)
    }
}
