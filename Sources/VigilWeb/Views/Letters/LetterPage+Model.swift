import VigilCore
import VigilStore

/// `/letters/{id}`: the letter as published (its text, "N organizations" counted from the
/// approved list, the signatories alphabetised, cc) with its fact sheet, and while it is open
/// the sign-on form.
struct LetterPageModel: Sendable {
    var chrome: PageChrome
    var letter: LetterRecord
    /// Approved signatures, counted: the only source of "N organizations".
    var approvedCount: Int
    /// The approved signatories, lead organization first, the rest by sort key.
    var signatories: [SignatureRow]
    var facts: [LetterFact]
    var signOn: SignOnForm?
    /// Set for editors: links to edit and review, and how many signatures wait.
    var editor: EditorTools?
    /// A page printed to PDF: no form, no editor tools.
    var printing = false

    /// The sign-on form's state: blank, or as submitted with what to fix, or the thank-you.
    struct SignOnForm: Sendable {
        var csrfToken: String
        var draft = SignatureDraft()
        var problems: [String: FieldProblemReason] = [:]
        /// A sentence at the top of the form: what happened to the last submission.
        var notice: String?
        /// False when no SMTP server is configured: then nobody can confirm, so nobody can sign.
        var mailAvailable: Bool
    }

    struct EditorTools: Sendable {
        var csrfToken: String
        var awaitingReview: Int
    }
}
