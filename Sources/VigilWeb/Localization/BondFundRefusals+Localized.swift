import VigilCore
import VigilStore

// Why a fund's form changed nothing, as the page says it in its language. The English
// `description`s stay for the command line, which prints the same refusals.

extension BondFundError {
    var localizedMessage: String {
        switch self {
        case .notAFund(let slug): t("bond_funds.refusal.not_a_fund", ["slug": slug])
        case .noSuchCase(let id, let fund): t("bond_funds.refusal.no_such_case", ["id": String(id), "fund": fund])
        case .noSuchBond(let id, let fund): t("bond_funds.refusal.no_such_bond", ["id": String(id), "fund": fund])
        case .noSuchObligor(let id, let fund): t("bond_funds.refusal.no_such_obligor", ["id": String(id), "fund": fund])
        // The store names what was blank in English for the command line; the page only asks for it.
        case .blank: t("bond_funds.refusal.blank")
        case .refused(let refusal): refusal.localizedMessage
        case .ledger(let refusal): refusal.localizedMessage
        }
    }
}

extension LedgerRefusal {
    var localizedMessage: String {
        switch self {
        case .notIncome(let kind): t("bond_funds.refusal.not_income", ["kind": kind.rawValue])
        case .notPositive(let amount): t("bond_funds.refusal.not_positive", ["amount": amount.description])
        }
    }
}

extension BondStepRefusal {
    var localizedMessage: String {
        switch self {
        case .outOfOrder(let step, let current, let allowed):
            let now = current.map { t("bond_funds.refusal.now_at", ["stage": $0.localizedLabel]) } ?? t("bond_funds.refusal.not_requested")
            let next = allowed.isEmpty ? t("bond_funds.refusal.no_next_step")
                : t("bond_funds.refusal.next_step", ["stages": allowed.map(\.localizedLabel).joined(separator: t("bond_funds.refusal.or"))])
            let hint = step == .refunded || step == .refundClaimed ? " " + t("bond_funds.refusal.refund_hint") : ""
            return t("bond_funds.refusal.out_of_order", ["stage": step.localizedLabel, "now": now, "next": next]) + hint
        case .beforePreviousStep(let step, let date, let previous, let previousDate):
            return t("bond_funds.refusal.before_previous", ["stage": step.localizedLabel, "date": Format.date(date),
                                                            "previous": previous.localizedLabel, "previous_date": Format.date(previousDate)])
        case .inTheFuture(let step, let date):
            return t("bond_funds.refusal.in_the_future", ["stage": step.localizedLabel, "date": Format.date(date)])
        case .noEvidence(let step): return t("bond_funds.refusal.no_evidence", ["stage": step.localizedLabel])
        case .belowMinimum(let amount):
            return t("bond_funds.refusal.below_minimum", ["amount": amount.description, "minimum": BondLifecycle.minimumBond.description])
        case .missingReceipt(let form): return t("bond_funds.refusal.missing_receipt", ["form": form])
        case .missingDetail(.posted, _): return t("bond_funds.refusal.missing_detail_posted")
        case .missingDetail(.refunded, _): return t("bond_funds.refusal.missing_detail_refunded")
        case .missingDetail(let step, _): return t("bond_funds.refusal.missing_detail", ["stage": step.localizedLabel])
        case .unexpectedDetail(let step): return t("bond_funds.refusal.unexpected_detail", ["stage": step.localizedLabel])
        case .refundNotPrincipal(let principal, let posted):
            return t("bond_funds.refusal.refund_not_principal", ["principal": principal.description, "posted": posted.description])
        case .negativeInterest(let interest): return t("bond_funds.refusal.negative_interest", ["interest": interest.description])
        }
    }
}

extension CentsParseError {
    var localizedMessage: String {
        switch self {
        case .empty: t("bond_funds.refusal.amount.empty")
        case .signed(let text): t("bond_funds.refusal.amount.signed", ["text": text])
        case .notAnAmount(let text): t("bond_funds.refusal.amount.not_an_amount", ["text": text])
        case .badGrouping(let text): t("bond_funds.refusal.amount.bad_grouping", ["text": text])
        case .fractionOfACent(let text): t("bond_funds.refusal.amount.fraction_of_a_cent", ["text": text])
        case .tooLarge(let text): t("bond_funds.refusal.amount.too_large", ["text": text])
        }
    }
}
