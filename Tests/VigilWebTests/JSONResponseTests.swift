import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import VigilWeb

@Suite("JSON responses")
struct JSONResponseTests {
    struct Figures: Encodable, Sendable { var name: String; var share: Double }

    /// What a route answering `JSONResponse.make(value, status:)` sends.
    func answer(_ value: Figures, status: HTTPResponse.Status = .ok) async throws -> (HTTPResponse.Status, HTTPFields, Data) {
        let router = Router()
        router.get("/figures") { _, _ in JSONResponse.make(value, status: status) }
        return try await Application(router: router).test(.router) { client in
            let response = try await client.execute(uri: "/figures", method: .get)
            return (response.status, response.headers, Data(buffer: response.body))
        }
    }

    @Test("a value that cannot be encoded (NaN) is a 500 with an error body, not an empty object with a 200")
    func encodingFailure() async throws {
        // when a figure is not a number
        let (status, headers, body) = try await answer(Figures(name: "Stewart", share: .nan))
        // then the answer is a server error, as JSON, saying what happened
        #expect(status == .internalServerError)
        #expect(headers[.contentType] == "application/json")
        let error = try JSONDecoder().decode(APIErrorBody.self, from: body)
        #expect(error.error.status == 500)
        #expect(error.error.message.contains("could not write this answer as JSON"))
    }

    @Test("a value that encodes keeps its status and body")
    func encodes() async throws {
        let (status, _, body) = try await answer(Figures(name: "Stewart", share: 0.5), status: .created)
        #expect(status == .created)
        #expect(String(decoding: body, as: UTF8.self).contains("\"share\" : 0.5"))
    }
}
