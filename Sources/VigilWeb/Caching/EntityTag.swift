import Foundation

/// An HTTP entity tag (RFC 9110, section 8.8.3), strong, written with its quotes.
struct EntityTag: Sendable, Hashable {
    /// The opaque part, without quotes.
    var value: String

    init(_ value: String) { self.value = value }

    /// As sent in an `ETag` header: `"v12-0a1b…"`.
    var header: String { "\"\(value)\"" }

    /// Whether an `If-None-Match` value names any of `tags`. `If-None-Match` compares weakly, so
    /// a `W/` prefix is ignored; `*` matches anything.
    static func list(_ field: String, contains tags: [EntityTag]) -> Bool {
        for item in field.split(separator: ",") {
            var text = item.trimmingCharacters(in: .whitespaces)[...]
            if text == "*" { return true }
            if text.hasPrefix("W/") { text = text.dropFirst(2) }
            guard text.count >= 2, text.first == "\"", text.last == "\"" else { continue }
            let value = String(text.dropFirst().dropLast())
            if tags.contains(where: { $0.value == value }) { return true }
        }
        return false
    }
}
