import VigilCore
import VigilStore

/// The form to record an incident: blank, or as the editor filled it in, with what is wrong.
struct IncidentFormModel: Sendable {
    var chrome: PageChrome
    /// The token the form posts back; `CSRFMiddleware` checks it.
    var csrfToken: String
    /// What the fields hold: the editor's input, kept when it is refused.
    var draft: IncidentDraft
    /// Why the last attempt was refused, field by field.
    var problems: IncidentInvalid?
    /// The facility the form is for, when the draft names one Vigil knows.
    var facility: IncidentFacility?
    /// The latest date accepted (the date input's `max`).
    var today: CalendarDate
}
