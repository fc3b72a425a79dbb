import Plot
import VigilCore

/// The closure dossier: a pure function of `DossierModel`, laid out to read well on paper.
/// Every figure is followed by the number of its source; the sources close the document.
enum DossierView {
    /// `stylesheet: .inline` for printing to PDF from a file.
    static func render(_ model: DossierModel, stylesheet: Layout.StylesheetPlacement = .linked) -> HTML {
        Layout.page(
            title: t("dossier.page_title", ["name": model.facility.name]),
            description: t("dossier.description", ["name": model.facility.name]),
            chrome: model.chrome, stylesheet: stylesheet,
            heading(model),
            summary(model),
            operatorSection(model),
            populationSection(model),
            deathsSection(model),
            inspectionsSection(model),
            segregationSection(model),
            incidentsSection(model),
            // Expansion stages cite their own sources inline, with the data's licence.
            .unwrap(model.facility.expansion) { ExpansionTimelineView.section($0, facilityName: model.facility.name) },
            sourcesSection(model),
            methodSection(model))
    }

    /// `[3]` linking to the source list; several numbers as `[3, 5]`, in order, each once.
    static func cite(_ numbers: [Int]) -> Node<HTML.BodyContext> {
        let unique = Set(numbers).sorted()
        guard !unique.isEmpty else { return .empty }
        return .element(named: "sup", nodes: [.class("cite"), .text("["),
            .group(unique.enumerated().map { index, number in
                .group(.if(index > 0, .text(", ")), .a(.href("#source-\(number)"), .text(String(number))))
            }), .text("]")])
    }

    static func cite(_ number: Int) -> Node<HTML.BodyContext> { cite([number]) }

    // MARK: Heading and summary

    static func heading(_ model: DossierModel) -> Node<HTML.BodyContext> {
        let f = model.facility
        let address = [f.address, f.city, [f.state, f.zip].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: ", ")
        return .group(
            .p(.class("eyebrow"), .text(t("dossier.closure_dossier"))),
            .h1(.id("facility-name"), .text(f.name)),
            .dl(.class("facts"),
                .dt(.text(t("dossier.detloc_code"))), .dd(.text(f.registry?.facility.code ?? t("dossier.not_tied_to_the_registry", ["key": f.key.rawValue]))),
                .dt(.text(t("dossier.address"))), .dd(.text(address.isEmpty ? "—" : address)),
                .dt(.text(t("dossier.ice_area_of_responsibility"))), .dd(.text(f.areaOfResponsibility ?? "—")),
                .dt(.text(t("dossier.facility_type"))), .dd(.text(f.type ?? "—")),
                .dt(.text(t("dossier.prepared"))), .dd(.text(t("dossier.prepared_on", ["date": Format.date(model.preparedOn)])))),
            .p(.class("downloads"),
               Components.link(.dossierPDF(model.identifier), t("dossier.download_this_dossier_as_pdf")),
               .text(" · "),
               Components.link(.facility(model.identifier), t("dossier.facility_page")),
               .text(" · "),
               Components.link(.closureRanking(), t("dossier.closure_ranking"))))
    }

    static func summary(_ model: DossierModel) -> Node<HTML.BodyContext> {
        var items: [Node<HTML.ListContext>] = []
        if let latest = model.latest {
            items.append(.li(.text(t("dossier.summary_held", ["adp": Format.count(latest.row.averageDailyPopulation), "fiscal_year": latest.row.fiscalYear.description,
                                                   "date": Format.date(latest.row.release.asOfDate)])), cite(latest.source), .text(".")))
            if let gm = latest.row.guaranteedMinimum, gm > 0 {
                items.append(.li(.text(t("dossier.summary_guaranteed_minimum", ["beds": Format.count(gm)])),
                                 cite(latest.source), .text(".")))
            }
        }
        if let current = model.operators.first {
            items.append(.li(.text(t("dossier.summary_operated_by", [
                                 "name": current.record.operatorName ?? t("dossier.an_operator_the_source_does_not_name"),
                                 "kind": current.record.operatorKind == .unknown ? ""
                                     : t("dossier.operator_kind_note", ["kind": current.record.operatorKind.localizedLabel]),
                                 "date": Format.date(current.record.asOfDate)])),
                             cite(current.source), .text(".")))
        } else {
            items.append(.li(.text(t("dossier.no_operator_record_is_held_for"))))
        }
        // The no-death sentence ends with its own full stop; the count sentence takes one after its citation.
        items.append(.li(.text(model.deaths.isEmpty ? t("dossier.no_death_in_ice_custody_in")
                                                    : t("dossier.summary_deaths", count: model.deaths.count)),
                         .if(!model.deaths.isEmpty, .group(
                             .text(t("dossier.summary_latest_death", ["date": model.deaths.last.map { $0.death.date.map(Format.date) ?? String($0.death.year) } ?? ""])),
                             cite(model.deaths.flatMap(\.sources)),
                             .text("."))),
                         .if(model.deathsAwaitingReview > 0,
                             .text(t("dossier.summary_awaiting_review", count: model.deathsAwaitingReview)))))
        items.append(.li(.text(t("dossier.summary_inspections", count: model.inspections.count, ["adverse": Format.count(model.adverseInspectionCount)])),
                         cite(model.inspections.filter { $0.outcome == .adverse }.flatMap(\.sources)), .text(".")))
        let recent = model.recentSegregation
        if !recent.months.isEmpty {
            items.append(.li(.text(t("dossier.summary_segregation", count: recent.months.count,
                                       ["placements": Format.count(recent.placements), "from": recent.months.first!, "to": recent.months.last!])),
                             cite(model.segregation.filter { recent.months.contains($0.month.month) }.map(\.source)), .text(".")))
        }
        if !model.incidents.isEmpty {
            let byStatus = Dictionary(grouping: model.incidents, by: \.incident.status).mapValues(\.count)
            let parts = IncidentStatus.allCases.reversed().compactMap { status in byStatus[status].map { t("dossier.status_count", ["count": Format.count($0), "status": status.localizedLabel.lowercased()]) } }
            items.append(.li(.text(t("dossier.summary_incidents", count: model.incidents.count, ["statuses": parts.joined(separator: ", ")])),
                             cite(model.incidents.map(\.source)), .text(".")))
        }
        return Components.section(id: "summary", title: t("dossier.at_a_glance"), .ul(.class("summary"), .group(items)))
    }

    // MARK: Operator and contract

    static func operatorSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "operator", title: t("dossier.who_runs_it_and_under_what"),
            .if(model.operators.isEmpty,
                .p(.text(t("dossier.no_facility_list_or_cited_record")), .code(.text("vigil import operators <csv>")), .text(".")),
                else: Components.scrollBox(.table(.class("data"),
                    Components.headerRow([t("dossier.as_of"), t("dossier.operator"), t("dossier.owner"), t("dossier.contract_type"), "#" + t("dossier.capacity"), "#" + t("dossier.guaranteed_minimum"), t("dossier.source")]),
                    .tbody(.group(model.operators.map { line in
                        let r = line.record
                        return .tr(.td(.text(Format.date(r.asOfDate))), Components.textCell(r.operatorName), Components.textCell(r.ownerName),
                                   Components.textCell(r.contractType), Components.numberCell(Format.count(r.capacity)),
                                   Components.numberCell(Format.count(r.guaranteedMinimum)), .td(cite(line.source)))
                    }))))),
            .unwrap(model.latest) { latest in
                .p(.text(t("dossier.latest_type", ["type": model.facility.type ?? "—"])),
                   .text(latest.row.guaranteedMinimum.map { t("dossier.with_a_guaranteed_minimum", ["beds": Format.count($0)]) } ?? t("dossier.with_no_guaranteed_minimum")),
                   cite(latest.source), .text("."))
            })
    }

    // MARK: Population

    static func populationSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "population", title: t("dossier.population_and_the_guaranteed_minimum"),
            .if(model.facility.history.isEmpty,
                .p(.text(t("dossier.no_imported_detention_statistics_release_lists"))),
                else: .group(
                    LineChartView.render(FacilityView.historyChart(model.facility)),
                    Components.scrollBox(.table(.class("data"),
                        Components.headerRow([t("dossier.fiscal_year"), t("dossier.up_to"), "#" + t("dossier.adp"), "#" + t("dossier.guaranteed_minimum"), "#" + t("dossier.adp_minus_minimum"), t("dossier.source")]),
                        .tbody(.group(model.fiscalYears.map { line in
                            let row = line.row
                            let gap = row.guaranteedMinimum.flatMap { gm in row.averageDailyPopulation.map { $0 - gm } }
                            return .tr(.td(.text(row.fiscalYear.description)), .td(.text(Format.date(row.release.asOfDate))),
                                       Components.numberCell(Format.count(row.averageDailyPopulation)),
                                       Components.numberCell(Format.count(row.guaranteedMinimum)),
                                       Components.numberCell(gap.map(Format.signedCount) ?? "—"), .td(cite(line.source)))
                        })))))),
            .if(!model.daily.isEmpty, .group(
                .h3(.text(t("dossier.day_by_day"))),
                Components.scrollBox(.table(.class("data"),
                    Components.headerRow([t("dossier.series"), t("dossier.latest_day"), "#" + t("dossier.held_that_day"), "#" + t("dossier.mean_over_the_year_before"), t("dossier.source")]),
                    .tbody(.group(model.daily.map { d in
                        .tr(.td(.text(d.label)), .td(.text(Format.date(d.latestDate))), Components.numberCell(Format.count(d.latestPopulation)),
                            Components.numberCell(Format.decimal(d.lastYearMean)), .td(cite(d.source)))
                    })))))))
    }

    // MARK: Deaths and inspections

    static func deathsSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "deaths", title: t("dossier.deaths_in_ice_custody"),
            .if(model.deathsAwaitingReview > 0,
                .p(.class("muted small"), .text(t("dossier.counted_deaths_awaiting_review", count: model.deathsAwaitingReview)))),
            .if(model.deaths.isEmpty,
                .p(.text(t("dossier.no_death_in_the_imported_lists"))),
                else: Components.scrollBox(.table(.class("data"),
                    Components.headerRow([t("dossier.date"), t("dossier.name"), t("dossier.cause_as_reported"), t("dossier.operator_then"), t("dossier.source")]),
                    .tbody(.group(model.deaths.map { line in
                        let d = line.death
                        let report = d.sources.lazy.compactMap { $0.url.flatMap(SafeLink.httpURL) }.first
                        return .tr(.td(.text(d.date.map(Format.date) ?? String(d.year))), .td(.text(d.personName)),
                                   Components.textCell(d.cause), Components.textCell(d.operatorName),
                                   .td(cite(line.sources),
                                       .unwrap(report) { url in
                                           .group(.text(" "), .a(.href(Escape.attribute(url)), .attribute(named: "rel", value: "nofollow noopener noreferrer"),
                                                                 .text(t("dossier.death_report"))))
                                       }))
                    }))))))
    }

    static func inspectionsSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "inspections", title: t("dossier.inspections_as_ice_reported_them"),
            .p(.class("muted small"), .text(t("dossier.odo_is_dhs_s_office_of")),
               .text(t("dossier.each_inspection_is_listed_once_with"))),
            .if(model.inspections.isEmpty,
                .p(.text(t("dossier.no_inspection_is_reported_for_this"))),
                else: Components.scrollBox(.table(.class("data"),
                    Components.headerRow([t("dossier.date"), t("dossier.by"), t("dossier.type"), t("dossier.standard"), t("dossier.rating"), t("dossier.source")]),
                    .tbody(.group(model.inspections.map { line in
                        let r = line.record
                        return .tr(.if(line.outcome == .adverse, .class("adverse")),
                                   .td(.text(r.date.map(Format.date) ?? "—")), .td(.text(inspector(r.inspector))),
                                   Components.textCell(r.type), Components.textCell(r.standard),
                                   .td(.text(r.rating ?? "—"), .if(line.outcome == .adverse, .strong(.text(t("dossier.adverse"))))),
                                   .td(cite(line.sources)))
                    }))))))
    }

    static func inspector(_ inspector: ReportedInspection.Inspector) -> String {
        switch inspector {
        case .odo: return "ODO"
        case .nakamoto: return "Nakamoto"
        case .unspecified: return t("dossier.not_stated")
        }
    }

    // MARK: Segregation and documented conditions

    static func segregationSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "segregation", title: t("dossier.segregation"),
            .p(.class("muted small"),
               .text(t("dossier.people_who_spent_one_or_more")),
               .text(t("dossier.the_newest_workbook_that_publishes_each")),
               .text(t("dossier.a_month_missing_below_was_not"))),
            .if(model.segregation.isEmpty,
                .p(.text(t("dossier.no_imported_workbook_reports_segregation_placements"))),
                else: Components.scrollBox(.table(.class("data"),
                    Components.headerRow([t("dossier.month"), "#" + t("dossier.people_placed"), t("dossier.name_as_ice_printed_it"), t("dossier.source")]),
                    .tbody(.group(model.segregation.map { line in
                        .tr(.td(.text(line.month.month)), Components.numberCell(Format.count(line.month.placementCount)),
                            .td(.text(line.month.facilityName)), .td(cite(line.source)))
                    }))))))
    }

    static func incidentsSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        let statuses = Array(IncidentStatus.allCases.reversed())
        return Components.section(id: "conditions", title: t("dossier.documented_conditions"),
            .p(.class("muted small"),
               .text(t("dossier.incidents_recorded_by_people_who_document")),
               .text(t("dossier.an_allegation_corroborated_by_an_independent")),
               .text(model.includesInternal ? t("dossier.internal_records_are_included_and_marked")
                                            : t("dossier.only_records_marked_public_are_shown"))),
            .if(model.incidents.isEmpty,
                .p(.text(t("dossier.no_documented_incident_is_recorded_for"))),
                else: .group(
                    Components.scrollBox(.table(.class("data"),
                        Components.headerRow([t("dossier.category")] + statuses.map { "#" + $0.localizedLabel } + ["#" + t("dossier.total")]),
                        .tbody(.group(model.incidentCounts.map { line in
                            .tr(Components.rowHeader(.text(line.category.localizedLabel)),
                                .group(statuses.map { Components.numberCell(String(line.byStatus[$0] ?? 0)) }),
                                Components.numberCell(String(line.byStatus.values.reduce(0, +))))
                        })))),
                    Components.scrollBox(.table(.class("data"),
                        Components.headerRow([t("dossier.date"), t("dossier.category"), t("dossier.status"), t("dossier.what_was_documented"), t("dossier.source")]),
                        .tbody(.group(model.incidents.map { line in
                            let i = line.incident
                            return .tr(.td(.text(Format.date(i.occurredOn))), .td(.text(i.category.localizedLabel)),
                                       .td(.text(i.status.localizedLabel), .if(i.isInternal, .strong(.class("internal"), .text(t("dossier.internal"))))),
                                       .td(.class("description"), .text(i.description), IncidentComponents.demoNote(i)), .td(cite(line.source)))
                        })))))))
    }

    // MARK: Sources and method

    static func sourcesSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "sources", title: t("dossier.sources"),
            .ol(.class("sources"), .group(model.sources.map { source in
                .li(.id("source-\(source.number)"), .attribute(named: "value", value: String(source.number)),
                    .strong(.text(source.title)), .text(". "), .text(source.detail),
                    .unwrap(source.url.flatMap(SafeLink.httpURL)) { url in
                        .group(.text(". "), .a(.href(Escape.attribute(url)), .attribute(named: "rel", value: "nofollow noopener noreferrer"), .text(url)))
                    })
            })))
    }

    static func methodSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "method", title: t("dossier.how_to_read_these_figures"),
            .p(.strong(.text(t("dossier.average_daily_population_adp"))),
               .text(t("dossier.is_ice_s_own_figure_the")),
               .text(t("dossier.to_the_workbook_s_as_of"))),
            .p(.strong(.text(t("dossier.guaranteed_minimum_2"))),
               .text(t("dossier.is_the_number_of_beds_ice"))),
            .p(.strong(.text(t("dossier.workbooks"))),
               .text(t("dossier.are_archived_unchanged_the_sha_256")),
               .text(t("dossier.tied_to_this_facility_by_its"))))
    }
}
