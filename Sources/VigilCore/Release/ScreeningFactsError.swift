/// Why a person's facts cannot be screened: the field (as the JSON names it, with an index
/// for list items, `conditions[1]`) and what is wrong with it.
public struct ScreeningFactsError: Error, Sendable, Hashable, CustomStringConvertible {
    public var field: String
    public var reason: String

    public init(field: String, _ reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason)" }
}
