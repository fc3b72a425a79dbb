import Plot
import VigilCore
import VigilStore

/// The "Documented conditions" section of a facility's page: counts by category, then every
/// incident with its source, and for editors a link to record one.
enum FacilityIncidentsView {
    static func section(_ model: FacilityIncidentsModel) -> Node<HTML.BodyContext> {
        Components.section(id: "incidents", title: t("facility.documented_conditions"),
            .p(.class("muted small"),
               .text(model.includesInternal
                     ? t("facility.incidents_documented_here_internal_ones_included")
                     : t("facility.public_incidents_documented_here")),
               .text(t("facility.each_names_its_source_its_status"))),
            .if(model.canRecord, .p(Components.link(.newIncident(facility: model.facility), t("facility.add_an_incident"), class: "button-link"))),
            model.incidents.isEmpty
                ? .p(.text(t("facility.no_documented_incident_is_recorded_for")))
                : .group(
                    IncidentComponents.categoryCounts(model.incidents, caption: t("facility.incidents_per_category")) {
                        .incidents(IncidentListQuery(facility: model.facility, category: $0))
                    },
                    .div(.class("incident-list"), .group(model.incidents.map { IncidentComponents.card($0, showsFacility: false) }))),
            Components.downloads(t("facility.this_facility_s_incidents"),
                                 csv: .download(.incidents(.csv, IncidentListQuery(facility: model.facility))),
                                 json: .download(.incidents(.json, IncidentListQuery(facility: model.facility)))))
    }
}
