import Plot
import VigilCore
import VigilStore

/// The "Documented conditions" section of a facility's page: counts by category, then every
/// incident with its source, and for editors a link to record one.
enum FacilityIncidentsView {
    static func section(_ model: FacilityIncidentsModel) -> Node<HTML.BodyContext> {
        Components.section(id: "incidents", title: "Documented conditions",
            .p(.class("muted small"),
               .text(model.includesInternal
                     ? "Incidents documented here, internal ones included (you are signed in; they are marked Internal). "
                     : "Public incidents documented here. "),
               .text("Each names its source; its status says whether it is alleged, corroborated or an official finding.")),
            .if(model.canRecord, .p(Components.link(.newIncident(facility: model.facility), "Add an incident", class: "button-link"))),
            model.incidents.isEmpty
                ? .p(.text("No documented incident is recorded for this facility."))
                : .group(
                    IncidentComponents.categoryCounts(model.incidents, caption: "Incidents per category") {
                        .incidents(IncidentListQuery(facility: model.facility, category: $0))
                    },
                    .div(.class("incident-list"), .group(model.incidents.map { IncidentComponents.card($0, showsFacility: false) }))),
            Components.downloads("this facility’s incidents",
                                 csv: .download(.incidents(.csv, IncidentListQuery(facility: model.facility))),
                                 json: .download(.incidents(.json, IncidentListQuery(facility: model.facility)))))
    }
}
