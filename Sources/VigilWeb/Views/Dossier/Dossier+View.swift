import Plot
import VigilCore

/// The closure dossier: a pure function of `DossierModel`, laid out to read well on paper.
/// Every figure is followed by the number of its source; the sources close the document.
enum DossierView {
    /// `stylesheet: .inline` for printing to PDF from a file.
    static func render(_ model: DossierModel, stylesheet: Layout.StylesheetPlacement = .linked) -> HTML {
        Layout.page(
            title: "Closure dossier: \(model.facility.name)",
            description: "\(model.facility.name): operator, population, deaths, inspections and documented conditions, each with its source.",
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
            .p(.class("eyebrow"), .text("Closure dossier")),
            .h1(.id("facility-name"), .text(f.name)),
            .dl(.class("facts"),
                .dt(.text("DETLOC code")), .dd(.text(f.registry?.facility.code ?? "not tied to the registry; workbook key \(f.key.rawValue)")),
                .dt(.text("Address")), .dd(.text(address.isEmpty ? "—" : address)),
                .dt(.text("ICE area of responsibility")), .dd(.text(f.areaOfResponsibility ?? "—")),
                .dt(.text("Facility type")), .dd(.text(f.type ?? "—")),
                .dt(.text("Prepared")), .dd(.text("\(Format.date(model.preparedOn)) with Vigil, from the public records listed at the end"))),
            .p(.class("downloads"),
               Components.link(.dossierPDF(model.identifier), "Download this dossier as PDF"),
               .text(" · "),
               Components.link(.facility(model.identifier), "Facility page"),
               .text(" · "),
               Components.link(.closureRanking(), "Closure ranking")))
    }

    static func summary(_ model: DossierModel) -> Node<HTML.BodyContext> {
        var items: [Node<HTML.ListContext>] = []
        if let latest = model.latest {
            items.append(.li(.text("Held on average \(Format.count(latest.row.averageDailyPopulation)) people a day in \(latest.row.fiscalYear) "),
                             .text("up to \(Format.date(latest.row.release.asOfDate))"), cite(latest.source), .text(".")))
            if let gm = latest.row.guaranteedMinimum, gm > 0 {
                items.append(.li(.text("ICE pays for a guaranteed minimum of \(Format.count(gm)) beds whether or not they are used"),
                                 cite(latest.source), .text(".")))
            }
        }
        if let current = model.operators.first {
            items.append(.li(.text("Operated by \(current.record.operatorName ?? "an operator the source does not name")"),
                             .text(current.record.operatorKind == .unknown ? "" : " (\(current.record.operatorKind.rawValue))"),
                             .text(" according to the most recent operator record, dated \(Format.date(current.record.asOfDate))"),
                             cite(current.source), .text(".")))
        } else {
            items.append(.li(.text("No operator record is held for this facility.")))
        }
        items.append(.li(.text(model.deaths.isEmpty ? "No death in ICE custody in the imported lists is tied to this facility."
                                                    : "\(model.deaths.count) \(model.deaths.count == 1 ? "death" : "deaths") in ICE custody recorded here"),
                         .if(!model.deaths.isEmpty, .group(
                             .text(", the latest on \(model.deaths.last.map { $0.death.date.map(Format.date) ?? String($0.death.year) } ?? "")"),
                             cite(model.deaths.flatMap(\.sources)))),
                         .text("."),
                         .if(model.deathsAwaitingReview > 0,
                             .text(" \(model.deathsAwaitingReview) more \(model.deathsAwaitingReview == 1 ? "report waits" : "reports wait") for review as "
                                   + "likely duplicates of a death already counted, and \(model.deathsAwaitingReview == 1 ? "is" : "are") not counted."))))
        items.append(.li(.text("\(model.inspections.count) distinct \(model.inspections.count == 1 ? "inspection" : "inspections") reported by ICE, "),
                         .text("\(model.adverseInspectionCount) rated failed, deficient, not meeting standards or at risk"),
                         cite(model.inspections.filter { $0.outcome == .adverse }.flatMap(\.sources)), .text(".")))
        let recent = model.recentSegregation
        if !recent.months.isEmpty {
            items.append(.li(.text("\(Format.count(recent.placements)) segregation placements in the \(recent.months.count) newest months ICE published "),
                             .text("(\(recent.months.first!) to \(recent.months.last!))"),
                             cite(model.segregation.filter { recent.months.contains($0.month.month) }.map(\.source)), .text(".")))
        }
        if !model.incidents.isEmpty {
            let byStatus = Dictionary(grouping: model.incidents, by: \.incident.status).mapValues(\.count)
            let parts = IncidentStatus.allCases.reversed().compactMap { status in byStatus[status].map { "\($0) \(status.label.lowercased())" } }
            items.append(.li(.text("\(model.incidents.count) documented \(model.incidents.count == 1 ? "incident" : "incidents"): \(parts.joined(separator: ", "))"),
                             cite(model.incidents.map(\.source)), .text(".")))
        }
        return Components.section(id: "summary", title: "At a glance", .ul(.class("summary"), .group(items)))
    }

    // MARK: Operator and contract

    static func operatorSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "operator", title: "Who runs it, and under what contract",
            .if(model.operators.isEmpty,
                .p(.text("No facility list or cited record names the operator. Add one with "), .code(.text("vigil import operators <csv>")), .text(".")),
                else: Components.scrollBox(.table(.class("data"),
                    Components.headerRow(["As of", "Operator", "Owner", "Contract type", "#Capacity", "#Guaranteed minimum", "Source"]),
                    .tbody(.group(model.operators.map { line in
                        let r = line.record
                        return .tr(.td(.text(Format.date(r.asOfDate))), Components.textCell(r.operatorName), Components.textCell(r.ownerName),
                                   Components.textCell(r.contractType), Components.numberCell(Format.count(r.capacity)),
                                   Components.numberCell(Format.count(r.guaranteedMinimum)), .td(cite(line.source)))
                    }))))),
            .unwrap(model.latest) { latest in
                .p(.text("ICE’s latest workbook lists the facility as type “\(model.facility.type ?? "—")”"),
                   .text(latest.row.guaranteedMinimum.map { " with a guaranteed minimum of \(Format.count($0)) beds" } ?? " with no guaranteed minimum"),
                   cite(latest.source), .text("."))
            })
    }

    // MARK: Population

    static func populationSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "population", title: "Population and the guaranteed minimum",
            .if(model.facility.history.isEmpty,
                .p(.text("No imported detention-statistics release lists this facility.")),
                else: .group(
                    LineChartView.render(FacilityView.historyChart(model.facility)),
                    Components.scrollBox(.table(.class("data"),
                        Components.headerRow(["Fiscal year", "Up to", "#ADP", "#Guaranteed minimum", "#ADP minus minimum", "Source"]),
                        .tbody(.group(model.fiscalYears.map { line in
                            let row = line.row
                            let gap = row.guaranteedMinimum.flatMap { gm in row.averageDailyPopulation.map { $0 - gm } }
                            return .tr(.td(.text(row.fiscalYear.description)), .td(.text(Format.date(row.release.asOfDate))),
                                       Components.numberCell(Format.count(row.averageDailyPopulation)),
                                       Components.numberCell(Format.count(row.guaranteedMinimum)),
                                       Components.numberCell(gap.map(Format.signedCount) ?? "—"), .td(cite(line.source)))
                        })))))),
            .if(!model.daily.isEmpty, .group(
                .h3(.text("Day by day")),
                Components.scrollBox(.table(.class("data"),
                    Components.headerRow(["Series", "Latest day", "#Held that day", "#Mean over the year before", "Source"]),
                    .tbody(.group(model.daily.map { d in
                        .tr(.td(.text(d.label)), .td(.text(Format.date(d.latestDate))), Components.numberCell(Format.count(d.latestPopulation)),
                            Components.numberCell(Format.decimal(d.lastYearMean)), .td(cite(d.source)))
                    })))))))
    }

    // MARK: Deaths and inspections

    static func deathsSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "deaths", title: "Deaths in ICE custody",
            .if(model.deathsAwaitingReview > 0,
                .p(.class("muted small"), .text("Counted: deaths confirmed in the lists. \(model.deathsAwaitingReview) more "),
                   .text("\(model.deathsAwaitingReview == 1 ? "report" : "reports") of the same person a few days apart "),
                   .text("\(model.deathsAwaitingReview == 1 ? "waits" : "wait") for a person to review as a likely duplicate."))),
            .if(model.deaths.isEmpty,
                .p(.text("No death in the imported lists is tied to this facility. Lists that name a facility differently may still hold one: see Vigil’s deaths review.")),
                else: Components.scrollBox(.table(.class("data"),
                    Components.headerRow(["Date", "Name", "Cause as reported", "Operator then", "Source"]),
                    .tbody(.group(model.deaths.map { line in
                        let d = line.death
                        let report = d.sources.lazy.compactMap { $0.url.flatMap(SafeLink.httpURL) }.first
                        return .tr(.td(.text(d.date.map(Format.date) ?? String(d.year))), .td(.text(d.personName)),
                                   Components.textCell(d.cause), Components.textCell(d.operatorName),
                                   .td(cite(line.sources),
                                       .unwrap(report) { url in
                                           .group(.text(" "), .a(.href(Escape.attribute(url)), .attribute(named: "rel", value: "nofollow noopener noreferrer"),
                                                                 .text("death report")))
                                       }))
                    }))))))
    }

    static func inspectionsSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "inspections", title: "Inspections as ICE reported them",
            .p(.class("muted small"), .text("ODO is DHS’s Office of Detention Oversight; Nakamoto is the contractor ICE pays to inspect. "),
               .text("Each inspection is listed once, with the first and the latest workbook that reported it.")),
            .if(model.inspections.isEmpty,
                .p(.text("No inspection is reported for this facility in the imported releases.")),
                else: Components.scrollBox(.table(.class("data"),
                    Components.headerRow(["Date", "By", "Type", "Standard", "Rating", "Source"]),
                    .tbody(.group(model.inspections.map { line in
                        let r = line.record
                        return .tr(.if(line.outcome == .adverse, .class("adverse")),
                                   .td(.text(r.date.map(Format.date) ?? "—")), .td(.text(inspector(r.inspector))),
                                   Components.textCell(r.type), Components.textCell(r.standard),
                                   .td(.text(r.rating ?? "—"), .if(line.outcome == .adverse, .strong(.text(" (adverse)")))),
                                   .td(cite(line.sources)))
                    }))))))
    }

    static func inspector(_ inspector: ReportedInspection.Inspector) -> String {
        switch inspector {
        case .odo: return "ODO"
        case .nakamoto: return "Nakamoto"
        case .unspecified: return "not stated"
        }
    }

    // MARK: Segregation and documented conditions

    static func segregationSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "segregation", title: "Segregation",
            .p(.class("muted small"),
               .text("People who spent one or more days in segregation here in the month, from ICE’s monthly segregation tables "),
               .text("(the newest workbook that publishes each month). ICE publishes these from April 2024 on; "),
               .text("a month missing below was not published or did not list this facility, which is not the same as none.")),
            .if(model.segregation.isEmpty,
                .p(.text("No imported workbook reports segregation placements under this facility’s name.")),
                else: Components.scrollBox(.table(.class("data"),
                    Components.headerRow(["Month", "#People placed", "Name as ICE printed it", "Source"]),
                    .tbody(.group(model.segregation.map { line in
                        .tr(.td(.text(line.month.month)), Components.numberCell(Format.count(line.month.placementCount)),
                            .td(.text(line.month.facilityName)), .td(cite(line.source)))
                    }))))))
    }

    static func incidentsSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        let statuses = Array(IncidentStatus.allCases.reversed())
        return Components.section(id: "conditions", title: "Documented conditions",
            .p(.class("muted small"),
               .text("Incidents recorded by people who document conditions, each with its source and status: "),
               .text("an allegation, corroborated by an independent source, or an official finding. "),
               .text(model.includesInternal ? "Internal records are included and marked; they are not shown to the public."
                                            : "Only records marked public are shown.")),
            .if(model.incidents.isEmpty,
                .p(.text("No documented incident is recorded for this facility.")),
                else: .group(
                    Components.scrollBox(.table(.class("data"),
                        Components.headerRow(["Category"] + statuses.map { "#" + $0.label } + ["#Total"]),
                        .tbody(.group(model.incidentCounts.map { line in
                            .tr(Components.rowHeader(.text(line.category.label)),
                                .group(statuses.map { Components.numberCell(String(line.byStatus[$0] ?? 0)) }),
                                Components.numberCell(String(line.byStatus.values.reduce(0, +))))
                        })))),
                    Components.scrollBox(.table(.class("data"),
                        Components.headerRow(["Date", "Category", "Status", "What was documented", "Source"]),
                        .tbody(.group(model.incidents.map { line in
                            let i = line.incident
                            return .tr(.td(.text(Format.date(i.occurredOn))), .td(.text(i.category.label)),
                                       .td(.text(i.status.label), .if(i.isInternal, .strong(.class("internal"), .text(" Internal")))),
                                       .td(.class("description"), .text(i.description)), .td(cite(line.source)))
                        })))))))
    }

    // MARK: Sources and method

    static func sourcesSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "sources", title: "Sources",
            .ol(.class("sources"), .group(model.sources.map { source in
                .li(.id("source-\(source.number)"), .attribute(named: "value", value: String(source.number)),
                    .strong(.text(source.title)), .text(". "), .text(source.detail),
                    .unwrap(source.url.flatMap(SafeLink.httpURL)) { url in
                        .group(.text(". "), .a(.href(Escape.attribute(url)), .attribute(named: "rel", value: "nofollow noopener noreferrer"), .text(url)))
                    })
            })))
    }

    static func methodSection(_ model: DossierModel) -> Node<HTML.BodyContext> {
        Components.section(id: "method", title: "How to read these figures",
            .p(.strong(.text("Average daily population (ADP) ")),
               .text("is ICE’s own figure: the average number of people held per day from 1 October, the start of the fiscal year, "),
               .text("to the workbook’s as-of date. The fiscal-year table shows the last workbook of each year.")),
            .p(.strong(.text("Guaranteed minimum ")),
               .text("is the number of beds ICE’s contract pays for whether or not they are filled, as the workbook reports it.")),
            .p(.strong(.text("Workbooks ")),
               .text("are archived unchanged; the SHA-256 in each source identifies the exact file. Deaths come from published lists and are "),
               .text("tied to this facility by its registry code; causes are as reported, not Vigil’s finding.")))
    }
}
