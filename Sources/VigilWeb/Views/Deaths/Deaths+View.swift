import Plot
import VigilCore
import VigilStore

/// The deaths page and the deaths section of a facility page: pure functions of their models.
enum DeathsView {
    static func render(_ model: DeathsModel) -> HTML {
        Layout.page(
            title: "Deaths in ICE custody",
            description: "\(model.deaths.count) deaths in ICE custody, from ICE's death reports and Detention Watch Network's list.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("The case for closing")),
            .h1(.text("Deaths in ICE custody")),
            .p(.class("lede"), .text("\(model.deaths.count) \(model.deaths.count == 1 ? "person" : "people") died in ICE custody in the lists imported here. "),
               .text("Names are shown as the source lists give them; every death names the lists, files (SHA-256) and rows that report it.")),
            .unwrap(model.decidedDeath) { id in .p(.class("notice"), .text("Decision on death \(id) recorded.")) },
            .unwrap(model.linkedDeath) { id in .p(.class("notice"), .text("Facility link of death \(id) recorded; later imports keep it.")) },
            yearSection(model), rateSection(model), tableSection(model), duplicatesSection(model), unlinkedSection(model))
    }

    /// Deaths tied to no facility, for everyone to see, with the link forms for editors.
    static func unlinkedSection(_ model: DeathsModel) -> Node<HTML.BodyContext> {
        Components.section(id: "unlinked", title: "Deaths not tied to a facility",
            .p(.text("The matcher ties each death to a registry facility by the names its lists give, or through another list’s report of the same person. "),
               .text("These it could not tie with confidence; a person may link one by hand, or unlink a wrong link. Later imports keep what a person decided.")),
            .if(model.unlinked.isEmpty, .p(.text("Every death is tied to a facility.")),
                else: Components.scrollBox(.table(.id("unlinked-deaths"), .caption(.text("Deaths not tied to a facility")),
                    Components.headerRow(["#Id", "Death", "Suggested code", model.decisionToken == nil ? "Status" : "Link"]),
                    .tbody(.group(model.unlinked.map { d in
                        .tr(Components.numberCell(String(d.id)), .td(.text(describe(d))), Components.textCell(d.suggestedCode),
                            .unwrap(model.decisionToken, { token in linkCell(d, token: token) },
                                    else: .td(.text(d.linkMethod == FacilityMatchMethod.rejected.rawValue ? "Unlinked by a person" : "Waiting for review"))))
                    }))))),
            .unwrap(model.decisionToken) { token in unlinkForm(token: token) })
    }

    static func linkCell(_ d: DeathRow, token: String) -> Node<HTML.TableRowContext> {
        typealias Field = DeathLinkController.Field
        return .td(.form(.class("review-decision"), .method(.post), .action(SiteURL.deathLinkDecisions.path),
            .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(token))),
            .input(.type(.hidden), .name(Field.death), .value(String(d.id))),
            .input(.type(.hidden), .name(Field.decision), .value(DeathLinkController.Decision.link.rawValue)),
            .label(.text("Code "), .input(.type(.text), .name(Field.code), .value(Escape.attribute(d.suggestedCode ?? "")), .attribute(named: "size", value: "9"))),
            .button(.type(.submit), .text("Link"))))
    }

    /// A wrong link is removed by the death's id (the id is in the downloads and the API).
    static func unlinkForm(token: String) -> Node<HTML.BodyContext> {
        typealias Field = DeathLinkController.Field
        return .form(.id("unlink-death"), .class("review-decision"), .method(.post), .action(SiteURL.deathLinkDecisions.path),
            .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(token))),
            .input(.type(.hidden), .name(Field.decision), .value(DeathLinkController.Decision.unlink.rawValue)),
            .label(.text("Unlink the death with id "), .input(.type(.number), .name(Field.death), .attribute(named: "min", value: "1"))),
            .button(.type(.submit), .text("Unlink")))
    }

    /// Likely duplicates, for everyone to see, with the decision forms for editors.
    static func duplicatesSection(_ model: DeathsModel) -> Node<HTML.BodyContext> {
        Components.section(id: "likely-duplicates", title: "Likely duplicates awaiting review",
            .p(.text("The same person reported in two lists a few days apart is probably one death with one date wrong. "),
               .text("Such a report is not counted above until a person decides whether it is the same death.")),
            .if(model.likelyDuplicates.isEmpty, .p(.text("None waits for review.")),
                else: Components.scrollBox( .table(.id("likely-duplicates-table"), .caption(.text("Likely duplicate deaths")),
                    Components.headerRow(["Report", "Likely the same as", model.decisionToken == nil ? "Status" : "Decision"]),
                    .tbody(.group(model.likelyDuplicates.map { pair in
                        .tr(.td(.text(describe(pair.death))), .td(.text(describe(pair.original))),
                            .unwrap(model.decisionToken, { token in decisionCell(pair.death.id, token: token) },
                                    else: .td(.text("Waiting for review"))))
                    }))))))
    }

    static func describe(_ d: DeathRow) -> String {
        "\(d.personName), \(d.date?.iso ?? String(d.year)), \(d.facilityName)\(d.state.map { ", \($0)" } ?? "") — "
            + d.sources.map { "\($0.fileName) row \($0.row)" }.joined(separator: "; ")
    }

    static func decisionCell(_ id: Int, token: String) -> Node<HTML.TableRowContext> {
        typealias Field = DeathDuplicateController.Field
        func form(_ decision: DeathDuplicateController.Decision, _ label: String) -> Node<HTML.BodyContext> {
            .form(.class("review-decision"), .method(.post), .action(SiteURL.deathDuplicateDecisions.path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(token))),
                  .input(.type(.hidden), .name(Field.death), .value(String(id))),
                  .input(.type(.hidden), .name(Field.decision), .value(decision.rawValue)),
                  .button(.type(.submit), .text(label)))
        }
        return .td(form(.same, "Same death: merge"), form(.different, "Another death: count it"))
    }

    static func yearSection(_ model: DeathsModel) -> Node<HTML.BodyContext> {
        let chart = BarChart(id: "deaths-per-year", title: "Deaths in ICE custody per calendar year",
                             description: "Number of deaths per calendar year, nationally.",
                             bars: model.perYear.map { .init(label: String($0.year), value: Double($0.deaths), valueText: String($0.deaths)) })
        return Components.section(id: "per-year", title: "Deaths per year, nationally", BarChartView.render(chart),
                                  Components.downloads("every death", csv: .download(.deaths(.csv)), json: .download(.deaths(.json))))
    }

    static func rateSection(_ model: DeathsModel) -> Node<HTML.BodyContext> {
        Components.section(id: "rates", title: "Deaths per 100,000 detained-days, by fiscal year",
            .p(.class("method"), .strong(.text("Method. ")),
               .text("Rate = deaths ÷ (ADP × days in year) × 100,000. ADP is the national average daily population, fiscal year to date, "),
               .text("from the latest imported ICE detention statistics release of each fiscal year; days run from 1 October to that release’s as-of date "),
               .text("(30 September for a complete year), and only deaths dated in those days count. Deaths known only by year (DWN’s list) are left out. "),
               .text("A year no imported release covers uses an imported national series for the whole year ("),
               .code(.text("vigil import national-adp")), .text("), named in the last column; years with neither have no rate, "),
               .text("nor do years before the first or after the last death the imported lists record, which the lists do not cover.")),
            Components.scrollBox(
                .table(.id("death-rates"), .caption(.text("Deaths per 100,000 detained-days")),
                    Components.headerRow(["Fiscal year", "Through", "#Days", "#National ADP", "#Deaths", "#Per 100,000 detained-days", "ADP from"]),
                    .tbody(.group(model.rates.map { r in
                        .tr(Components.rowHeader(.text(r.fiscalYear.description)), Components.textCell(r.through.iso),
                            Components.numberCell(String(r.days)), Components.numberCell(Format.count(r.averageDailyPopulation)),
                            Components.numberCell(String(r.deaths)), Components.numberCell(Format.decimal(r.ratePer100kDetainedDays, places: 3)),
                            .td(.class("small"), .text(r.adpSource)))
                    })))),
            Components.downloads("rates", csv: .download(.deathRates(.csv)), json: .download(.deathRates(.json))))
    }

    static func tableSection(_ model: DeathsModel) -> Node<HTML.BodyContext> {
        Components.section(id: "deaths", title: "Every death",
            .p(.text("Sorted by date, \(model.newestFirst ? "newest" : "oldest") first. "),
               Components.link(.deaths(newestFirst: !model.newestFirst), model.newestFirst ? "Oldest first" : "Newest first")),
            Components.scrollBox(tall: true, table(model.deaths, id: "deaths-table")),
            Components.downloads("every death", csv: .download(.deaths(.csv)), json: .download(.deaths(.json))))
    }

    static func table(_ deaths: [DeathRow], id: String) -> Node<HTML.BodyContext> {
        .table(.id(id), .caption(.text("Deaths in ICE custody")),
            Components.headerRow(["Date", "Name", "Facility", "State", "Cause (as reported)", "Type", "Operator", "Sources"]),
            .tbody(.group(deaths.map { d in
                .tr(Components.rowHeader(.text(d.date?.iso ?? "\(d.year) (year only)")),
                    Components.textCell(d.personName),
                    .td(d.facilityCode.map { Components.link(.facility(FacilityKey(rawValue: $0)), d.facilityName) } ?? .text(d.facilityName),
                        .if(d.linkMethod == "doubtful", .span(.class("small"), .text(" (link doubtful, awaiting review)"))),
                        .if(d.linkMethod == DeathArchive.sameDeathMethod, .span(.class("small"), .text(" (linked through the \(d.linkEvidence ?? "same person in another list"))"))),
                        .if(d.linkMethod == FacilityMatchMethod.manual.rawValue, .span(.class("small"), .text(" (linked by hand)")))),
                    Components.textCell(d.state), Components.textCell(d.cause), Components.textCell(d.facilityType),
                    Components.textCell(d.operatorName),
                    .td(.class("small"), .group(d.sources.map { s in
                        .div(s.url.map { .a(.href(Escape.attribute($0)), .text("\(s.fileName) row \(s.row)")) } ?? .text("\(s.fileName) row \(s.row)"),
                             .text(" (\(Format.shortHash(s.sha256)))"))
                    })))
            })))
    }

    /// The deaths section of a facility page.
    static func facilitySection(_ deaths: [DeathRow], key: FacilityKey) -> Node<HTML.BodyContext> {
        Components.section(id: "deaths", title: "Deaths in ICE custody here",
            deaths.isEmpty ? .p(.text("No death in the imported lists is tied to this facility.")) : Components.scrollBox( table(deaths, id: "facility-deaths")),
            Components.downloads("this facility’s deaths", csv: .download(.facilityDeaths(key, .csv)), json: .download(.facilityDeaths(key, .json))))
    }
}
