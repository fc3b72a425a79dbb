import VigilCore

extension FieldProblemReason {
    /// The reason in the page's language; a reason with no key of its own stays in English.
    var localizedMessage: String {
        key.map { t($0, arguments(inner: \.localizedMessage, number: Format.count)) } ?? englishMessage
    }
}
