import Plot
import VigilCore
import VigilStore

/// `/alerts`: a pure function of `AlertsModel`.
enum AlertsView {
    static func render(_ model: AlertsModel) -> HTML {
        Layout.page(
            title: t("alerts.expansion_alerts"),
            description: t("alerts.new_reopened_and_surging_detention_facilities"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("alerts.halt_expansion"))),
            .h1(.text(t("alerts.expansion_alerts"))),
            .p(.class("lede"),
               rich("alerts.lede", ["new": .strong(.text(t("alerts.new"))), "reopened": .strong(.text(t("alerts.reopened"))),
                                    "surges": .strong(.text(t("alerts.surges"))),
                                    "minimum": .strong(.text(t("alerts.guaranteed_minimum_changes")))])),
            filterForm(model.scope),
            .p(Components.link(.alertFeed(model.scope), t("alerts.atom_feed_of_these_events"), class: "button-link"), .text(" "),
               model.canSubscribe ? Components.link(.alertSubscriptions, t("alerts.subscribe_by_webhook_or_e_mail"))
                                  : .span(.class("muted small"), .text(t("alerts.sign_in_to_subscribe_by_webhook")))),
            Components.section(id: "events", title: model.scope.isEverything ? t("alerts.every_event_title") : t("alerts.events_for", ["scope": model.scope.words]),
                .p(.class("muted small"), .text(t("alerts.events_count", count: model.events.count)
                                                + (model.events.count >= AlertsModel.rowLimit
                                                   ? t("alerts.the_latest", ["limit": Format.count(AlertsModel.rowLimit)]) : "."))),
                Components.scrollBox(
                    .table(.class("data"),
                        Components.headerRow([t("alerts.event"), t("alerts.facility"), t("alerts.state"), t("alerts.previous_release"), t("alerts.release"), t("alerts.previous_adp"), t("alerts.adp"), t("alerts.change")]),
                        .tbody(.group(model.events.map(row))))),
                Components.downloads(t("alerts.every_event"), csv: .download(.expansionEvents(.csv)), json: .download(.expansionEvents(.json)))))
    }

    static func row(_ stored: StoredExpansionEvent) -> Node<HTML.TableContext> {
        let e = stored.event
        return .tr(.td(.text(t("alerts.kind.\(e.kind.rawValue)"))),
                   .td(Components.link(.facility(e.facilityKey), e.name), .unwrap(e.facilityCode) { .span(.class("muted small"), .text(" \($0)")) }),
                   Components.textCell(e.state),
                   .td(.text(e.previousAsOf.iso), .unwrap(stored.previousFile) { .span(.class("muted small"), .text(" \($0)")) }),
                   .td(.text(e.asOf.iso), .unwrap(stored.file) { .span(.class("muted small"), .text(" \($0)")) }),
                   Components.numberCell(Format.count(e.previousADP)),
                   Components.numberCell(Format.count(e.adp)),
                   Components.numberCell(Format.signedCount(e.change)))
    }

    static func filterForm(_ scope: AlertScope) -> Node<HTML.BodyContext> {
        func field(_ name: String, _ label: String, _ value: String?, placeholder: String) -> Node<HTML.FormContext> {
            .label(.text(label), .input(.type(.search), .name(name), .value(Escape.attribute(value ?? "")), .placeholder(placeholder)))
        }
        return .form(.class("filters"), .method(.get), .action(SiteURL.alerts().path),
            field("facility", t("alerts.facility_code_or_key"), scope.facility, placeholder: t("alerts.e_g_stwrtga")),
            field("state", t("alerts.state"), scope.state, placeholder: t("alerts.e_g_tx")),
            field("aor", t("alerts.aor"), scope.areaOfResponsibility, placeholder: t("alerts.e_g_hou")),
            field("operator", t("alerts.operator"), scope.operatorName, placeholder: t("alerts.e_g_geo")),
            field("kind", t("alerts.kinds"), scope.kinds.isEmpty ? nil : scope.kinds.map(\.rawValue).sorted().joined(separator: ","),
                  placeholder: t("alerts.new_reopened_surge_guaranteed_minimum_change")),
            .button(.type(.submit), .text(t("alerts.show"))))
    }
}
