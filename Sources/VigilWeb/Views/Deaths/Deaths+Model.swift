import VigilCore
import VigilStore

/// Everything the deaths page shows.
struct DeathsModel: Sendable {
    var chrome: PageChrome
    /// In the order shown.
    var deaths: [DeathRow]
    var newestFirst: Bool
    var rates: [DeathRate]

    /// Deaths per calendar year, oldest first.
    var perYear: [(year: Int, deaths: Int)] {
        Dictionary(grouping: deaths, by: \.year).map { (year: $0.key, deaths: $0.value.count) }.sorted { $0.year < $1.year }
    }
}
