import Foundation

/// A request's query string as an HTML form sends it: `+` is a space, `%XX` an escaped byte.
///
/// Hummingbird's own `queryParameters` percent-decodes but leaves `+` alone, which would turn
/// a search for "county jail" from a GET form into "county+jail".
struct QueryParameters: Sendable {
    private var values: [(String, String)]

    init(query: String?) {
        values = (query ?? "").split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// The first value for `name`, trimmed; nil when absent or blank.
    subscript(name: String) -> String? {
        guard let value = values.first(where: { $0.0 == name })?.1.trimmingCharacters(in: .whitespacesAndNewlines),
              !value.isEmpty else { return nil }
        return value
    }
}
