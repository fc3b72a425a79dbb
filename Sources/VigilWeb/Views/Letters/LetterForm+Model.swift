import VigilCore

/// `/letters/new` and `/letters/{id}/edit`: the letter's fields, blank or as stored or as the
/// editor submitted them, with what is wrong.
struct LetterFormModel: Sendable {
    var chrome: PageChrome
    var csrfToken: String
    /// nil for a new letter.
    var letterID: Int?
    var version: Int?
    var fields: LetterFormFields
    var problems: [String: FieldProblemReason] = [:]
    /// Live signatures of earlier versions: a material change will flag them.
    var signaturesAtRisk: Int = 0
}
