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
               .text(t("alerts.what_changed_between_each_ice_release")),
               .strong(.text(t("alerts.new"))), .text(t("alerts.facilities_holding_people_absent_or_empty")),
               .strong(.text(t("alerts.reopened"))), .text(t("alerts.ones_held_people_in_an_earlier")),
               .strong(.text(t("alerts.surges"))), .text(t("alerts.adp_up_at_least_25_and")),
               .strong(.text(t("alerts.guaranteed_minimum_changes"))), .text(t("alerts.computed_on_every_import_never_by"))),
            filterForm(model.scope),
            .p(Components.link(.alertFeed(model.scope), t("alerts.atom_feed_of_these_events"), class: "button-link"), .text(" "),
               model.canSubscribe ? Components.link(.alertSubscriptions, t("alerts.subscribe_by_webhook_or_e_mail"))
                                  : .span(.class("muted small"), .text(t("alerts.sign_in_to_subscribe_by_webhook")))),
            Components.section(id: "events", title: model.scope.isEverything ? "Every event" : "Events for \(model.scope.description)",
                .p(.class("muted small"), .text("\(Format.count(model.events.count)) event\(model.events.count == 1 ? "" : "s"), newest release first"
                                                + (model.events.count >= AlertsModel.rowLimit ? " (the latest \(AlertsModel.rowLimit); the download has all)." : "."))),
                Components.scrollBox(
                    .table(.class("data"),
                        Components.headerRow([t("alerts.event"), t("alerts.facility"), t("alerts.state"), t("alerts.previous_release"), t("alerts.release"), t("alerts.previous_adp"), t("alerts.adp"), t("alerts.change")]),
                        .tbody(.group(model.events.map(row))))),
                Components.downloads(t("alerts.every_event"), csv: .download(.expansionEvents(.csv)), json: .download(.expansionEvents(.json)))))
    }

    static func row(_ stored: StoredExpansionEvent) -> Node<HTML.TableContext> {
        let e = stored.event
        return .tr(.td(.text(e.kind.label)),
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
            field("facility", "Facility (code or key)", scope.facility, placeholder: t("alerts.e_g_stwrtga")),
            field("state", "State", scope.state, placeholder: t("alerts.e_g_tx")),
            field("aor", "AOR", scope.areaOfResponsibility, placeholder: t("alerts.e_g_hou")),
            field("operator", "Operator", scope.operatorName, placeholder: t("alerts.e_g_geo")),
            field("kind", "Kinds", scope.kinds.isEmpty ? nil : scope.kinds.map(\.rawValue).sorted().joined(separator: ","),
                  placeholder: t("alerts.new_reopened_surge_guaranteed_minimum_change")),
            .button(.type(.submit), .text(t("alerts.show"))))
    }
}
