import AsyncHTTPClient
import Foundation
import NIOCore
import VigilStore

/// POSTs one event's JSON to a webhook, signed (`WebhookSignature`). Any 2xx answer is a
/// delivery; anything else, or no answer within the timeout, is a failed attempt to retry.
/// Redirects are not followed: a signed body goes only where the subscriber said.
public struct WebhookSender: Sendable {
    let client: HTTPClient
    let timeout: TimeAmount

    public init(client: HTTPClient, timeout: TimeAmount = .seconds(15)) {
        self.client = client
        self.timeout = timeout
    }

    /// A client for webhooks: no redirects, its own connection pool. Shut it down after use.
    public static func makeClient() -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func send(_ body: Data, to url: String, secret: String, deliveryID: Int, eventKind: String) async -> AlertAttemptOutcome {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "Vigil-Alerts/1")
        request.headers.add(name: WebhookSignature.headerName, value: WebhookSignature.sign(body, secret: secret))
        request.headers.add(name: "X-Vigil-Event", value: eventKind)
        request.headers.add(name: "X-Vigil-Delivery", value: String(deliveryID))
        request.body = .bytes(ByteBuffer(bytes: body))
        do {
            let response = try await client.execute(request, timeout: timeout)
            // Read (and bound) the answer so the connection can be reused; its text helps a failure's log line.
            let answer = try? await response.body.collect(upTo: 4096)
            let status = Int(response.status.code)
            let text = answer.map { String(buffer: $0).prefix(200) } ?? ""
            let succeeded = (200..<300).contains(status)
            return AlertAttemptOutcome(succeeded: succeeded, httpStatus: status,
                                       detail: "HTTP \(status)" + (succeeded || text.isEmpty ? "" : ": \(text)"))
        } catch {
            return AlertAttemptOutcome(succeeded: false, detail: "no answer: \(String(describing: error).prefix(300))")
        }
    }
}
