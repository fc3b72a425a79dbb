import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Form decoding: one decoder for query strings and posted forms")
struct URLEncodedFormTests {
    @Test("decodes as a browser encodes", arguments: [
        ("q=county+jail", "q", "county jail"),
        ("q=county%20jail", "q", "county jail"),
        ("q=caf%C3%A9", "q", "café"),
        ("q=a%2Bb%26c%3Dd", "q", "a+b&c=d"),
        ("q=", "q", ""),
        ("q", "q", ""),
        ("q=100%", "q", "100%"),          // a malformed escape is kept as written
        ("q=first&q=second", "q", "first"),
        ("a=1&&b=2", "b", "2"),
    ])
    func decoding(text: String, name: String, value: String) throws {
        #expect(try URLEncodedForm(text).first(name) == value)
    }

    @Test("keeps every field in order, repeats included; refuses more fields than its limit before decoding")
    func fieldsAndLimit() throws {
        let form = try URLEncodedForm("b=2&a=1&b=3")
        #expect(form.fields.map(\.name) == ["b", "a", "b"])
        #expect(form.fields.map(\.value) == ["2", "1", "3"])
        #expect(throws: URLEncodedForm.TooManyFields(limit: 2)) { try URLEncodedForm("a=1&b=2&c=3", fieldLimit: 2) }
        #expect(try URLEncodedForm("a=1&b=2", fieldLimit: 2).fields.count == 2)
    }

    @Test("query parameters and form fields read the same text the same way; a query trims and drops blanks")
    func bothUsers() throws {
        let text = "q=+county+jail+&state=TX&blank=+"
        let query = QueryParameters(query: text)
        let form = try FormFields(encoded: text)
        #expect(query["q"] == "county jail" && form["q"] == " county jail ")
        #expect(query["state"] == "TX" && form["state"] == "TX")
        #expect(query["blank"] == nil && form["blank"] == " ")
        #expect(query["absent"] == nil && form["absent"] == nil)
    }

    /// Posts `body` as a form to the sign-in address, which reads it before anything else.
    static func post(_ body: String, _ client: any TestClientProtocol) async throws -> Page {
        let response = try await client.execute(uri: "/sign-in", method: .post,
                                                headers: [.contentType: "application/x-www-form-urlencoded"],
                                                body: ByteBuffer(string: body))
        return Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }

    @Test("a posted form over 256 KiB is refused with 413, saying so")
    func bodyTooLarge() async throws {
        try await withApp(releases: Fixtures.demoReleases(count: 1)) { client, _ in
            let page = try await Self.post("email=a&description=" + String(repeating: "x", count: FormFields.maxBodyBytes), client)
            #expect(page.status == .contentTooLarge)
            #expect(page.body.contains("larger than 256 KiB"))
        }
    }

    @Test("a posted form of more than 200 fields is refused with 400, saying so; 200 are read")
    func tooManyFields() async throws {
        try await withApp(releases: Fixtures.demoReleases(count: 1)) { client, _ in
            let page = try await Self.post((0...FormFields.maxFieldCount).map { "f\($0)=x" }.joined(separator: "&"), client)
            #expect(page.status == .badRequest)
            #expect(page.body.contains("more than 200 fields"))
            // exactly 200 get as far as the CSRF check (403: no token), so the limit is not what refused them
            let allowed = try await Self.post((1...FormFields.maxFieldCount).map { "f\($0)=x" }.joined(separator: "&"), client)
            #expect(allowed.status == .forbidden)
        }
    }
}
