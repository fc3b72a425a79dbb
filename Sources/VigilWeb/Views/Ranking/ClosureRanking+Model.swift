import VigilCore
import VigilStore

/// The closure ranking page: the weights in force, what each factor counts, and every facility
/// holding people with its score broken down by factor.
struct ClosureRankingModel: Sendable {
    var chrome: PageChrome
    var ranking: ClosureRanking
    /// The release whose facilities are ranked; nil when nothing is imported.
    var release: ReleaseSummary?
    /// Deaths in the window that no registry facility could be tied to, so count for no one.
    var deathsWithoutFacility: Int
    /// True when internal incidents count too (a signed-in viewer).
    var includesInternalIncidents: Bool
    /// A weight the query string gave that could not be read.
    var weightsError: String?

    /// The chart's top rows: the score made of its parts.
    var chart: StackedBarChart {
        let factors = ClosureFactor.allCases
        return StackedBarChart(
            id: "ranking-chart", title: t("ranking.closure_score_by_factor_top_25"),
            description: t("ranking.each_bar_is_a_facility_s"),
            legend: factors.map(Self.label),
            bars: ranking.entries.prefix(25).map { entry in
                .init(label: entry.candidate.name,
                      parts: factors.enumerated().map { .init(series: $0.offset, value: entry.contributions[$0.element] ?? 0) },
                      valueText: Format.decimal(entry.score))
            })
    }

    /// A factor's name on the page; `ClosureFactor.label` stays English for the API.
    static func label(_ factor: ClosureFactor) -> String {
        t("ranking.factor.\(factor.rawValue).label")
    }

    /// How a raw value reads in the table.
    static func rawText(_ factor: ClosureFactor, _ value: Double) -> String {
        switch factor {
        case .privateOperator: return value > 0 ? t("ranking.yes") : t("ranking.no")
        case .population, .guaranteedMinimum: return Format.count(value)
        default: return Format.count(Int(value.rounded()))
        }
    }
}
