import Plot
import VigilCore
import VigilStore

/// `/orgs/{slug}/cases/{id}`: a pure function of `CaseModel`.
enum CaseView {
    static func render(_ model: CaseModel) -> HTML {
        let file = model.stored.file
        let slug = model.organization.slug
        let id = model.stored.id
        return Layout.page(
            title: t("cases.page_title", ["name": file.name, "id": String(id)]),
            description: t("cases.a_case_of", ["organization": model.organization.name]),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("cases.case_number", ["id": String(id)])), Components.link(.organization(slug: slug), model.organization.name)),
            .h1(.text(file.name)),
            .if(model.stored.synthetic, .p(.class("synthetic-banner"), .attribute(named: "role", value: "note"),
                                          .strong(.text(t("cases.synthetic_case"))), .text(t("cases.an_invented_person_from_the_demo")))),
            .if(model.access == .breakGlass, .p(.class("form-problem"), .attribute(named: "role", value: "note"),
                                                .text(t("cases.break_glass_access_this_read_is")))),
            .p(.if(model.access.mayChangeCases, .group(Components.link(.editCase(slug: slug, id: id), t("cases.edit_the_case")), .text(" · "))),
               Components.link(.releaseQueue(slug: slug), t("cases.release_queue"))),
            .section(.id("person"),
                .h2(.text(t("cases.person"))),
                facts([
                    (t("cases.field.a_number"), file.aNumber.description),
                    (t("cases.field.birth_date"), t("cases.birth_and_age", ["date": Format.date(file.birthDate), "age": String(file.age(on: model.today))])),
                    (t("cases.field.citizenship"), file.citizenship),
                    (t("cases.field.languages"), file.languages.isEmpty ? "—" : file.languages.joined(separator: ", ")),
                    (t("cases.held_at"), model.stored.facilityName.map { "\($0) (\(file.facility))" } ?? file.facility),
                    (t("cases.detained_since"), t("cases.date_and_days", count: file.daysDetained(asOf: model.today), ["date": Format.date(file.detainedOn)])),
                    (t("cases.field.custody_status"), t("cases.custody_status.\(file.custodyStatus.rawValue)")),
                ])),
            .section(.id("immigration-case"),
                .h2(.text(t("cases.immigration_case"))),
                facts([
                    (t("cases.entered_the_us"), file.entryDate.map(Format.date) ?? "—"),
                    (t("cases.field.entry_manner"), file.entryManner ?? "—"),
                    (t("cases.continuously_present_since"), file.continuouslyPresentSince.map(Format.date) ?? "—"),
                    (t("cases.field.court"), file.court ?? "—"),
                    (t("cases.field.next_hearing"), file.nextHearing.map(Format.date) ?? "—"),
                    (t("cases.prior_bond"), file.priorBondCents.map { DollarAmount.format(cents: $0) } ?? "—"),
                    (t("cases.field.counsel"), file.counsel ?? "—"),
                    (t("cases.arriving_ina"), yesNo(file.arriving)),
                    (t("cases.field.final_order"), yesNo(file.finalOrder)),
                    (t("cases.criminal_record"), file.criminal.isEmpty ? t("cases.none_recorded") : file.criminal.map { t("cases.criminal_entry." + $0.rawValue) }.joined(separator: ", ")),
                ])),
            .section(.id("sponsor"),
                .h2(.text(t("cases.sponsor"))),
                file.sponsor.isEmpty ? .p(.text(t("cases.no_sponsor_recorded_yet"))) :
                facts([(t("cases.sponsor_name"), file.sponsor.name ?? "—"), (t("cases.sponsor_relation"), file.sponsor.relation ?? "—"),
                       (t("cases.sponsor_address"), file.sponsor.address ?? "—"), (t("cases.status"), file.sponsor.status ?? "—")])),
            .section(.id("health"),
                .h2(.text(t("cases.health_and_vulnerability"))),
                facts(healthFacts(file, today: model.today)),
                .h3(.text(t("cases.evidence_documents"))),
                file.evidence.isEmpty ? .p(.text(t("cases.no_documents_listed"))) :
                Components.scrollBox(.table(.class("data-table"),
                    Components.headerRow([t("cases.fact"), t("cases.document"), t("cases.date"), t("cases.in_the_file")]),
                    .tbody(.group(file.evidence.map { document in
                        .tr(.class(document.status == .kept ? "evidence-kept" : "evidence-missing"),
                            Components.textCell(document.fact), Components.textCell(document.title),
                            Components.textCell(document.date.map(Format.date)),
                            Components.textCell(document.status == .kept ? t("cases.kept") : t("cases.missing")))
                    })))),
                .h3(.text(t("cases.medical_notes"))),
                .p(.class("case-notes"), .text(file.medicalNotes ?? "—")),
                .h3(.text(t("cases.notes"))),
                .p(.class("case-notes"), .text(file.notes ?? "—"))),
            .section(.id("release-paths"),
                .h2(.text(t("cases.release_paths_as_of", ["date": Format.date(model.today)]))),
                .p(.class("muted small"), .text(t("cases.from_vigil_s_release_screener_public"))),
                .p(.class("muted small"), .text(model.designationsNote)),
                ScreeningTable.render(model.paths)),
            .section(.id("facility-record"),
                .h2(.text(t("cases.the_facility_s_record"))),
                .unwrap(model.facilityRecord, { record in
                    facts([(t("cases.deaths_in_custody"), Format.count(record.deaths)), (t("cases.failed_inspections"), Format.count(record.failedInspections)),
                           (t("cases.segregation_placements"), Format.count(record.segregationPlacements))])
                }, else: .p(.text(t("cases.vigil_has_no_figures_for_this"))))),
            .section(.id("checklist"),
                .h2(.text(t("cases.evidence_to_gather"))),
                model.checklist.isEmpty ? .p(.text(t("cases.nothing_listed_as_missing"))) :
                .ul(.class("checklist"), .group(model.checklist.map { .li(.text($0.localized)) }))),
            .section(.id("drafts"),
                .h2(.text(t("cases.drafts"))),
                .p(.text(t("cases.each_draft_is_filled_from_this"))),
                .ul(.group(DraftKind.allCases.map { kind in
                    .li(.text(DraftText.title(kind, SiteLanguage.current == .spanish ? .spanish : .english) + ": "),
                        Components.link(.caseDraft(slug: slug, id: id, kind, .english), t("cases.english")), .text(" ("),
                        Components.link(.caseDraftPDF(slug: slug, id: id, kind, .english), t("cases.pdf")), .text(") · "),
                        Components.link(.caseDraft(slug: slug, id: id, kind, .spanish), t("cases.espa_ol")), .text(" ("),
                        Components.link(.caseDraftPDF(slug: slug, id: id, kind, .spanish), t("cases.pdf")), .text(")"))
                }))),
            .section(.id("custody-history"),
                .h2(.text(t("cases.custody_history"))),
                Components.scrollBox(.table(.class("data-table"),
                    Components.headerRow([t("cases.date"), t("cases.event"), t("cases.facility"), t("cases.amount"), t("cases.note"), t("cases.recorded_by")]),
                    .tbody(.group(model.stored.events.map { stored in
                        .tr(.class("custody-event"),
                            Components.textCell(Format.date(stored.event.date)), Components.textCell(t("cases.event_kind.\(stored.event.kind.rawValue)")),
                            Components.textCell(stored.facilityName ?? stored.event.facility),
                            Components.textCell(stored.event.amountCents.map { DollarAmount.format(cents: $0) }),
                            Components.textCell(stored.event.note), Components.textCell(stored.recordedBy))
                    })))),
                .if(model.access.mayChangeCases, eventForm(model))))
    }

    static func facts(_ rows: [(String, String)]) -> Node<HTML.BodyContext> {
        .element(named: "dl", nodes: [.class("facts"), .group(rows.map { row in
            .group(.element(named: "dt", text: row.0), .element(named: "dd", text: row.1))
        })])
    }

    static func yesNo(_ value: Bool) -> String { value ? t("cases.yes") : t("cases.no") }

    static func healthFacts(_ file: CaseFile, today: CalendarDate) -> [(String, String)] {
        [
            (t("cases.field.pregnant"), yesNo(file.pregnant)),
            (t("cases.gave_birth_on"), file.postpartumSince.map(Format.date) ?? "—"),
            (t("cases.field.nursing"), yesNo(file.nursing)),
            (t("cases.chronic_conditions"), file.conditions.isEmpty ? t("cases.none_recorded") : file.conditions.joined(separator: ", ")),
            (t("cases.serious_mental_disorder"), yesNo(file.seriousMentalDisorder)),
            (t("cases.disability"), yesNo(file.disability)),
        ]
    }

    static func eventForm(_ model: CaseModel) -> Node<HTML.BodyContext> {
        .form(.class("event-form"), .method(.post), .action(SiteURL.caseEvents(slug: model.organization.slug, id: model.stored.id).path),
              .h3(.text(t("cases.record_a_custody_event"))),
              .unwrap(model.eventProblem) { .p(.class("form-problem"), .attribute(named: "role", value: "alert"), .text(t("cases.nothing_was_recorded") + $0.problems.map(\.localizedText).joined(separator: " "))) },
              .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
              .div(.class("form-field"), .label(.for("event-kind"), .text(t("cases.event"))),
                   .select(.id("event-kind"), .attribute(named: "name", value: "kind"),
                           .group(CustodyEvent.Kind.allCases.map { kind in
                               .element(named: "option", nodes: [.attribute(named: "value", value: kind.rawValue), .text(t("cases.event_kind.\(kind.rawValue)"))])
                           }))),
              .div(.class("form-field"), .label(.for("event-date"), .text(t("cases.date"))),
                   .input(.type(.date), .id("event-date"), .name("date"), .required(true), .attribute(named: "max", value: model.today.iso))),
              .div(.class("form-field"), .label(.for("event-facility"), .text(t("cases.facility_registry_code_for_detained_and"))),
                   .input(.type(.text), .id("event-facility"), .name("facility"))),
              .div(.class("form-field"), .label(.for("event-amount"), .text(t("cases.amount_in_dollars_for_bond_set"))),
                   .input(.type(.text), .id("event-amount"), .name("amount"))),
              .div(.class("form-field"), .label(.for("event-note"), .text(t("cases.note"))),
                   .input(.type(.text), .id("event-note"), .name("note"))),
              .button(.type(.submit), .text(t("cases.record_the_event"))))
    }
}
