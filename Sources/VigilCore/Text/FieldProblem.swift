/// One thing wrong with one field of a form (a case, a custody event, a bond fund's step, an incident),
/// as the form shows it and a CSV refusal or the command line names it. `Field` is the form's own
/// list of field names, so a problem cannot name a field its form does not have.
public struct FieldProblem<Field: RawRepresentable & Sendable & Hashable>: Error, Sendable, Hashable, CustomStringConvertible
where Field.RawValue == String {
    public var field: Field
    /// Why, as data: a page draws it in the reader's language, the command line and CSV refusals in English.
    public var reason: FieldProblemReason

    public init(field: Field, reason: FieldProblemReason) {
        self.field = field
        self.reason = reason
    }

    /// A reason with no case of its own, in English only.
    public init(field: Field, message: String) {
        self.init(field: field, reason: .other(message))
    }

    /// A sentence about the field, without its name, in English: "Required, but blank.".
    public var message: String { reason.englishMessage }

    /// `occurred_on: 2099-01-01 is in the future (today is …).`
    public var description: String { "\(field.rawValue): \(message)" }
}
