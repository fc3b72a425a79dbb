/// The one place that decides whether a step may be recorded on a bond: in ICE's order, dated
/// no earlier than the step before and not in the future, with evidence, and with what the
/// step needs (receipt numbers to post, the full principal to refund).
public enum BondLifecycle {
    /// ICE's smallest immigration bond (INA § 236(a)): $1,500.
    public static let minimumBond = Cents(150_000)

    /// What is known of a bond before the step: its steps so far, oldest first.
    public static func check(_ step: BondStep, after history: [BondStep], today: CalendarDate) throws(BondStepRefusal) {
        let current = history.last?.stage
        let allowed = current?.next ?? [.requested]
        guard allowed.contains(step.stage) else {
            throw .outOfOrder(step: step.stage, current: current, allowed: allowed)
        }
        if let last = history.last, step.date < last.date {
            throw .beforePreviousStep(step: step.stage, date: step.date, previous: last.stage, previousDate: last.date)
        }
        guard step.date <= today else { throw .inTheFuture(step: step.stage, date: step.date) }
        guard !step.evidence.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .noEvidence(step.stage) }
        switch (step.stage, step.detail) {
        case (.requested, .requested(let amount)):
            guard amount >= minimumBond else { throw .belowMinimum(amount) }
        case (.requested, .none): break
        case (.posted, .posted(let posting)):
            guard posting.amount >= minimumBond else { throw .belowMinimum(posting.amount) }
            guard !posting.i352Receipt.trimmingCharacters(in: .whitespaces).isEmpty else { throw .missingReceipt("I-352") }
            guard !posting.i305Receipt.trimmingCharacters(in: .whitespaces).isEmpty else { throw .missingReceipt("I-305") }
        case (.posted, _): throw .missingDetail(.posted, "the amount, the I-352 and I-305 receipt numbers, the obligor and the payment method")
        case (.refunded, .refunded(let principal, let interest)):
            let posted = postedAmount(history) ?? .zero
            guard principal == posted else { throw .refundNotPrincipal(principal: principal, posted: posted) }
            guard interest >= .zero else { throw .negativeInterest(interest) }
        case (.refunded, _): throw .missingDetail(.refunded, "the principal and the interest refunded")
        case (_, .none): break
        default: throw .unexpectedDetail(step.stage)
        }
    }

    /// The stage after `history`, or nil before the bond is requested.
    public static func stage(after history: [BondStep]) -> BondStage? { history.last?.stage }

    /// The amount the bond was posted for, once posted.
    public static func postedAmount(_ history: [BondStep]) -> Cents? {
        for step in history { if case .posted(let posting) = step.detail { return posting.amount } }
        return nil
    }
}

/// Why a step was refused, in words that say what to do instead.
public enum BondStepRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    case outOfOrder(step: BondStage, current: BondStage?, allowed: [BondStage])
    case beforePreviousStep(step: BondStage, date: CalendarDate, previous: BondStage, previousDate: CalendarDate)
    case inTheFuture(step: BondStage, date: CalendarDate)
    case noEvidence(BondStage)
    case belowMinimum(Cents)
    case missingReceipt(String)
    case missingDetail(BondStage, String)
    case unexpectedDetail(BondStage)
    case refundNotPrincipal(principal: Cents, posted: Cents)
    case negativeInterest(Cents)

    public var description: String {
        switch self {
        case .outOfOrder(let step, let current, let allowed):
            let now = current.map { "The bond is \($0.name)" } ?? "The bond has not been requested"
            let next = allowed.isEmpty ? "it takes no further step" : "the next step is " + allowed.map(\.name).joined(separator: " or ")
            let hint = step == .refunded || step == .refundClaimed
                ? " A refund comes only after ICE cancels the bond (Form I-391) and the refund is claimed." : ""
            return "A bond cannot be \(step.name) now. \(now); \(next).\(hint)"
        case .beforePreviousStep(let step, let date, let previous, let previousDate):
            return "\(step.label) on \(date.iso) is before the step it follows (\(previous.name) on \(previousDate.iso))."
        case .inTheFuture(let step, let date): return "\(step.label) on \(date.iso) is in the future: record a step once it has happened."
        case .noEvidence(let step): return "\(step.label) needs its evidence: the form or letter received, its number, or who confirmed it."
        case .belowMinimum(let amount): return "\(amount) is below ICE's minimum bond of \(BondLifecycle.minimumBond)."
        case .missingReceipt(let form): return "Posting a bond needs its Form \(form) receipt number."
        case .missingDetail(let step, let what): return "\(step.label) needs \(what)."
        case .unexpectedDetail(let step): return "\(step.label) takes only a date and evidence."
        case .refundNotPrincipal(let principal, let posted):
            return "The refunded principal (\(principal)) must be the amount posted (\(posted)); record interest separately."
        case .negativeInterest(let interest): return "Interest of \(interest) cannot be negative."
        }
    }
}
