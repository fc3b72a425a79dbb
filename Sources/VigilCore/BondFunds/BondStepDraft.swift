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

    /// The fields a bond fund's forms name in a problem: the step's, and the case, bond, kind and
    /// verification date the other forms ask for.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case stage, date, evidence, amount, interest, i352, i305, obligor, payment, `case`, bond, kind, verified
    }

    public func validated() -> Result<BondStep, BondStepInvalid> {
        var problems: [BondStepProblem] = []
        func refuse(_ field: Field, _ reason: FieldProblemReason) { problems.append(BondStepProblem(field: field, reason: reason)) }
        func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
        let stageText = trimmed(stage).lowercased()
        let stage = BondStage(rawValue: stageText)
        if stage == nil { refuse(.stage, .notOneOf(stageText, choices: BondStage.allCases.map(\.rawValue))) }
        let date = CalendarDate(iso: trimmed(self.date))
        if date == nil { refuse(.date, .notADate(trimmed(self.date))) }
        if trimmed(evidence).isEmpty { refuse(.evidence, .stepNeedsEvidence) }
        func money(_ field: Field, _ text: String, required: Bool) -> Cents? {
            let text = trimmed(text)
            if text.isEmpty {
                if required { refuse(field, .amountNeeded) }
                return nil
            }
            do { return try Cents(parsing: text) } catch {
                refuse(field, .notDollars(text))
                return nil
            }
        }
        var detail = BondStep.Detail.none
        switch stage {
        case .requested:
            if let amount = money(.amount, amount, required: false) { detail = .requested(amount: amount) }
        case .posted:
            let amount = money(.amount, amount, required: true)
            if trimmed(i352Receipt).isEmpty { refuse(.i352, .receiptNeeded(form: "I-352")) }
            if trimmed(i305Receipt).isEmpty { refuse(.i305, .receiptNeeded(form: "I-305")) }
            let obligorID = Int(trimmed(obligor))
            if obligorID == nil { refuse(.obligor, .obligorNeeded) }
            let method = PaymentMethod(rawValue: trimmed(paymentMethod).lowercased())
            if method == nil { refuse(.payment, .notOneOf(trimmed(paymentMethod), choices: PaymentMethod.allCases.map(\.rawValue))) }
            if let amount, let obligorID, let method {
                detail = .posted(BondPosting(amount: amount, i352Receipt: trimmed(i352Receipt), i305Receipt: trimmed(i305Receipt),
                                             obligorID: obligorID, paymentMethod: method))
            }
        case .refunded:
            let principal = money(.amount, amount, required: true)
            let interest = trimmed(interest).isEmpty ? Cents.zero : money(.interest, interest, required: false)
            if let principal, let interest { detail = .refunded(principal: principal, interest: interest) }
        default: break
        }
        guard problems.isEmpty, let stage, let date else { return .failure(BondStepInvalid(problems: problems)) }
        return .success(BondStep(stage: stage, date: date, evidence: trimmed(evidence), detail: detail))
    }
}

/// One thing wrong with one field of a bond fund's form.
public typealias BondStepProblem = FieldProblem<BondStepDraft.Field>

/// Why a bond step (or another of a fund's forms) as given could not be read.
public struct BondStepInvalid: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [BondStepProblem]
    public var description: String { problems.map(\.description).joined(separator: " ") }

    public init(problems: [BondStepProblem]) { self.problems = problems }

    public init(_ field: BondStepDraft.Field, _ reason: FieldProblemReason) {
        self.init(problems: [BondStepProblem(field: field, reason: reason)])
    }
}
