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
            methodSection(page),
            trendSection(page),
            .group(PrivateShare.AreaKind.allCases.filter { $0 != .national }.map { areaSection($0, page) }),
            rowsSection(page))
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
                .li(.text("Its operator is the operator record for that code dated on or before the release’s as-of date; if every record is later, the earliest record. "),
                    .text("Records come from ICE’s 2015 list (as of 2015-12-08) and 2017 list (as of 2017-11-06), and from cited operator files.")),
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
                .div(.class("table-scroll"),
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
            .div(.class("table-scroll tall"),
                .table(.id("classified-table"),
                    .caption(.text("Facilities in the release as of \(page.release.asOfDate.iso), largest first")),
                    Components.headerRow(["Facility", "State", "Type", "#ADP", "Code", "Match", "Operator", "Counted as", "Operator source"]),
                    .tbody(.group(page.rows.map { r in
                        .tr(Components.rowHeader(Components.link(.facility(r.key), r.name)),
                            Components.textCell(r.state), Components.textCell(r.type), Components.numberCell(Format.count(r.adp)),
                            .td(r.code.map { Components.link(.facility(FacilityKey(rawValue: $0)), $0) } ?? .text("—")),
                            Components.textCell(r.matchMethod?.rawValue),
                            Components.textCell(r.operatorRecord?.operatorName),
                            .td(.span(.class("badge kind-\(r.kind.rawValue)"), .text(r.kind.rawValue))),
                            .td(.class("small"), .text(r.operatorRecord.map { "\($0.source), as of \($0.asOfDate.iso)" } ?? "—")))
                    })))))
    }
}
