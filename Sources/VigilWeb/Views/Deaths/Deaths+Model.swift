import VigilCore
import VigilStore

/// Everything the deaths page shows.
struct DeathsModel: Sendable {
    var chrome: PageChrome
    /// In the order shown.
    var deaths: [DeathRow]
    var newestFirst: Bool
    var rates: [DeathRate]
    /// The same person in two lists a few days apart: not counted until a person decides.
    var likelyDuplicates: [LikelyDuplicateDeath] = []
    /// The death whose duplicate decision was just recorded, for the confirmation line.
    var decidedDeath: Int? = nil
    /// Counted deaths tied to no facility: unlinked, doubtful, or unlinked by a person.
    var unlinked: [DeathRow] = []
    /// The death whose facility link a person just set or removed, for the confirmation line.
    var linkedDeath: Int? = nil

    /// The token the decision forms carry, when the reader may decide (editor or admin).
    var decisionToken: String? {
        guard let viewer = chrome.viewer, viewer.role.includes(.editor) else { return nil }
        return viewer.csrfToken
    }

    /// Deaths per calendar year, oldest first.
    var perYear: [(year: Int, deaths: Int)] {
        Dictionary(grouping: deaths, by: \.year).map { (year: $0.key, deaths: $0.value.count) }.sorted { $0.year < $1.year }
    }
}
