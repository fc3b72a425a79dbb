import Plot
import VigilCore
import VigilStore

/// `/alerts`: a pure function of `AlertsModel`.
enum AlertsView {
    static func render(_ model: AlertsModel) -> HTML {
        Layout.page(
            title: "Expansion alerts",
            description: "New, reopened and surging detention facilities between ICE's releases, with an Atom feed per state, AOR, operator or facility.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Halt expansion")),
            .h1(.text("Expansion alerts")),
            .p(.class("lede"),
               .text("What changed between each ICE release and the one before it (by as-of date, among the releases Vigil holds): "),
               .strong(.text("new")), .text(" facilities (holding people, absent or empty in the previous release, never holding people before), "),
               .strong(.text("reopened")), .text(" ones (held people in an earlier release), "),
               .strong(.text("surges")), .text(" (ADP up at least 25% and at least 50 people) and "),
               .strong(.text("guaranteed-minimum changes")), .text(". Computed on every import, never by hand.")),
            filterForm(model.scope),
            .p(Components.link(.alertFeed(model.scope), "Atom feed of these events", class: "button-link"), .text(" "),
               model.canSubscribe ? Components.link(.alertSubscriptions, "Subscribe by webhook or e-mail")
                                  : .span(.class("muted small"), .text("Sign in to subscribe by webhook or e-mail."))),
            Components.section(id: "events", title: model.scope.isEverything ? "Every event" : "Events for \(model.scope.description)",
                .p(.class("muted small"), .text("\(Format.count(model.events.count)) event\(model.events.count == 1 ? "" : "s"), newest release first"
                                                + (model.events.count >= AlertsModel.rowLimit ? " (the latest \(AlertsModel.rowLimit); the download has all)." : "."))),
                Components.scrollBox(
                    .table(.class("data"),
                        Components.headerRow(["Event", "Facility", "State", "Previous release", "Release", "Previous ADP", "ADP", "Change"]),
                        .tbody(.group(model.events.map(row))))),
                Components.downloads("every event", csv: .download(.expansionEvents(.csv)), json: .download(.expansionEvents(.json)))))
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
            field("facility", "Facility (code or key)", scope.facility, placeholder: "e.g. STWRTGA"),
            field("state", "State", scope.state, placeholder: "e.g. TX"),
            field("aor", "AOR", scope.areaOfResponsibility, placeholder: "e.g. HOU"),
            field("operator", "Operator", scope.operatorName, placeholder: "e.g. GEO"),
            field("kind", "Kinds", scope.kinds.isEmpty ? nil : scope.kinds.map(\.rawValue).sorted().joined(separator: ","),
                  placeholder: "new,reopened,surge,guaranteed-minimum-change"),
            .button(.type(.submit), .text("Show")))
    }
}
