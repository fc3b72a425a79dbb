import VigilCore

/// The form to record or edit a case: blank, as stored, or as the member filled it in with what is wrong.
struct CaseFormModel: Sendable {
    var chrome: PageChrome
    var csrfToken: String
    var organization: Organization
    /// Nil for a new case.
    var caseID: Int?
    var draft: CaseDraft
    var problems: CaseInvalid?
    var today: CalendarDate
}
