import VigilCore
import VigilStore

/// One incident's page.
struct IncidentModel: Sendable {
    var chrome: PageChrome
    var incident: IncidentRow
    /// The CSRF token for the status form, when the reader is an editor; nil hides the form.
    var editToken: String?
    /// True for signed-in readers: they see who recorded it.
    var showsRecorder: Bool
    /// A confirmation to show, after recording or changing it.
    var confirmation: String?
}
