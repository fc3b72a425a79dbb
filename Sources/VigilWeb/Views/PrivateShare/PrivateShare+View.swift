import Plot
import VigilCore
import VigilStore

/// The private-share page: a pure function of `PrivateShareModel`.
enum PrivateShareView {
    static func render(_ model: PrivateShareModel) -> HTML {
        guard let page = model.content else {
            return Layout.page(title: "Private share", description: "No releases imported yet.", chrome: model.chrome,
                               .h1(.text("Private share")), .p(.text("Import ICE’s workbooks and a facility list first.")))
        }
        let n = page.national
        return Layout.page(
            title: "Who runs detention: private share",
            description: "Share of average daily population in ICE detention held in privately operated facilities, as of \(page.release.asOfDate.iso).",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Operators")),
            .h1(.text("How much of detention is privately run?")),
            .p(.class("lede"),
               .text("The share of average daily population (ADP, fiscal year to date) held in facilities run by private companies, "),
               .text("for the release as of \(Format.date(page.release.asOfDate)). The coalition letter says “over 90%”; here is the arithmetic, row by row.")),
            picker(page),
            .div(.class("stats"),
                 Components.stat(Format.percent(n?.privateShare), "of ADP in privately operated facilities",
                                 note: "unknown operators counted in the denominator"),
                 Components.stat(Format.percent(n?.privateShareOfKnown), "of ADP whose operator is known",
                                 note: "unknown operators left out"),
                 Components.stat(Format.count(n?.unknownADP), "ADP with operator unknown",
                                 note: "\(n?.unknownFacilities ?? 0) facility rows")),
            claimSection(page),
            methodsSection(page),
            methodSection(page),
            trendSection(page),
            perReleaseSection(page),
            .group(PrivateShare.AreaKind.allCases.filter { $0 != .national }.map { areaSection($0, page) }),
            rowsSection(page),
            unmatchedSection(page))
    }

    /// The letter's claim against the newest release: the range unknown operators leave, the
    /// verdict, and the method behind each part of the private ADP.
    static func claimSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        guard let claim = page.claim else { return .empty }
        let s = claim.share
        let verdict: String
        switch claim.verdict {
        case .holds: verdict = "The claim holds: even counting every unknown operator as public, more than 90% of ADP is in privately run facilities."
        case .fails: verdict = "The claim does not hold: even counting every unknown operator as private, the share is 90% or less."
        case .undecided: verdict = "The claim cannot be decided yet: the answer depends on facilities whose operator no method knows."
        }
        return Components.section(id: "claim", title: "The letter’s claim, checked",
            .p(.text("The coalition letter says “\(PrivateShareClaim.wording)”. Checked against the newest release, as of \(Format.date(s.asOfDate)):")),
            .p(.class("claim-verdict verdict-\(claim.verdict.rawValue)"), .strong(.text(verdict))),
            .p(.class("small muted"), .text("The verdict is only as good as the evidence behind each part: a cited record may be years old (see each row’s source and date below), and the inference is not a record."),
               .text(" Add a newer cited record from a facility’s page, or import a newer list, and the check follows.")),
            .dl(.class("facts"),
                .dt(.text("At least (unknown counted as public)")), .dd(.text(Format.percent(claim.lowerBound))),
                .dt(.text("At most (unknown counted as private)")), .dd(.text(Format.percent(claim.upperBound))),
                .dt(.text("Of ADP whose operator is known")), .dd(.text(Format.percent(s.privateShareOfKnown))),
                .dt(.text("At least, leaving the inference out")), .dd(.text(Format.percent(claim.lowerBoundWithoutInference)))),
            Components.scrollBox(
                .table(.id("claim-parts"),
                    .caption(.text("The parts of the newest release’s ADP, and the method behind each")),
                    Components.headerRow(["Part", "#Private ADP", "#Public ADP", "#Share of all ADP"]),
                    .tbody(
                        .group(OperatorEvidenceMethod.allCases.map { m in
                            .tr(Components.rowHeader(.text(m.label + (m.isInference ? " (inference)" : ""))),
                                Components.numberCell(Format.count(s.privateADPByMethod[m] ?? 0)),
                                Components.numberCell(Format.count(s.publicADPByMethod[m] ?? 0)),
                                Components.numberCell(Format.percent(s.totalADP > 0 ? s.adp(decidedBy: m) / s.totalADP : nil)))
                        }),
                        .tr(Components.rowHeader(.text("Operator unknown (no method has evidence)")),
                            Components.numberCell("—"), Components.numberCell("—"),
                            Components.numberCell(Format.percent(s.totalADP > 0 ? s.unknownADP / s.totalADP : nil)))))))
    }

    /// What each method contributes to the selected release, and ICE's definitions behind the type method.
    static func methodsSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        guard let n = page.national else { return .empty }
        return Components.section(id: "methods", title: "What each method contributes (release as of \(page.release.asOfDate.iso))",
            .p(.text("Each facility row takes its operator from the first method, in this order, that has evidence for it. "),
               .text("The first three need the row’s registry code; the last two read the row’s own type and name.")),
            Components.scrollBox(
                .table(.id("method-contributions"),
                    .caption(.text("Private and public ADP by the method that decided the operator")),
                    Components.headerRow(["Method", "Label", "#Private ADP", "#Public ADP", "#Facility rows"]),
                    .tbody(
                        .group(OperatorEvidenceMethod.allCases.map { m in
                            .tr(Components.rowHeader(.text("\(m.priority + 1). \(m.label)")),
                                .td(.code(.text(m.rawValue)), .if(m.isInference, .span(.class("badge"), .text(" inference")))),
                                Components.numberCell(Format.count(n.privateADPByMethod[m] ?? 0)),
                                Components.numberCell(Format.count(n.publicADPByMethod[m] ?? 0)),
                                Components.numberCell(String(page.rows.filter { $0.evidence?.method == m }.count)))
                        }),
                        .tr(Components.rowHeader(.text("Unknown")), .td(.text("no method has evidence")),
                            Components.numberCell("—"), Components.numberCell(Format.count(n.unknownADP)),
                            Components.numberCell(String(n.unknownFacilities)))))),
            .h3(.text("ICE’s facility-type definitions")),
            .p(.text("Only a definition that names the operator decides a row; the others are listed to show why they do not.")),
            .ul(.group(FacilityTypeDefinition.all.map { d in
                .li(.strong(.text(d.type)), .text(": "),
                    .text(d.kind.map { "counted \($0.rawValue) by definition. " } ?? "does not decide the operator. "),
                    .text("“\(d.definition)” "), .span(.class("small muted"), .text("(\(d.source))")))
            })),
            .h3(.text("The local-government inference")),
            .p(.text(LocalGovernmentInference.explanation)),
            .p(.class("small muted"), .text("Contract awards come from a list of federal awards published under CC BY-SA 4.0; figures derived from it keep that licence.")))
    }

    /// Every release: ADP by method, and what is left unknown.
    static func perReleaseSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        Components.section(id: "per-release", title: "Per release: what each method contributes, and the unknown remainder",
            Components.scrollBox(
                .table(.id("per-release-methods"),
                    .caption(.text("ADP decided by each method (private / public), per release, newest first")),
                    Components.headerRow(["Release"] + OperatorEvidenceMethod.allCases.map { "#" + $0.label } + ["#Unknown ADP", "#Unknown share", "#Private share"]),
                    .tbody(.group(page.trend.reversed().map { s in
                        .tr(Components.rowHeader(Components.link(.privateShare(releaseID: page.releases.first { $0.asOfDate == s.asOfDate }?.id), s.asOfDate.iso)),
                            .group(OperatorEvidenceMethod.allCases.map { m in
                                Components.numberCell("\(Format.count(s.privateADPByMethod[m] ?? 0)) / \(Format.count(s.publicADPByMethod[m] ?? 0))")
                            }),
                            Components.numberCell(Format.count(s.unknownADP)),
                            Components.numberCell(Format.percent(s.totalADP > 0 ? s.unknownADP / s.totalADP : nil)),
                            Components.numberCell(Format.percent(s.privateShare)))
                    })))),
            Components.downloads("every release’s shares, with a column per method", csv: .download(.privateShare(.csv)), json: .download(.privateShare(.json))))
    }

    /// Rows of name-and-place lists and awards that no code was tied to with confidence.
    static func unmatchedSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        guard !page.unmatched.isEmpty else { return .empty }
        return Components.section(id: "unmatched", title: "List rows and awards kept for review",
            .p(.text("The registry matcher could not tie these to one facility code with confidence, so they count for nothing until a person decides.")),
            Components.scrollBox(
                .table(.id("unmatched-operator-rows"),
                    .caption(.text("\(page.unmatched.count) rows")),
                    Components.headerRow(["File", "#Row", "Method", "Name", "Place", "Operator", "Why"]),
                    .tbody(.group(page.unmatched.map { u in
                        .tr(Components.rowHeader(.code(.text(u.fileName))), Components.numberCell(String(u.row)),
                            Components.textCell(u.method.rawValue), .td(.class("small"), .text(String(u.name.prefix(160)))),
                            Components.textCell(u.place), Components.textCell(u.operatorName), .td(.class("small"), .text(u.reason)))
                    })))))
    }

    static func picker(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        .form(.class("release-picker"), .method(.get), .action(SiteURL.privateShare().path),
              .label(.for("release"), .text("Release as of")),
              .select(.id("release"), .attribute(named: "name", value: "release"),
                      .group(page.releases.map { option in
                          .element(named: "option", nodes: [
                              .attribute(named: "value", value: String(option.id)),
                              option.id == page.release.id ? .attribute(named: "selected") : .empty,
                              .text("\(option.asOfDate.iso) (\(option.fiscalYear))"),
                          ])
                      })),
              .button(.type(.submit), .text("Show")))
    }

    static func methodSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        Components.section(id: "method", title: "Method",
            .ol(
                .li(.text("Each facility row of the release (file "), .code(.text(page.release.fileName)),
                    .text(") is tied to a DETLOC code in the facility registry by an accepted name match (exact, normalised, fuzzy above the threshold, or a person’s decision). "),
                    Components.link(.facilityReview, "Rows without one"), .text(" count as operator unknown.")),
                .li(.text("Its operator comes from the first method with evidence (see above). A record method uses the record for that code dated on or before the release’s as-of date; if every record is later, the earliest; a record whose operator is blank or unclassifiable is no evidence. "),
                    .text("Records come from ICE’s 2015 list (as of 2015-12-08) and 2017 list (as of 2017-11-06), cited operator files and editors’ cited records, lists by name and place, and contract awards.")),
                .li(.text("The operator is classified private when it names a private company (GEO, CoreCivic/CCA, MTC/M&TC, LaSalle, Akima, AHTNA, CEC, Emerald, ICA, …), "),
                    .text("public when it names a county, city, state or federal body (COUNTY, CITY, STATE, BOP, ICE, USMS, …), and unknown otherwise (blank, OTHER, HOTEL, HOSPITAL, names not on either list).")),
                .li(.text("Private share = private ADP ÷ all ADP. The share of known operators leaves unknown ADP out. "),
                    .text("Note that ICE’s lists record the operator of the facility (who runs it day to day), which may differ from its owner and from the contract holder."))),
            Components.downloads("every release’s shares", csv: .download(.privateShare(.csv)), json: .download(.privateShare(.json))))
    }

    static func trendSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        let points = page.trend.compactMap { s in s.privateShare.map { LineChart.Point(date: s.asOfDate, value: $0 * 100) } }
        let known = page.trend.compactMap { s in s.privateShareOfKnown.map { LineChart.Point(date: s.asOfDate, value: $0 * 100) } }
        let chart = LineChart(id: "private-share-trend", title: "Share of ADP in privately operated facilities, by release",
                              description: "Percent of ADP, one point per release; the dashed line leaves unknown operators out.",
                              series: [.init(name: "Private share of all ADP (%)", points: points),
                                       .init(name: "Private share of ADP with a known operator (%)", points: known)],
                              valueUnit: "percent")
        return Components.section(id: "trend", title: "Over time",
            LineChartView.render(chart),
            Components.downloads("every release’s shares", csv: .download(.privateShare(.csv)), json: .download(.privateShare(.json))))
    }

    static func areaSection(_ kind: PrivateShare.AreaKind, _ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        let title: String
        switch kind {
        case .aor: title = "By area of responsibility"
        case .state: title = "By state"
        case .type: title = "By contract type (ICE’s detailed facility type)"
        case .national: title = "National"
        }
        let shares = page.shares.filter { $0.areaKind == kind }.sorted { ($0.totalADP, $1.area) > ($1.totalADP, $0.area) }
        return Components.section(id: "by-\(kind.rawValue)", title: title,
            .details(.attribute(named: "open", value: kind == .type ? "open" : ""),
                .summary(.text("\(shares.count) groups")),
                Components.scrollBox(
                    .table(.caption(.text("\(title), as of \(page.release.asOfDate.iso)")),
                        Components.headerRow(["Group", "#Private ADP", "#Public ADP", "#Unknown ADP", "#Private share", "#Of known"]),
                        .tbody(.group(shares.map { s in
                            .tr(Components.rowHeader(.text(s.area)), Components.numberCell(Format.count(s.privateADP)),
                                Components.numberCell(Format.count(s.publicADP)), Components.numberCell(Format.count(s.unknownADP)),
                                Components.numberCell(Format.percent(s.privateShare)), Components.numberCell(Format.percent(s.privateShareOfKnown)))
                        }))))),
            Components.downloads("every release’s shares", csv: .download(.privateShare(.csv)), json: .download(.privateShare(.json))))
    }

    static func rowsSection(_ page: PrivateShareModel.Content) -> Node<HTML.BodyContext> {
        Components.section(id: "facilities", title: "Every facility row and how it was counted",
            Components.scrollBox(tall: true,
                .table(.id("classified-table"),
                    .caption(.text("Facilities in the release as of \(page.release.asOfDate.iso), largest first")),
                    Components.headerRow(["Facility", "State", "Type", "#ADP", "Code", "Match", "Operator", "Counted as", "Method", "Operator source"]),
                    .tbody(.group(page.rows.map { r in
                        .tr(Components.rowHeader(Components.link(.facility(r.key), r.name)),
                            Components.textCell(r.state), Components.textCell(r.type), Components.numberCell(Format.count(r.adp)),
                            .td(r.code.map { Components.link(.facility(FacilityKey(rawValue: $0)), $0) } ?? .text("—")),
                            Components.textCell(r.matchMethod?.rawValue),
                            Components.textCell(r.operatorRecord?.operatorName),
                            .td(.span(.class("badge kind-\(r.kind.rawValue)"), .text(r.kind.rawValue))),
                            Components.textCell(r.evidence.map { $0.method.rawValue + ($0.method.isInference ? " (inference)" : "") }),
                            .td(.class("small"), .text(r.evidence?.source ?? "—")))
                    })))))
    }
}
