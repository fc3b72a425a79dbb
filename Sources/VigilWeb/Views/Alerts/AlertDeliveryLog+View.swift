import Plot
import VigilStore

/// `/alerts/deliveries`: a pure function of `AlertDeliveryLogModel`.
enum AlertDeliveryLogView {
    static func render(_ model: AlertDeliveryLogModel) -> HTML {
        Layout.page(
            title: t("alerts.alert_deliveries"),
            description: t("alerts.what_vigil_s_alerts_sent_where"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("alerts.alerts"))),
            .h1(.text(t("alerts.alert_deliveries"))),
            .p(.class("lede"), rich("alerts.deliveries_lede", ["command": .code(.text("vigil alerts log"))])),
            .if(model.entries.count >= model.limit, .p(.class("note"), .text(t("alerts.showing_the_latest_deliveries", ["limit": Format.count(model.limit)])))),
            model.entries.isEmpty ? .p(.text(t("alerts.nothing_has_been_sent_yet"))) :
            Components.scrollBox(
                .table(.class("data"),
                    Components.headerRow(["#", t("alerts.status"), t("alerts.subscription"), t("alerts.channel"), t("alerts.to"), t("alerts.event"), t("alerts.facility"), t("alerts.as_of"), t("alerts.attempts"), t("alerts.last_error"), t("alerts.delivered")]),
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
