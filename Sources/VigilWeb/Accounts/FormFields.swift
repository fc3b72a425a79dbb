import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body, as every Vigil form posts.
struct FormFields: Sendable {
    private var values: [String: String] = [:]

    init(encoded text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            guard !name.isEmpty, values[name] == nil else { continue }
            values[name] = parts.count > 1 ? Self.decode(parts[1]) : ""
        }
    }

    subscript(name: String) -> String? { values[name] }

    /// Reads the request's form; the body stays readable (it is collected, not consumed).
    static func read(_ request: inout Request, limit: Int) async throws -> FormFields {
        let contentType = request.headers[.contentType] ?? ""
        guard contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") else { return FormFields(encoded: "") }
        let buffer = try await request.collectBody(upTo: limit)
        return FormFields(encoded: String(buffer: buffer))
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
