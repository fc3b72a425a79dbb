import Plot
import VigilCore
import VigilStore

/// `/incidents/{id}`: a pure function of `IncidentModel`.
enum IncidentView {
    /// The form fields of `POST /incidents/{id}/status`.
    enum Field {
        static let status = IncidentField.status.rawValue
        static let visibility = IncidentField.visibility.rawValue
    }

    static func render(_ model: IncidentModel) -> HTML {
        let row = model.incident
        let facility = SiteURL.facility(FacilityKey(rawValue: row.facilityKey))
        return Layout.page(
            title: t("incidents.page_title", ["category": row.category.localizedLabel, "facility": row.facilityName, "date": row.occurredOn.iso]),
            description: t("incidents.page_description", ["facility": row.facilityName, "category": row.category.localizedLabel.lowercased(), "status": row.status.localizedLabel.lowercased()]),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("incidents.documented_incident"))),
            .h1(.text(t("incidents.heading", ["category": row.category.localizedLabel, "facility": row.facilityName]))),
            .unwrap(model.confirmation) { .p(.class("note"), .attribute(named: "role", value: "status"), .text($0)) },
            .p(IncidentComponents.statusBadge(row.status), .text(" "), IncidentComponents.visibilityBadge(row)),
            .dl(.class("facts"),
                .dt(.text(t("incidents.date"))), .dd(.text(Format.date(row.occurredOn))),
                .dt(.text(t("incidents.facility"))), .dd(Components.link(facility, row.facilityName), .text(" "), .code(.text(row.facilityKey))),
                .dt(.text(t("incidents.category"))), .dd(.text(row.category.localizedLabel)),
                .dt(.text(t("incidents.status"))), .dd(.text(row.status.localizedLabel)),
                .dt(.text(t("incidents.visibility"))), .dd(.text(row.isInternal ? t("incidents.internal_shown_only_to_signed_in") : t("incidents.public"))),
                .if(model.showsRecorder, .group(.dt(.text(t("incidents.recorded_by"))), .dd(.text(row.recordedBy)))),
                .dt(.text(t("incidents.recorded"))), .dd(.text(Format.timestamp(row.recordedAt))),
                .if(row.updatedAt != row.recordedAt, .group(.dt(.text(t("incidents.last_changed"))), .dd(.text(Format.timestamp(row.updatedAt)))))),
            Components.section(id: "account", title: t("incidents.what_happened"),
                .p(.class("incident-description"), .text(row.description), IncidentComponents.demoNote(row)),
                IncidentComponents.source(row)),
            .unwrap(model.editToken) { statusForm(row, token: $0) },
            .p(Components.link(facility, t("incidents.back_to", ["facility": row.facilityName])), .text(" · "),
               Components.link(.incidents(IncidentListQuery(facility: row.facilityKey)), t("incidents.every_incident_at_this_facility"))))
    }

    /// The editor's form to change status and visibility.
    static func statusForm(_ row: IncidentRow, token: String) -> Node<HTML.BodyContext> {
        Components.section(id: "change-status", title: t("incidents.change_status_or_visibility"),
            .form(.class("incident-status"), .method(.post), .action(SiteURL.incidentStatus(id: row.id).path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(token))),
                  .label(.text(t("incidents.status_2")),
                         .select(.attribute(named: "name", value: Field.status),
                                 .group(IncidentStatus.allCases.map { status in
                                     .element(named: "option", nodes: [.attribute(named: "value", value: status.rawValue),
                                                                       status == row.status ? .attribute(named: "selected") : .empty,
                                                                       .text(status.localizedLabel)])
                                 }))),
                  .fieldset(.element(named: "legend", text: t("incidents.visibility")),
                            .group(IncidentVisibility.allCases.map { visibility in
                                .label(.input(.type(.radio), .name(Field.visibility), .value(visibility.rawValue),
                                              .checked(visibility == row.visibility)),
                                       .text(" " + IncidentFormView.visibilityLabel(visibility)))
                            })),
                  .button(.type(.submit), .text(t("incidents.save")))))
    }
}
