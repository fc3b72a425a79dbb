import Plot
import VigilStore

/// `/alerts/deliveries`: a pure function of `AlertDeliveryLogModel`.
enum AlertDeliveryLogView {
    static func render(_ model: AlertDeliveryLogModel) -> HTML {
        Layout.page(
            title: "Alert deliveries",
            description: "What Vigil's alerts sent where, and what failed.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Alerts")),
            .h1(.text("Alert deliveries")),
            .p(.class("lede"), .text("Every event sent to every subscription, newest first: where it went, how many attempts it took, "),
               .text("and the last error. A failed attempt is retried after a wait that doubles each time; after 8 the delivery is given up. "),
               .text("Each event goes to a subscription at most once. The same log is "), .code(.text("vigil alerts log")), .text(".")),
            .if(model.entries.count >= model.limit, .p(.class("note"), .text("Showing the latest \(model.limit) deliveries."))),
            model.entries.isEmpty ? .p(.text("Nothing has been sent yet.")) :
            Components.scrollBox(
                .table(.class("data"),
                    Components.headerRow(["#", "Status", "Subscription", "Channel", "To", "Event", "Facility", "As of", "Attempts", "Last error", "Delivered"]),
                    .tbody(.group(model.entries.map { e in
                        .tr(.td(.text(String(e.id))),
                            .td(.span(.class(e.status == "delivered" ? "badge" : "badge badge-warn"), .text(e.status))),
                            .td(.text(String(e.subscriptionID))), .td(.text(e.channel)), .td(.text(e.target)),
                            .td(.text(e.eventKind)), .td(.text(e.facilityName)), .td(.text(e.asOf)),
                            Components.numberCell(String(e.attempts)), Components.textCell(e.lastError),
                            Components.textCell(e.deliveredAt.map(Format.timestamp)))
                    })))))
    }
}
