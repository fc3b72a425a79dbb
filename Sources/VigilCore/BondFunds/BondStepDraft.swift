/// A bond step as a form or the command line gives it: every field as text, not yet checked.
/// Reading it names each field that is wrong; the order of steps is `BondLifecycle`'s to check.
public struct BondStepDraft: Sendable, Hashable {
    public var stage = ""
    public var date = ""
    public var evidence = ""
    /// Requested: the bond set; posted: the amount paid; refunded: the principal back.
    public var amount = ""
    public var interest = ""
    public var i352Receipt = ""
    public var i305Receipt = ""
    public var obligor = ""
    public var paymentMethod = ""

    public init(stage: String = "", date: String = "", evidence: String = "", amount: String = "", interest: String = "",
                i352Receipt: String = "", i305Receipt: String = "", obligor: String = "", paymentMethod: String = "") {
        self.stage = stage
        self.date = date
        self.evidence = evidence
        self.amount = amount
        self.interest = interest
        self.i352Receipt = i352Receipt
        self.i305Receipt = i305Receipt
        self.obligor = obligor
        self.paymentMethod = paymentMethod
    }

    public func validated() -> Result<BondStep, BondStepInvalid> {
        var problems: [String] = []
        func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
        let stageText = trimmed(stage).lowercased()
        let stage = BondStage(rawValue: stageText)
        if stage == nil { problems.append("stage: “\(stageText)” is not one of: \(BondStage.allCases.map(\.rawValue).joined(separator: ", ")).") }
        let date = CalendarDate(iso: trimmed(self.date))
        if date == nil { problems.append("date: “\(trimmed(self.date))” is not a date written YYYY-MM-DD.") }
        if trimmed(evidence).isEmpty { problems.append("evidence: say what the step rests on (the form received, its number, who confirmed it).") }
        func money(_ field: String, _ text: String, required: Bool) -> Cents? {
            let text = trimmed(text)
            if text.isEmpty {
                if required { problems.append("\(field): needed for this step, in dollars (e.g. 1,500.00).") }
                return nil
            }
            do { return try Cents(parsing: text) } catch {
                problems.append("\(field): \(error)")
                return nil
            }
        }
        var detail = BondStep.Detail.none
        switch stage {
        case .requested:
            if let amount = money("amount", amount, required: false) { detail = .requested(amount: amount) }
        case .posted:
            let amount = money("amount", amount, required: true)
            if trimmed(i352Receipt).isEmpty { problems.append("i352: the Form I-352 receipt number.") }
            if trimmed(i305Receipt).isEmpty { problems.append("i305: the Form I-305 receipt number.") }
            let obligorID = Int(trimmed(obligor))
            if obligorID == nil { problems.append("obligor: the obligor's number (as the fund's obligor list shows it).") }
            let method = PaymentMethod(rawValue: trimmed(paymentMethod).lowercased())
            if method == nil { problems.append("payment: one of \(PaymentMethod.allCases.map(\.rawValue).joined(separator: ", ")).") }
            if let amount, let obligorID, let method {
                detail = .posted(BondPosting(amount: amount, i352Receipt: trimmed(i352Receipt), i305Receipt: trimmed(i305Receipt),
                                             obligorID: obligorID, paymentMethod: method))
            }
        case .refunded:
            let principal = money("amount", amount, required: true)
            let interest = trimmed(interest).isEmpty ? Cents.zero : money("interest", interest, required: false)
            if let principal, let interest { detail = .refunded(principal: principal, interest: interest) }
        default: break
        }
        guard problems.isEmpty, let stage, let date else { return .failure(BondStepInvalid(problems: problems)) }
        return .success(BondStep(stage: stage, date: date, evidence: trimmed(evidence), detail: detail))
    }
}

/// Why a bond step as given could not be read.
public struct BondStepInvalid: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: " ") }

    public init(problems: [String]) { self.problems = problems }
}
