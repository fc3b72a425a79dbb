import Foundation

/// The one decoder of `application/x-www-form-urlencoded` text, as HTML forms send it: a
/// query string (`QueryParameters`) or a posted body (`FormFields`). `+` is a space, `%XX` an
/// escaped byte, and a malformed escape is kept as written rather than dropping the field.
///
/// Hummingbird's own `queryParameters` percent-decodes but leaves `+` alone, which would turn
/// a search for "county jail" from a GET form into "county+jail".
struct URLEncodedForm: Sendable {
    /// The fields in the order sent; a name may repeat.
    private(set) var fields: [(name: String, value: String)] = []

    /// More fields than a caller allows.
    struct TooManyFields: Error, Equatable {
        var limit: Int
    }

    init() {}

    /// Decodes `text`; with `fieldLimit`, refuses text of more fields than that before decoding any.
    init(_ text: some StringProtocol, fieldLimit: Int? = nil) throws(TooManyFields) {
        let pairs = text.split(separator: "&")
        if let fieldLimit, pairs.count > fieldLimit { throw TooManyFields(limit: fieldLimit) }
        fields = pairs.map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// The first value sent for `name`, as sent.
    func first(_ name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Every value sent for `name`, in order (checkboxes that share a name).
    func all(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    static func decode(_ text: some StringProtocol) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
