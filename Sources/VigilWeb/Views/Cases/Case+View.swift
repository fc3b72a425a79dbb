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
            title: "\(file.name) · case \(id)",
            description: "A case of \(model.organization.name).",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Case \(id) · "), Components.link(.organization(slug: slug), model.organization.name)),
            .h1(.text(file.name)),
            .if(model.stored.synthetic, .p(.class("synthetic-banner"), .attribute(named: "role", value: "note"),
                                          .strong(.text("Synthetic case: ")), .text("an invented person from the demo, not a real case."))),
            .if(model.access == .breakGlass, .p(.class("form-problem"), .attribute(named: "role", value: "note"),
                                                .text("Break-glass access: this read is recorded in the audit log."))),
            .p(.if(model.access.mayChangeCases, .group(Components.link(.editCase(slug: slug, id: id), "Edit the case"), .text(" · "))),
               Components.link(.releaseQueue(slug: slug), "Release queue")),
            .section(.id("person"),
                .h2(.text("Person")),
                facts([
                    ("A-number", file.aNumber.description),
                    ("Date of birth", "\(Format.date(file.birthDate)) (age \(file.age(on: model.today)))"),
                    ("Country of citizenship", file.citizenship),
                    ("Languages", file.languages.isEmpty ? "—" : file.languages.joined(separator: ", ")),
                    ("Held at", model.stored.facilityName.map { "\($0) (\(file.facility))" } ?? file.facility),
                    ("Detained since", "\(Format.date(file.detainedOn)) (\(file.daysDetained(asOf: model.today)) days)"),
                    ("Custody status", file.custodyStatus.label),
                ])),
            .section(.id("immigration-case"),
                .h2(.text("Immigration case")),
                facts([
                    ("Entered the U.S.", file.entryDate.map(Format.date) ?? "—"),
                    ("Manner of entry", file.entryManner ?? "—"),
                    ("Continuously present since", file.continuouslyPresentSince.map(Format.date) ?? "—"),
                    ("Immigration court", file.court ?? "—"),
                    ("Next hearing", file.nextHearing.map(Format.date) ?? "—"),
                    ("Prior bond", file.priorBondCents.map { DollarAmount.format(cents: $0) } ?? "—"),
                    ("Counsel", file.counsel ?? "—"),
                    ("Arriving (INA 235(b))", file.arriving ? "yes" : "no"),
                    ("Final order of removal", file.finalOrder ? "yes" : "no"),
                    ("Criminal record", file.criminal.isEmpty ? "none recorded" : file.criminal.map(\.rawValue).joined(separator: ", ")),
                ])),
            .section(.id("sponsor"),
                .h2(.text("Sponsor")),
                file.sponsor.isEmpty ? .p(.text("No sponsor recorded yet.")) :
                facts([("Name", file.sponsor.name ?? "—"), ("Relation", file.sponsor.relation ?? "—"),
                       ("Address", file.sponsor.address ?? "—"), ("Status", file.sponsor.status ?? "—")])),
            .section(.id("health"),
                .h2(.text("Health and vulnerability")),
                facts(healthFacts(file, today: model.today)),
                .h3(.text("Evidence documents")),
                file.evidence.isEmpty ? .p(.text("No documents listed.")) :
                Components.scrollBox(.table(.class("data-table"),
                    Components.headerRow(["Fact", "Document", "Date", "In the file"]),
                    .tbody(.group(file.evidence.map { document in
                        .tr(.class(document.status == .kept ? "evidence-kept" : "evidence-missing"),
                            Components.textCell(document.fact), Components.textCell(document.title),
                            Components.textCell(document.date.map(Format.date)),
                            Components.textCell(document.status == .kept ? "kept" : "missing"))
                    })))),
                .h3(.text("Medical notes")),
                .p(.class("case-notes"), .text(file.medicalNotes ?? "—")),
                .h3(.text("Notes")),
                .p(.class("case-notes"), .text(file.notes ?? "—"))),
            .section(.id("release-paths"),
                .h2(.text("Release paths as of \(Format.date(model.today))")),
                .p(.class("muted small"), .text("From Vigil's release screener: public criteria with their sources. Not legal advice: a representative decides.")),
                .p(.class("muted small"), .text(model.designationsNote)),
                ScreeningTable.render(model.paths)),
            .section(.id("facility-record"),
                .h2(.text("The facility's record")),
                .unwrap(model.facilityRecord, { record in
                    facts([("Deaths in custody", String(record.deaths)), ("Failed inspections", String(record.failedInspections)),
                           ("Segregation placements (latest 12 months)", String(record.segregationPlacements))])
                }, else: .p(.text("Vigil has no figures for this facility in its latest release.")))),
            .section(.id("checklist"),
                .h2(.text("Evidence to gather")),
                model.checklist.isEmpty ? .p(.text("Nothing listed as missing.")) :
                .ul(.class("checklist"), .group(model.checklist.map { .li(.text($0)) }))),
            .section(.id("drafts"),
                .h2(.text("Drafts")),
                .p(.text("Each draft is filled from this case and its release paths, for a representative to review and edit. Not legal advice.")),
                .ul(.group(DraftKind.allCases.map { kind in
                    .li(.text(DraftText.title(kind, .english) + ": "),
                        Components.link(.caseDraft(slug: slug, id: id, kind, .english), "English"), .text(" ("),
                        Components.link(.caseDraftPDF(slug: slug, id: id, kind, .english), "PDF"), .text(") · "),
                        Components.link(.caseDraft(slug: slug, id: id, kind, .spanish), "Español"), .text(" ("),
                        Components.link(.caseDraftPDF(slug: slug, id: id, kind, .spanish), "PDF"), .text(")"))
                }))),
            .section(.id("custody-history"),
                .h2(.text("Custody history")),
                Components.scrollBox(.table(.class("data-table"),
                    Components.headerRow(["Date", "Event", "Facility", "Amount", "Note", "Recorded by"]),
                    .tbody(.group(model.stored.events.map { stored in
                        .tr(.class("custody-event"),
                            Components.textCell(Format.date(stored.event.date)), Components.textCell(stored.event.kind.label),
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

    static func healthFacts(_ file: CaseFile, today: CalendarDate) -> [(String, String)] {
        [
            ("Pregnant", file.pregnant ? "yes" : "no"),
            ("Gave birth on", file.postpartumSince.map(Format.date) ?? "—"),
            ("Nursing", file.nursing ? "yes" : "no"),
            ("Chronic conditions", file.conditions.isEmpty ? "none recorded" : file.conditions.joined(separator: ", ")),
            ("Serious mental disorder", file.seriousMentalDisorder ? "yes" : "no"),
            ("Disability", file.disability ? "yes" : "no"),
        ]
    }

    static func eventForm(_ model: CaseModel) -> Node<HTML.BodyContext> {
        .form(.class("event-form"), .method(.post), .action(SiteURL.caseEvents(slug: model.organization.slug, id: model.stored.id).path),
              .h3(.text("Record a custody event")),
              .unwrap(model.eventProblem) { .p(.class("form-problem"), .attribute(named: "role", value: "alert"), .text("Nothing was recorded: " + $0)) },
              .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
              .div(.class("form-field"), .label(.for("event-kind"), .text("Event")),
                   .select(.id("event-kind"), .attribute(named: "name", value: "kind"),
                           .group(CustodyEvent.Kind.allCases.map { kind in
                               .element(named: "option", nodes: [.attribute(named: "value", value: kind.rawValue), .text(kind.label)])
                           }))),
              .div(.class("form-field"), .label(.for("event-date"), .text("Date")),
                   .input(.type(.date), .id("event-date"), .name("date"), .required(true), .attribute(named: "max", value: model.today.iso))),
              .div(.class("form-field"), .label(.for("event-facility"), .text("Facility (registry code; for detained and transferred)")),
                   .input(.type(.text), .id("event-facility"), .name("facility"))),
              .div(.class("form-field"), .label(.for("event-amount"), .text("Amount in dollars (for bond set)")),
                   .input(.type(.text), .id("event-amount"), .name("amount"))),
              .div(.class("form-field"), .label(.for("event-note"), .text("Note")),
                   .input(.type(.text), .id("event-note"), .name("note"))),
              .button(.type(.submit), .text("Record the event")))
    }
}
