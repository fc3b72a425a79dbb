import Foundation
import Hummingbird
import Logging
import HummingbirdTesting
import NIOCore
import Testing
import VigilAlerts
import VigilCore
import VigilStore
import VigilTestSupport

/// What a webhook receiver on loopback got: headers and bodies, in order.
actor ReceivedWebhooks {
    struct Request: Sendable { var signature: String?; var event: String?; var delivery: String?; var contentType: String?; var body: Data }
    private(set) var requests: [Request] = []
    /// How many requests to answer 500 before answering 204.
    var failuresLeft: Int

    init(failFirst: Int) { failuresLeft = failFirst }

    func receive(_ request: Request) -> HTTPResponse.Status {
        requests.append(request)
        if failuresLeft > 0 {
            failuresLeft -= 1
            return .internalServerError
        }
        return .noContent
    }
}

@Suite("Webhook delivery end to end", .serialized)
struct WebhookDeliveryTests {
    static let secret = "a-webhook-secret-of-32-characters"

    static let links = AlertLinks(baseURL: "https://vigil.example.org/", facilityPath: { "/facilities/\($0.facilityKey.rawValue)" },
                                  releasesPath: "/releases",
                                   unsubscribePath: { "/alerts/unsubscribe?token=\($0)" })

    @Test("a signed JSON POST reaches a real HTTP server; a 500 is retried after the backoff; each event is sent once")
    func endToEnd() async throws {
        // given a receiver on loopback that fails its first request
        let received = ReceivedWebhooks(failFirst: 1)
        let router = Router()
        router.post("/hook") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            func header(_ name: String) -> String? { request.headers.first { $0.name.canonicalName == name.lowercased() }?.value }
            let status = await received.receive(.init(signature: header("X-Vigil-Signature"), event: header("X-Vigil-Event"),
                                                      delivery: header("X-Vigil-Delivery"),
                                                      contentType: request.headers[.contentType], body: Data(buffer: body)))
            return Response(status: status)
        }
        let receiver = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await receiver.test(.live) { client in
            let port = try #require(client.port)
            try await withTestDatabase { db in
                // and a subscription to Texas by webhook, then two releases in which one Texas facility appears
                let subscription = try await AlertSubscriptions(database: db).add(
                    AlertScope(state: "TX"), channel: try .checkedWebhook(url: "http://127.0.0.1:\(port)/hook", secret: Self.secret), by: "command line")
                let archive = ReleaseArchive(database: db)
                try await archive.archive(ExpansionFixtures.release(asOf: "2025-06-01", sha: "a", facilities: [("DILLEY", "TX", 1500, nil)]))
                try await archive.archive(ExpansionFixtures.release(asOf: "2025-07-01", sha: "b", facilities: [
                    ("DILLEY", "TX", 1500, nil), ("CAMP EAST MONTANA", "TX", 2700, nil), ("KROME", "FL", 600, nil)]))
                let dispatcher = AlertDispatcher(database: db, links: Self.links, webhooks: WebhookSender(client: WebhookSender.makeClient()),
                                                 email: nil, retry: AlertRetryPolicy(baseSeconds: 0))

                // when alerts are sent: the receiver answers 500
                let first = try await dispatcher.sendDue()
                #expect(first.queued == 1 && first.delivered == 0 && first.retrying == 1)
                // and sent again (the backoff has passed): 204
                let second = try await dispatcher.sendDue()
                #expect(second.queued == 0 && second.delivered == 1)
                // and again: nothing is due, nothing is sent twice
                let third = try await dispatcher.sendDue()
                #expect(third.queued == 0 && third.delivered == 0 && third.lines.isEmpty)
                await dispatcher.shutdown()

                // then the receiver got the same signed body twice
                let requests = await received.requests
                #expect(requests.count == 2)
                for request in requests {
                    #expect(request.contentType == "application/json")
                    #expect(request.event == "new")
                    #expect(request.signature == WebhookSignature.sign(request.body, secret: Self.secret))
                    #expect(request.signature?.hasPrefix("sha256=") == true && request.signature?.count == 7 + 64)
                    #expect(WebhookSignature.verify(request.signature ?? "", body: request.body, secret: Self.secret))
                    #expect(!WebhookSignature.verify(request.signature ?? "", body: request.body, secret: "another-secret-entirely"))
                }
                let payload = try JSONDecoder().decode(AlertPayload.self, from: requests[1].body)
                #expect(payload.event == "new" && payload.name == "CAMP EAST MONTANA" && payload.state == "TX")
                #expect(payload.previous_as_of == "2025-06-01" && payload.as_of == "2025-07-01" && payload.adp == 2700 && payload.change == 2700)
                #expect(payload.previous_adp == nil && payload.subscription_id == subscription.id)
                #expect(payload.facility_url == "https://vigil.example.org/facilities/camp-east-montana-tx")
                #expect(payload.release_file == "FY25_detentionStats_2025-07-01.xlsx")
                // and the delivery log has both attempts
                let log = try await AlertDeliveryQueue(database: db).log()
                #expect(log.count == 1 && log[0].status == "delivered" && log[0].attempts == 2)
                #expect(requests.allSatisfy { $0.delivery == String(log[0].id) })
                let attempts = try await AlertDeliveryQueue(database: db).attempts(ofDelivery: log[0].id)
                #expect(attempts.map(\.httpStatus) == [500, 204] && attempts.map(\.succeeded) == [false, true])
            }
        }
    }

    @Test("the server's delivery loop sends on its own, every interval, until stopped")
    func loopDelivers() async throws {
        let received = ReceivedWebhooks(failFirst: 0)
        let router = Router()
        router.post("/hook") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            return Response(status: await received.receive(.init(signature: nil, event: nil, delivery: nil, contentType: nil, body: Data(buffer: body))))
        }
        let receiver = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await receiver.test(.live) { client in
            let port = try #require(client.port)
            try await withTestDatabase { db in
                try await AlertSubscriptions(database: db).add(AlertScope(state: "TX"),
                                                               channel: try .checkedWebhook(url: "http://127.0.0.1:\(port)/hook", secret: Self.secret),
                                                               by: "command line")
                let dispatcher = AlertDispatcher(database: db, links: Self.links, webhooks: WebhookSender(client: WebhookSender.makeClient()),
                                                 email: nil)
                // given the loop running every 50 ms, as `vigil serve` runs it
                let loop = Task { await AlertDeliveryLoop.run(dispatcher, every: .milliseconds(50), logger: Logger(label: "test")) }
                // when a release with a new Texas facility arrives while it runs
                let archive = ReleaseArchive(database: db)
                try await archive.archive(ExpansionFixtures.release(asOf: "2025-06-01", sha: "a", facilities: []))
                try await archive.archive(ExpansionFixtures.release(asOf: "2025-07-01", sha: "b", facilities: [("DILLEY", "TX", 100, nil)]))
                // then it is delivered without anyone running `vigil alerts send`, and only once
                // (the bound is generous: a loaded CI machine is slow, and the wait ends as soon as it is recorded)
                var waited = 0
                while try await AlertDeliveryQueue(database: db).log().first?.status != "delivered" && waited < 600 {
                    try await Task.sleep(for: .milliseconds(50))
                    waited += 1
                }
                // a few more intervals, in which a second send would show
                try await Task.sleep(for: .milliseconds(300))
                loop.cancel()
                await loop.value
                await dispatcher.shutdown()
                #expect(await received.requests.count == 1)
                #expect(try await AlertDeliveryQueue(database: db).log().first?.status == "delivered")
            }
        }
    }

    @Test("a webhook nobody answers is logged as a failed attempt, to retry")
    func unreachable() async throws {
        try await withTestDatabase { db in
            // port 9 (discard) on loopback: nothing listens there
            try await AlertSubscriptions(database: db).add(AlertScope(state: "TX"),
                                                           channel: try .checkedWebhook(url: "http://127.0.0.1:9/hook", secret: Self.secret),
                                                           by: "command line")
            let archive = ReleaseArchive(database: db)
            try await archive.archive(ExpansionFixtures.release(asOf: "2025-06-01", sha: "a", facilities: []))
            try await archive.archive(ExpansionFixtures.release(asOf: "2025-07-01", sha: "b", facilities: [("DILLEY", "TX", 100, nil)]))
            let dispatcher = AlertDispatcher(database: db, links: Self.links, webhooks: WebhookSender(client: WebhookSender.makeClient()),
                                             email: nil)
            let report = try await dispatcher.sendDue()
            await dispatcher.shutdown()
            #expect(report.retrying == 1 && report.lines.first?.contains("FAILED, no answer") == true)
            let log = try await AlertDeliveryQueue(database: db).log()
            #expect(log.first?.status == "pending" && log.first?.lastError?.hasPrefix("no answer") == true)
        }
    }
}
