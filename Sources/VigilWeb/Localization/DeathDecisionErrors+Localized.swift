import VigilCore
import VigilStore

// Why an editor's decision on a death changed nothing, as the page says it in its language. The
// English `description`s stay for the command line (`vigil deaths review`), which prints them.

extension DeathArchive.LinkDecisionError {
    var localizedMessage: String {
        switch self {
        case .noSuchDeath(let id): t("error.death.no_such_death", ["id": String(id)])
        case .unknownCode(let code): t("error.death.unknown_code", ["code": code])
        }
    }
}

extension DeathArchive.DuplicateDecisionError {
    var localizedMessage: String {
        switch self {
        case .notAPendingDuplicate(let id): t("error.death.not_a_pending_duplicate", ["id": String(id)])
        }
    }
}
