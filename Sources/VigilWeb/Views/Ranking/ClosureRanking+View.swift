import Plot
import VigilCore

/// The closure ranking: a form to change the weights (a GET, so the result is a shareable link),
/// the method in plain words, a chart of the top scores by factor, and the full table.
enum ClosureRankingView {
    static func render(_ model: ClosureRankingModel) -> HTML {
        Layout.page(
            title: t("ranking.closure_ranking"),
            description: t("ranking.facilities_holding_people_ranked_for_closure"),
            chrome: model.chrome,
            .h1(.text(t("ranking.closure_ranking"))),
            .p(.class("lede"),
               .text(t("ranking.every_facility_holding_people_in_the")),
               .text(t("ranking.each_factor_is_scaled_from_0")),
               .text(t("ranking.and_the_weighted_sum_is_divided"))),
            model.weightsError.map { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) } ?? .empty,
            weightsForm(model),
            .if(model.ranking.entries.isEmpty,
                .p(.text(t("ranking.no_release_is_imported_yet_so")),
                   .code(.text("vigil import ice-stats <folder>")), .text(".")),
                else: .group(
                    Components.section(id: "chart", title: t("ranking.why_each_facility_stands_where_it"),
                                       StackedBarChartView.render(model.chart)),
                    table(model)))
        )
    }

    static func weightsForm(_ model: ClosureRankingModel) -> Node<HTML.BodyContext> {
        let weights = model.ranking.weights
        return Components.section(id: "weights", title: t("ranking.factors_and_weights"),
            .form(.method(.get), .action(SiteURL.closureRanking().path), .class("weights"),
                Components.scrollBox(.table(.class("data"),
                    Components.headerRow([t("ranking.factor"), t("ranking.what_it_counts"), "#" + t("ranking.largest_value"), t("ranking.weight_0_10")]),
                    .tbody(.group(ClosureFactor.allCases.map { factor in
                        .tr(Components.rowHeader(.label(.for("w-\(factor.parameterName)"), .text(ClosureRankingModel.label(factor)))),
                            .td(.text(t("ranking.factor.\(factor.rawValue).explanation"))),
                            Components.numberCell(ClosureRankingModel.rawText(factor, model.ranking.maxima[factor] ?? 0)),
                            .td(.input(.type(.number), .id("w-\(factor.parameterName)"), .name(factor.parameterName),
                                       .value(ClosureWeights.format(weights[factor])),
                                       .attribute(named: "min", value: "0"), .attribute(named: "max", value: "10"),
                                       .attribute(named: "step", value: "0.5"))))
                    })))),
                .p(.label(.for("w-deaths_since"), .text(t("ranking.count_deaths_from_the_year"))),
                   .input(.type(.number), .id("w-deaths_since"), .name("deaths_since"), .value(String(weights.deathsSince)),
                          .attribute(named: "min", value: "1900"), .attribute(named: "max", value: "2100")),
                   .text(t("ranking.on")),
                   .button(.type(.submit), .text(t("ranking.rank_again"))),
                   .text(" "),
                   Components.link(.closureRanking(), t("ranking.reset_to_the_default_weights")))),
            note(model))
    }

    static func note(_ model: ClosureRankingModel) -> Node<HTML.BodyContext> {
        .p(.class("note"),
           .text(t("ranking.the_address_of_this_page_carries")),
           .text(model.includesInternalIncidents
                 ? t("ranking.you_are_signed_in_so_internal")
                 : t("ranking.only_public_incidents_count")),
           .unwrap(model.release) { release in
               .text(t("ranking.release_note", ["date": Format.date(release.asOfDate), "file": release.primaryFile.fileName]))
           },
           .if(model.deathsWithoutFacility > 0, .group(
               .text(t("ranking.deaths_without_facility", count: model.deathsWithoutFacility)),
               Components.link(.deaths(), t("ranking.deaths")),
               .text("."))))
    }

    static func table(_ model: ClosureRankingModel) -> Node<HTML.BodyContext> {
        let factors = ClosureFactor.allCases
        let weights = model.ranking.weights
        return Components.section(id: "ranking", title: t("ranking.ranking"),
            Components.downloads(t("ranking.the_ranking"), csv: .download(.closureRanking(weights, .csv)), json: .download(.closureRanking(weights, .json))),
            Components.scrollBox(
                .table(.class("data"),
                    Components.headerRow(["#" + t("ranking.rank"), t("ranking.facility"), t("ranking.operator"), t("ranking.state"), "#" + t("ranking.score")] + factors.map { "#" + ClosureRankingModel.label($0) }),
                    .tbody(.group(model.ranking.entries.map { entry in
                        let candidate = entry.candidate
                        return .tr(
                            Components.numberCell(String(entry.rank)),
                            Components.rowHeader(.group(
                                Components.link(.facility(FacilityKey(rawValue: candidate.identifier)), candidate.name),
                                .text(" · "),
                                Components.link(.dossier(FacilityKey(rawValue: candidate.identifier)), t("ranking.dossier"), class: "small"))),
                            .td(.text(candidate.operatorName ?? t("ranking.unknown")),
                                .if(candidate.operatorKind != .unknown, .span(.class("muted"), .text(" (\(candidate.operatorKind.localizedLabel))")))),
                            Components.textCell(candidate.state),
                            Components.numberCell(Format.decimal(entry.score)),
                            .group(factors.map { factor in
                                .td(.class("num"),
                                    Components.tooltip(t("ranking.adds_points", ["points": Format.decimal(entry.contributions[factor] ?? 0)])),
                                    .text(ClosureRankingModel.rawText(factor, candidate[factor])))
                            }))
                    })))))
    }
}
