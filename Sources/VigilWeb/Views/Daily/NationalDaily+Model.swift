import VigilCore

/// The `/daily` page: each source's national daily midnight population.
struct NationalDailyModel: Sendable {
    var chrome: PageChrome
    /// One midnight series per source, each summed over the facilities that source lists.
    var series: [DailySeries]

    static var coverageNote: String { t("daily.coverage_note") }
}
