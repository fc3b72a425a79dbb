import VigilCore

/// Why a change to a fund was refused. Nothing was stored.
public enum BondFundError: Error, Sendable, Hashable, CustomStringConvertible {
    case notAFund(String)
    case noSuchCase(Int, fund: String)
    case noSuchBond(Int, fund: String)
    case noSuchObligor(Int, fund: String)
    case blank(String)
    case refused(BondStepRefusal)
    case ledger(LedgerRefusal)

    public var description: String {
        switch self {
        case .notAFund(let slug):
            "“\(slug)” is not a bond fund: only an organization of kind bond-fund keeps a ledger (vigil org add SLUG --name NAME --kind bond-fund)."
        case .noSuchCase(let id, let fund): "There is no case \(id) in \(fund): a bond belongs to one of the fund's own cases."
        case .noSuchBond(let id, let fund): "There is no bond \(id) in \(fund) (vigil fund bonds --fund \(fund) lists them)."
        case .noSuchObligor(let id, let fund): "There is no obligor \(id) in \(fund) (vigil fund obligors --fund \(fund) lists them)."
        case .blank(let what): "\(what) is empty."
        case .refused(let refusal): refusal.description
        case .ledger(let refusal): refusal.description
        }
    }
}
