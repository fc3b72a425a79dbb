import VigilCore
import VigilStore

/// `/orgs/{slug}/queue`: the organization's detained people ranked by the strength and urgency
/// of their release paths, with the rules of the ranking.
struct ReleaseQueueModel: Sendable {
    var chrome: PageChrome
    var organization: Organization
    var access: CaseAccess
    var entries: [ReleaseQueue.Entry]
    /// Facility names by identifier, for the table.
    var facilityNames: [String: String]
    /// Which TPS designations the paths were screened against, or why TPS was not screened.
    var designationsNote: String
    var asOf: CalendarDate
    /// Cases left out because the person is no longer detained.
    var notDetained: Int
}
