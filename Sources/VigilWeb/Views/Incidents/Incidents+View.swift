import Plot
import VigilCore
import VigilStore

/// `/incidents`: a pure function of `IncidentsModel`.
enum IncidentsView {
    static func render(_ model: IncidentsModel) -> HTML {
        Layout.page(
            title: t("incidents.documented_conditions"),
            description: t("incidents.incidents_inside_immigration_detention_facilities_each"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("incidents.the_case_for_closing"))),
            .h1(.text(t("incidents.documented_conditions"))),
            .p(.class("lede"),
               .text(t("incidents.incidents_inside_detention_facilities_as_people")),
               .text(t("incidents.category_how_far_it_is_established"))),
            visibilityNote(model),
            .if(model.canRecord, .p(Components.link(.newIncident(facility: model.query.facility), t("incidents.record_an_incident"), class: "button-link"))),
            filterForm(model),
            Components.section(id: "counts", title: t("incidents.by_category"),
                model.inEveryCategory.isEmpty ? .p(.text(t("incidents.no_incidents_match"))) :
                IncidentComponents.categoryCounts(model.inEveryCategory, caption: caption(model)) { .incidents(model.query.with(category: $0)) }),
            Components.section(id: "incidents", title: model.query.isFiltered ? t("incidents.matching_the_filters") : t("incidents.every_incident"),
                .p(.class("muted small"), .text(t("incidents.count_newest_first", count: model.incidents.count))),
                .div(.class("incident-list"), .group(model.incidents.map { IncidentComponents.card($0, showsFacility: true) })),
                Components.downloads(t("incidents.these_incidents"), csv: .download(.incidents(.csv, model.query)),
                                     json: .download(.incidents(.json, model.query)))))
    }

    static func visibilityNote(_ model: IncidentsModel) -> Node<HTML.BodyContext> {
        model.includesInternal
            ? .p(.class("note"), .text(t("incidents.you_are_signed_in_so_internal")),
                 .span(.class("badge badge-warn"), .text(t("incidents.internal"))), .text(t("incidents.readers_who_are_not_signed_in")))
            : .p(.class("muted small"), .text(t("incidents.public_incidents_only_some_incidents_are")),
                 .text(t("incidents.they_are_shown_to_signed_in")))
    }

    static func caption(_ model: IncidentsModel) -> String {
        var parts: [String] = []
        if let facility = model.facility { parts.append(t("incidents.caption_at", ["facility": facility.name])) }
        else if let f = model.query.facility { parts.append(t("incidents.caption_at_quoted", ["facility": f])) }
        if let status = model.query.status { parts.append(t("incidents.caption_status", ["status": status.localizedLabel.lowercased()])) }
        return t("incidents.per_category") + (parts.isEmpty ? "" : " " + parts.joined(separator: ", "))
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
            .label(.text(t("incidents.facility_code_or_key")),
                   .input(.type(.search), .name("facility"), .value(Escape.attribute(model.query.facility ?? "")), .placeholder(t("incidents.e_g_stwrtga")))),
            select("category", t("incidents.category"), all: t("incidents.all_categories"), options: IncidentCategory.allCases.map { ($0.rawValue, $0.localizedLabel) },
                   selected: model.query.category?.rawValue),
            select("status", t("incidents.status"), all: t("incidents.any_status"), options: IncidentStatus.allCases.map { ($0.rawValue, $0.localizedLabel) },
                   selected: model.query.status?.rawValue),
            .button(.type(.submit), .text(t("incidents.show"))),
            .if(model.query.isFiltered, .a(.href(SiteURL.incidents().path), .text(t("incidents.clear_the_filters")))))
    }
}
