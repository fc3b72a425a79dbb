import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilStore
@testable import VigilWeb

@Suite("Methods served nowhere")
struct AllowedMethodsTests {
    @Test("TRACE, PUT, DELETE and OPTIONS get 405 with Allow: JSON under /api/, a page elsewhere; POST to the read-only API and to pages without a form too")
    func methodNotAllowed() async throws {
        try await withApp { client, _ in
            for method: HTTPRequest.Method in [.trace, .put, .delete, .options, .post] {
                let api = try await client.execute(uri: "/api/v1/releases", method: method)
                #expect(api.status == .methodNotAllowed, "\(method) /api/v1/releases")
                #expect(api.headers[.allow] == "GET, HEAD")
                #expect(String(buffer: api.body).contains("\"status\" : 405"), "\(method): JSON error body")
            }
            for method: HTTPRequest.Method in [.trace, .put, .delete, .options, .post] {
                let page = try await client.execute(uri: "/", method: method)
                #expect(page.status == .methodNotAllowed, "\(method) /")
                #expect(page.headers[.allow] == "GET, HEAD")
                #expect(page.headers[.contentSecurityPolicy] != nil, "the security headers come with it")
            }
            // an address with a form takes POST, and says so; a parameter in its pattern matches any value
            for path in ["/sign-in", "/letters/12/signatures", "/orgs/some-team/cases/7/events"] {
                let put = try await client.execute(uri: path, method: .put)
                #expect(put.status == .methodNotAllowed && put.headers[.allow] == "GET, HEAD, POST", "PUT \(path)")
            }
            // and a feed is read-only
            #expect(try await client.execute(uri: "/alerts.atom", method: .post).headers[.allow] == "GET, HEAD")
            // and the methods Vigil serves still reach their routes (a POST without its token is the CSRF check's 403)
            #expect(try await client.execute(uri: "/api/v1/releases", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/api/v1/releases", method: .head).status == .ok)
            #expect(try await client.execute(uri: "/sign-out", method: .post).status == .forbidden)
        }
    }
}
