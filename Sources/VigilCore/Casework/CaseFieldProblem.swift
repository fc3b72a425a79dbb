/// One thing wrong with one field of a case, as the form shows it and a CSV refusal names it.
public struct CaseFieldProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var field: CaseField
    /// Why, as data: the form draws it in the reader's language, a CSV refusal in English.
    public var reason: FieldProblemReason

    public init(field: CaseField, reason: FieldProblemReason) {
        self.field = field
        self.reason = reason
    }

    /// A sentence about the field, without its name, in English: "Required, but blank.".
    public var message: String { reason.englishMessage }

    public var description: String { "\(field.rawValue): \(message)" }
}

/// Why a draft is not a case: every problem found, in field order.
public struct CaseInvalid: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [CaseFieldProblem]

    public init(problems: [CaseFieldProblem]) { self.problems = problems }

    public func problem(with field: CaseField) -> CaseFieldProblem? { problems.first { $0.field == field } }

    public var description: String { problems.map(\.description).joined(separator: "; ") }
}
