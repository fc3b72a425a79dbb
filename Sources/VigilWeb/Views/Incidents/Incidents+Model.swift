import VigilCore
import VigilStore

/// Everything `/incidents` shows: the incidents the reader may see, narrowed by the filters.
struct IncidentsModel: Sendable {
    var chrome: PageChrome
    var query: IncidentListQuery
    /// The rows shown, newest first.
    var incidents: [IncidentRow]
    /// The rows of the chosen facility and status in every category: what the counts table counts.
    var inEveryCategory: [IncidentRow]
    /// The filtered facility, when the filter names one Vigil knows.
    var facility: IncidentFacility?
    /// True when internal incidents are included (the reader is signed in).
    var includesInternal: Bool
    /// True when the reader may record incidents (an editor or admin).
    var canRecord: Bool
}
