/// One thing wrong with one field of a case, as the form shows it and a CSV refusal names it.
public struct CaseFieldProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var field: CaseField
    /// A sentence about the field, without its name: "Required, but blank.".
    public var message: String

    public init(field: CaseField, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field.rawValue): \(message)" }
}

/// Why a draft is not a case: every problem found, in field order.
public struct CaseInvalid: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [CaseFieldProblem]

    public init(problems: [CaseFieldProblem]) { self.problems = problems }

    public func problem(with field: CaseField) -> CaseFieldProblem? { problems.first { $0.field == field } }

    public var description: String { problems.map(\.description).joined(separator: "; ") }
}
