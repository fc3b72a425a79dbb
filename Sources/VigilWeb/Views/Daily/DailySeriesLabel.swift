import VigilCore

/// How a daily series names its source and definition on pages, in charts and in the API (which is
/// always drawn in English).
enum DailySeriesLabel {
    static func source(_ kind: PopulationSourceKind) -> String {
        switch kind {
        case .personLevelStays: t("daily.source_vigil")
        case .uwchrHeadcount: t("daily.source_uwchr")
        case .ddpDailyPopulation: "Deportation Data Project"
        }
    }

    /// `UWCHR`, `DDP`, `Vigil`: for table headers where space is short.
    static func shortSource(_ kind: PopulationSourceKind) -> String {
        switch kind {
        case .personLevelStays: "Vigil"
        case .uwchrHeadcount: "UWCHR"
        case .ddpDailyPopulation: "DDP"
        }
    }

    static func definition(_ definition: PopulationDefinition) -> String {
        switch definition {
        case .midnight: t("daily.definition_midnight")
        case .allDay: t("daily.definition_all_day")
        }
    }

    static func shortDefinition(_ definition: PopulationDefinition) -> String {
        definition == .midnight ? t("daily.midnight_short") : t("daily.24_hour")
    }

    /// `UWCHR headcount · midnight`: what a legend and a tooltip say.
    static func series(_ s: DailySeries) -> String {
        "\(source(s.source)) · \(shortDefinition(s.definition))"
    }

    /// One colour per source; the 24-hour definition is drawn dashed in the same colour.
    static func style(_ kind: PopulationSourceKind) -> Int {
        switch kind {
        case .personLevelStays: 2
        case .uwchrHeadcount: 3
        case .ddpDailyPopulation: 4
        }
    }
}
