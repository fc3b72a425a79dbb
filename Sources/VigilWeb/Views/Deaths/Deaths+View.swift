import Plot
import VigilCore
import VigilStore

/// The deaths page and the deaths section of a facility page: pure functions of their models.
enum DeathsView {
    static func render(_ model: DeathsModel) -> HTML {
        Layout.page(
            title: t("deaths.deaths_in_ice_custody"),
            description: t("deaths.description", count: model.deaths.count),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("deaths.the_case_for_closing"))),
            .h1(.text(t("deaths.deaths_in_ice_custody"))),
            .p(.class("lede"), .text(t("deaths.lede", count: model.deaths.count) + " "),
               .text(t("deaths.names_are_shown_as_the_source"))),
            .unwrap(model.decidedDeath) { id in .p(.class("notice"), .text(t("deaths.decision_recorded", ["id": String(id)]))) },
            .unwrap(model.linkedDeath) { id in .p(.class("notice"), .text(t("deaths.link_recorded", ["id": String(id)]))) },
            yearSection(model), rateSection(model), tableSection(model), duplicatesSection(model), unlinkedSection(model))
    }

    /// Deaths tied to no facility, for everyone to see, with the link forms for editors.
    static func unlinkedSection(_ model: DeathsModel) -> Node<HTML.BodyContext> {
        Components.section(id: "unlinked", title: t("deaths.not_tied"),
            .p(.text(t("deaths.not_tied_explanation"))),
            .if(model.unlinked.isEmpty, .p(.text(t("deaths.every_death_tied"))),
                else: Components.scrollBox(.table(.id("unlinked-deaths"), .caption(.text(t("deaths.not_tied"))),
                    Components.headerRow(["#Id", t("deaths.death"), t("deaths.suggested_code"), model.decisionToken == nil ? t("deaths.status") : t("deaths.link")]),
                    .tbody(.group(model.unlinked.map { d in
                        .tr(Components.numberCell(String(d.id)), .td(.text(describe(d))), Components.textCell(d.suggestedCode),
                            .unwrap(model.decisionToken, { token in linkCell(d, token: token) },
                                    else: .td(.text(d.linkMethod == FacilityMatchMethod.rejected.rawValue ? t("deaths.unlinked_by_a_person") : t("deaths.waiting_for_review")))))
                    }))))),
            .unwrap(model.decisionToken) { token in unlinkForm(token: token) })
    }

    static func linkCell(_ d: DeathRow, token: String) -> Node<HTML.TableRowContext> {
        typealias Field = DeathLinkController.Field
        return .td(.form(.class("review-decision"), .method(.post), .action(SiteURL.deathLinkDecisions.path),
            .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(token))),
            .input(.type(.hidden), .name(Field.death), .value(String(d.id))),
            .input(.type(.hidden), .name(Field.decision), .value(DeathLinkController.Decision.link.rawValue)),
            .label(.text(t("deaths.code") + " "), .input(.type(.text), .name(Field.code), .value(Escape.attribute(d.suggestedCode ?? "")), .attribute(named: "size", value: "9"))),
            .button(.type(.submit), .text(t("deaths.link")))))
    }

    /// A wrong link is removed by the death's id (the id is in the downloads and the API).
    static func unlinkForm(token: String) -> Node<HTML.BodyContext> {
        typealias Field = DeathLinkController.Field
        return .form(.id("unlink-death"), .class("review-decision"), .method(.post), .action(SiteURL.deathLinkDecisions.path),
            .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(token))),
            .input(.type(.hidden), .name(Field.decision), .value(DeathLinkController.Decision.unlink.rawValue)),
            .label(.text(t("deaths.unlink_by_id") + " "), .input(.type(.number), .name(Field.death), .attribute(named: "min", value: "1"))),
            .button(.type(.submit), .text(t("deaths.unlink"))))
    }

    /// Likely duplicates, for everyone to see, with the decision forms for editors.
    static func duplicatesSection(_ model: DeathsModel) -> Node<HTML.BodyContext> {
        Components.section(id: "likely-duplicates", title: t("deaths.likely_duplicates_awaiting_review"),
            .p(.text(t("deaths.the_same_person_reported_in_two")),
               .text(t("deaths.such_a_report_is_not_counted"))),
            .if(model.likelyDuplicates.isEmpty, .p(.text(t("deaths.none_waits_for_review"))),
                else: Components.scrollBox( .table(.id("likely-duplicates-table"), .caption(.text(t("deaths.likely_duplicate_deaths"))),
                    Components.headerRow([t("deaths.report"), t("deaths.likely_the_same_as"), model.decisionToken == nil ? t("deaths.status") : t("deaths.decision")]),
                    .tbody(.group(model.likelyDuplicates.map { pair in
                        .tr(.td(.text(describe(pair.death))), .td(.text(describe(pair.original))),
                            .unwrap(model.decisionToken, { token in decisionCell(pair.death.id, token: token) },
                                    else: .td(.text(t("deaths.waiting_for_review")))))
                    }))))))
    }

    static func describe(_ d: DeathRow) -> String {
        "\(d.personName), \(d.date?.iso ?? String(d.year)), \(d.facilityName)\(d.state.map { ", \($0)" } ?? "") — "
            + d.sources.map { t("deaths.file_row", ["file": $0.fileName, "row": String($0.row)]) }.joined(separator: "; ")
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
        return .td(form(.same, t("deaths.same_death_merge")), form(.different, t("deaths.another_death_count_it")))
    }

    static func yearSection(_ model: DeathsModel) -> Node<HTML.BodyContext> {
        let chart = BarChart(id: "deaths-per-year", title: t("deaths.deaths_in_ice_custody_per_calendar"),
                             description: t("deaths.number_of_deaths_per_calendar_year"),
                             bars: model.perYear.map { .init(label: String($0.year), value: Double($0.deaths), valueText: String($0.deaths)) })
        return Components.section(id: "per-year", title: t("deaths.deaths_per_year_nationally"), BarChartView.render(chart),
                                  Components.downloads(t("deaths.every_death"), csv: .download(.deaths(.csv)), json: .download(.deaths(.json))))
    }

    static func rateSection(_ model: DeathsModel) -> Node<HTML.BodyContext> {
        Components.section(id: "rates", title: t("deaths.deaths_per_100_000_detained_days"),
            .p(.class("method"), .strong(.text(t("deaths.method"))),
               rich("deaths.rate_method", ["command": .code(.text("vigil import national-adp"))])),
            Components.scrollBox(
                .table(.id("death-rates"), .caption(.text(t("deaths.deaths_per_100_000_detained_days_2"))),
                    Components.headerRow([t("deaths.fiscal_year"), t("deaths.through"), "#" + t("deaths.days"), "#" + t("deaths.national_adp"), "#" + t("deaths.deaths"), "#" + t("deaths.per_100_000_detained_days"), t("deaths.adp_from")]),
                    .tbody(.group(model.rates.map { r in
                        .tr(Components.rowHeader(.text(r.fiscalYear.description)), Components.textCell(r.through.iso),
                            Components.numberCell(String(r.days)), Components.numberCell(Format.count(r.averageDailyPopulation)),
                            Components.numberCell(String(r.deaths)), Components.numberCell(Format.decimal(r.ratePer100kDetainedDays, places: 3)),
                            .td(.class("small"), .text(r.adpSource)))
                    })))),
            Components.downloads(t("deaths.rates"), csv: .download(.deathRates(.csv)), json: .download(.deathRates(.json))))
    }

    static func tableSection(_ model: DeathsModel) -> Node<HTML.BodyContext> {
        Components.section(id: "deaths", title: t("deaths.every_death_2"),
            .p(.text((model.newestFirst ? t("deaths.sorted_newest_first") : t("deaths.sorted_oldest_first")) + " "),
               Components.link(.deaths(newestFirst: !model.newestFirst), model.newestFirst ? t("deaths.oldest_first") : t("deaths.newest_first"))),
            Components.scrollBox(tall: true, table(model.deaths, id: "deaths-table")),
            Components.downloads(t("deaths.every_death"), csv: .download(.deaths(.csv)), json: .download(.deaths(.json))))
    }

    static func table(_ deaths: [DeathRow], id: String) -> Node<HTML.BodyContext> {
        .table(.id(id), .caption(.text(t("deaths.deaths_in_ice_custody"))),
            Components.headerRow([t("deaths.date"), t("deaths.name"), t("deaths.facility"), t("deaths.state"), t("deaths.cause_as_reported"), t("deaths.type"), t("deaths.operator"), t("deaths.sources")]),
            .tbody(.group(deaths.map { d in
                .tr(Components.rowHeader(.text(d.date?.iso ?? t("deaths.year_only", ["year": String(d.year)]))),
                    Components.textCell(d.personName),
                    .td(d.facilityCode.map { Components.link(.facility(FacilityKey(rawValue: $0)), d.facilityName) } ?? .text(d.facilityName),
                        .if(d.linkMethod == "doubtful", .span(.class("small"), .text(t("deaths.link_doubtful_awaiting_review")))),
                        .if(d.linkMethod == DeathArchive.sameDeathMethod, .span(.class("small"), .text(" (" + t("deaths.linked_through", ["evidence": d.linkEvidence ?? t("deaths.same_person_in_another_list")]) + ")"))),
                        .if(d.linkMethod == FacilityMatchMethod.manual.rawValue, .span(.class("small"), .text(t("deaths.linked_by_hand"))))),
                    Components.textCell(d.state), Components.textCell(d.cause), Components.textCell(d.facilityType),
                    Components.textCell(d.operatorName),
                    .td(.class("small"), .group(d.sources.map { s in
                        .div(s.url.map { .a(.href(Escape.attribute($0)), .text(t("deaths.file_row", ["file": s.fileName, "row": String(s.row)]))) } ?? .text(t("deaths.file_row", ["file": s.fileName, "row": String(s.row)])),
                             .text(" (\(Format.shortHash(s.sha256)))"))
                    })))
            })))
    }

    /// The deaths section of a facility page.
    static func facilitySection(_ deaths: [DeathRow], key: FacilityKey) -> Node<HTML.BodyContext> {
        Components.section(id: "deaths", title: t("deaths.deaths_in_ice_custody_here"),
            deaths.isEmpty ? .p(.text(t("deaths.no_death_in_the_imported_lists"))) : Components.scrollBox( table(deaths, id: "facility-deaths")),
            Components.downloads(t("deaths.this_facility_s_deaths"), csv: .download(.facilityDeaths(key, .csv)), json: .download(.facilityDeaths(key, .json))))
    }
}
