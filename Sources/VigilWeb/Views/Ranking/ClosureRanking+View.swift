import Plot
import VigilCore

/// The closure ranking: a form to change the weights (a GET, so the result is a shareable link),
/// the method in plain words, a chart of the top scores by factor, and the full table.
enum ClosureRankingView {
    static func render(_ model: ClosureRankingModel) -> HTML {
        Layout.page(
            title: "Closure ranking",
            description: "Facilities holding people, ranked for closure by a transparent, adjustable score.",
            chrome: model.chrome,
            .h1(.text("Closure ranking")),
            .p(.class("lede"),
               .text("Every facility holding people in the latest release, ranked by a score you can change. "),
               .text("Each factor is scaled from 0 to 1 by the largest value any facility has, multiplied by its weight, "),
               .text("and the weighted sum is divided by the sum of the weights: 100 would be the worst record on every factor.")),
            model.weightsError.map { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) } ?? .empty,
            weightsForm(model),
            .if(model.ranking.entries.isEmpty,
                .p(.text("No release is imported yet, so there is nothing to rank. Import ICE workbooks with "),
                   .code(.text("vigil import ice-stats <folder>")), .text(".")),
                else: .group(
                    Components.section(id: "chart", title: "Why each facility stands where it does",
                                       StackedBarChartView.render(model.chart)),
                    table(model)))
        )
    }

    static func weightsForm(_ model: ClosureRankingModel) -> Node<HTML.BodyContext> {
        let weights = model.ranking.weights
        return Components.section(id: "weights", title: "Factors and weights",
            .form(.method(.get), .action(SiteURL.closureRanking().path), .class("weights"),
                Components.scrollBox(.table(.class("data"),
                    Components.headerRow(["Factor", "What it counts", "#Largest value", "Weight (0–10)"]),
                    .tbody(.group(ClosureFactor.allCases.map { factor in
                        .tr(Components.rowHeader(.label(.for("w-\(factor.parameterName)"), .text(factor.label))),
                            .td(.text(factor.explanation)),
                            Components.numberCell(ClosureRankingModel.rawText(factor, model.ranking.maxima[factor] ?? 0)),
                            .td(.input(.type(.number), .id("w-\(factor.parameterName)"), .name(factor.parameterName),
                                       .value(ClosureWeights.format(weights[factor])),
                                       .attribute(named: "min", value: "0"), .attribute(named: "max", value: "10"),
                                       .attribute(named: "step", value: "0.5"))))
                    })))),
                .p(.label(.for("w-deaths_since"), .text("Count deaths from the year ")),
                   .input(.type(.number), .id("w-deaths_since"), .name("deaths_since"), .value(String(weights.deathsSince)),
                          .attribute(named: "min", value: "1900"), .attribute(named: "max", value: "2100")),
                   .text(" on. "),
                   .button(.type(.submit), .text("Rank again")),
                   .text(" "),
                   Components.link(.closureRanking(), "Reset to the default weights"))),
            note(model))
    }

    static func note(_ model: ClosureRankingModel) -> Node<HTML.BodyContext> {
        .p(.class("note"),
           .text("The address of this page carries the weights, so a ranking can be shared as a link. "),
           .text(model.includesInternalIncidents
                 ? "You are signed in, so internal incidents count too: a link you share shows others a ranking without them."
                 : "Only public incidents count."),
           .unwrap(model.release) { release in
               .text(" Facilities and populations are from the release of \(Format.date(release.asOfDate)) (\(release.primaryFile.fileName)).")
           },
           .if(model.deathsWithoutFacility > 0, .group(
               .text(" \(model.deathsWithoutFacility) deaths in the window are not yet tied to a registry facility and count for none; see "),
               Components.link(.deaths(), "deaths"),
               .text("."))))
    }

    static func table(_ model: ClosureRankingModel) -> Node<HTML.BodyContext> {
        let factors = ClosureFactor.allCases
        let weights = model.ranking.weights
        return Components.section(id: "ranking", title: "Ranking",
            Components.downloads("the ranking", csv: .download(.closureRanking(weights, .csv)), json: .download(.closureRanking(weights, .json))),
            Components.scrollBox(
                .table(.class("data"),
                    Components.headerRow(["#Rank", "Facility", "Operator", "State", "#Score"] + factors.map { "#" + $0.label }),
                    .tbody(.group(model.ranking.entries.map { entry in
                        let candidate = entry.candidate
                        return .tr(
                            Components.numberCell(String(entry.rank)),
                            Components.rowHeader(.group(
                                Components.link(.facility(FacilityKey(rawValue: candidate.identifier)), candidate.name),
                                .text(" · "),
                                Components.link(.dossier(FacilityKey(rawValue: candidate.identifier)), "dossier", class: "small"))),
                            .td(.text(candidate.operatorName ?? "unknown"),
                                .if(candidate.operatorKind != .unknown, .span(.class("muted"), .text(" (\(candidate.operatorKind.rawValue))")))),
                            Components.textCell(candidate.state),
                            Components.numberCell(Format.decimal(entry.score)),
                            .group(factors.map { factor in
                                .td(.class("num"),
                                    Components.tooltip("adds \(Format.decimal(entry.contributions[factor] ?? 0)) points"),
                                    .text(ClosureRankingModel.rawText(factor, candidate[factor])))
                            }))
                    })))))
    }
}
