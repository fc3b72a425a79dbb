import VigilCore

/// The `/daily` page: each source's national daily midnight population.
struct NationalDailyModel: Sendable {
    var chrome: PageChrome
    /// One midnight series per source, each summed over the facilities that source lists.
    var series: [DailySeries]

    static let coverageNote = "Sources cover different facilities and periods: each line sums only the facilities "
        + "its own file lists, over the days that file covers. A gap between lines is not a change in detention."
}
