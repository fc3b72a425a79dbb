import Plot
import VigilCore
import VigilStore

/// `/incidents`: a pure function of `IncidentsModel`.
enum IncidentsView {
    static func render(_ model: IncidentsModel) -> HTML {
        Layout.page(
            title: "Documented conditions",
            description: "Incidents inside immigration detention facilities, each with its source: abuse, medical neglect, conditions, deaths.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("The case for closing")),
            .h1(.text("Documented conditions")),
            .p(.class("lede"),
               .text("Incidents inside detention facilities as people and organisations documented them: each with its date, "),
               .text("category, how far it is established (alleged, corroborated, or an official finding) and its source.")),
            visibilityNote(model),
            .if(model.canRecord, .p(Components.link(.newIncident(facility: model.query.facility), "Record an incident", class: "button-link"))),
            filterForm(model),
            Components.section(id: "counts", title: "By category",
                model.inEveryCategory.isEmpty ? .p(.text("No incidents match.")) :
                IncidentComponents.categoryCounts(model.inEveryCategory, caption: caption(model)) { .incidents(model.query.with(category: $0)) }),
            Components.section(id: "incidents", title: model.query.isFiltered ? "Incidents matching the filters" : "Every incident",
                .p(.class("muted small"), .text("\(Format.count(model.incidents.count)) incident\(model.incidents.count == 1 ? "" : "s"), newest first.")),
                .div(.class("incident-list"), .group(model.incidents.map { IncidentComponents.card($0, showsFacility: true) })),
                Components.downloads("these incidents", csv: .download(.incidents(.csv, model.query)),
                                     json: .download(.incidents(.json, model.query)))))
    }

    static func visibilityNote(_ model: IncidentsModel) -> Node<HTML.BodyContext> {
        model.includesInternal
            ? .p(.class("note"), .text("You are signed in, so internal incidents are listed too, each marked "),
                 .span(.class("badge badge-warn"), .text("Internal")), .text(". Readers who are not signed in never see them."))
            : .p(.class("muted small"), .text("Public incidents only. Some incidents are kept internal (to protect the people involved); "),
                 .text("they are shown to signed-in members only."))
    }

    static func caption(_ model: IncidentsModel) -> String {
        var parts: [String] = []
        if let facility = model.facility { parts.append("at \(facility.name)") } else if let f = model.query.facility { parts.append("at “\(f)”") }
        if let status = model.query.status { parts.append("with status \(status.label.lowercased())") }
        return "Incidents per category" + (parts.isEmpty ? "" : " " + parts.joined(separator: ", "))
    }

    static func filterForm(_ model: IncidentsModel) -> Node<HTML.BodyContext> {
        func select(_ name: String, _ label: String, all: String, options: [(value: String, label: String)], selected: String?) -> Node<HTML.FormContext> {
            .label(.text(label),
                   .select(.attribute(named: "name", value: name),
                           .element(named: "option", nodes: [.attribute(named: "value", value: "", ignoreIfValueIsEmpty: false), .text(all)]),
                           .group(options.map { option in
                               .element(named: "option", nodes: [
                                   .attribute(named: "value", value: Escape.attribute(option.value)),
                                   option.value == selected ? .attribute(named: "selected") : .empty,
                                   .text(option.label),
                               ])
                           })))
        }
        return .form(.class("filters"), .method(.get), .action(SiteURL.incidents().path),
            .label(.text("Facility (code or key)"),
                   .input(.type(.search), .name("facility"), .value(Escape.attribute(model.query.facility ?? "")), .placeholder("e.g. STWRTGA"))),
            select("category", "Category", all: "All categories", options: IncidentCategory.allCases.map { ($0.rawValue, $0.label) },
                   selected: model.query.category?.rawValue),
            select("status", "Status", all: "Any status", options: IncidentStatus.allCases.map { ($0.rawValue, $0.label) },
                   selected: model.query.status?.rawValue),
            .button(.type(.submit), .text("Show")),
            .if(model.query.isFiltered, .a(.href(SiteURL.incidents().path), .text("Clear the filters"))))
    }
}
