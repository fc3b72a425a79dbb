import Foundation
import Hummingbird
import NIOCore

/// The fields of an `application/x-www-form-urlencoded` body, as every Vigil form posts,
/// decoded by `URLEncodedForm` and bounded: a body over `maxBodyBytes` is refused with 413, one
/// of more than `maxFieldCount` fields with 400, before anything reads a field.
struct FormFields: Sendable {
    /// Room for the largest form Vigil has (an incident: a 10,000-character description, every
    /// byte of it percent-encoded in the worst case) several times over.
    static let maxBodyBytes = 256 * 1024
    /// Vigil's largest form has about a dozen fields.
    static let maxFieldCount = 200

    private var form: URLEncodedForm

    init(encoded text: String) throws(WebError) {
        do {
            form = try URLEncodedForm(text, fieldLimit: Self.maxFieldCount)
        } catch {
            throw WebError.badRequest(t("error.form.too_many_fields", ["limit": String(error.limit)]))
        }
    }

    /// The first value sent for `name`, as sent (untrimmed); nil when absent.
    subscript(name: String) -> String? { form.first(name) }

    /// Every value sent for `name` (checkboxes sharing a name).
    func all(_ name: String) -> [String] { form.all(name) }

    /// Reads the request's form; the body stays readable (it is collected, not consumed).
    static func read(_ request: inout Request) async throws -> FormFields {
        let contentType = request.headers[.contentType] ?? ""
        guard contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") else { return try FormFields(encoded: "") }
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw WebError.contentTooLarge(t("error.form.too_large", ["limit": String(maxBodyBytes / 1024)]))
        }
        return try FormFields(encoded: String(buffer: buffer))
    }
}
