import VigilCore
import VigilStore

// Why a signature decision changed nothing, as the page says it in its language. The English
// `description` stays for the command line, which prints the same refusals.

extension SignatureArchive.Refusal {
    var localizedMessage: String {
        switch self {
        case .noSuchLetter(let id): t("letters.error.no_letter_id", ["id": String(id)])
        case .notOpen(_, let status): t("letters.refusal.not_open", ["status": LetterPageView.status(status).lowercased()])
        case .noSuchSignature(let id): t("letters.refusal.no_such_signature", ["id": String(id)])
        case .cannotDecide(let id, let status, let decision):
            switch decision {
            case .approve: t("letters.refusal.cannot_approve", Self.values(id, status))
            case .reject: t("letters.refusal.cannot_reject", Self.values(id, status))
            case .merge: t("letters.refusal.cannot_merge", Self.values(id, status))
            }
        case .notAMergeTarget(let id, _, let target): t("letters.refusal.not_a_merge_target", ["id": String(id), "target": String(target)])
        }
    }

    /// The signature's number and its status in the page's words, lower-cased to sit inside a sentence.
    private static func values(_ id: Int, _ status: SignatureStatus) -> [String: String] {
        ["id": String(id), "status": LetterPageView.status(status).lowercased()]
    }
}
