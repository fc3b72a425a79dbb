import VigilCore
import VigilStore

/// The form to add a cited operator record for one registry facility.
struct OperatorFormModel: Sendable {
    var chrome: PageChrome
    /// The token the form posts back; `CSRFMiddleware` checks it.
    var csrfToken: String
    /// The page key the form was opened from (a code or a workbook key).
    var key: FacilityKey
    var facility: RegistryFacility
    /// What the fields hold: the editor's input, kept when it is refused.
    var draft: OperatorRecordDraft
    /// Why the last attempt was refused, field by field.
    var problems: [OperatorRecordDraft.Problem]

    func problem(_ field: OperatorRecordDraft.Field) -> OperatorRecordDraft.Problem? { problems.first { $0.field == field } }
}
