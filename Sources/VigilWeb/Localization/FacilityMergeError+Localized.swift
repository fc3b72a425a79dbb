import VigilCore
import VigilStore

// Why a "same facility as" decision changed nothing, as the review page says it in its language.
// The English `description` stays for `vigil facilities merge`, whose flags it names.

extension FacilityMerges.MergeError {
    var localizedMessage: String {
        switch self {
        case .unknownCode(let code): t("error.merge.unknown_code", ["code": code])
        case .sameCode(let code): t("error.merge.same_code", ["code": code])
        case .alreadyMerged(let old, let new): t("error.merge.already_merged", ["old": old, "new": new])
        case .mergedAway(let code, let new): t("error.merge.merged_away", ["code": code, "new": new])
        case .notMerged(let code): t("error.merge.not_merged", ["code": code])
        }
    }
}
