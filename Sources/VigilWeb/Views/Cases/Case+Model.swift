import VigilCore
import VigilStore

/// One case's page: the record, its release paths as of today, the facility's record, the
/// evidence still to gather, the drafts, and the custody history with the form to add to it.
struct CaseModel: Sendable {
    var chrome: PageChrome
    var csrfToken: String
    var organization: Organization
    var access: CaseAccess
    var stored: StoredCase
    var paths: [ScreeningPath]
    /// Which TPS designations the paths were screened against, or why TPS was not screened.
    var designationsNote: String
    var facilityRecord: FacilityRecord?
    var checklist: [CatalogueText]
    var today: CalendarDate
    /// Why the last custody event was refused.
    var eventProblem: CustodyEventInvalid?
}
