/// One thing wrong with one field of a case, as the form shows it and a CSV refusal names it.
public typealias CaseFieldProblem = FieldProblem<CaseField>

/// Why a draft is not a case: every problem found, in field order.
public struct CaseInvalid: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [CaseFieldProblem]

    public init(problems: [CaseFieldProblem]) { self.problems = problems }

    public func problem(with field: CaseField) -> CaseFieldProblem? { problems.first { $0.field == field } }

    public var description: String { problems.map(\.description).joined(separator: "; ") }
}
