import Foundation

/// A request's query string, decoded as an HTML form sends it (`URLEncodedForm`).
struct QueryParameters: Sendable {
    private var form: URLEncodedForm

    init(query: String?) {
        // No field limit: the server's limit on the request line already bounds a query string.
        form = (try? URLEncodedForm(query ?? "")) ?? URLEncodedForm()
    }

    /// The first value for `name`, trimmed; nil when absent or blank.
    subscript(name: String) -> String? {
        guard let value = form.first(name)?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
