import ArgumentParser
import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import vigil

@Suite("Alerts command line", .serialized)
struct AlertsCommandTests {
    static let secret = "0123456789abcdef-secret"

    @Test("subscribe takes a scope and exactly one channel, checked before anything is stored")
    func subscribeArguments() throws {
        let command = try #require(try Vigil.parseAsRoot(["subscribe", "--state", "tx", "--operator", "GEO", "--kind", "new,surge",
                                                          "--webhook", "https://hooks.example.org/v", "--secret", Self.secret]) as? SubscribeCommand)
        let (scope, channel) = try command.scopeAndChannel()
        #expect(scope == AlertScope(state: "TX", operatorName: "GEO", kinds: [.new, .surge]))
        #expect(channel == .webhook(url: "https://hooks.example.org/v", secret: Self.secret))
        #expect(try Vigil.parseAsRoot(["subscribe", "--facility", "EROFCB", "--email", "ally@example.org"]) is SubscribeCommand)
        for refused in [["subscribe", "--email", "ally@example.org"],                                  // nothing to watch
                        ["subscribe", "--state", "TX"],                                                 // nowhere to send
                        ["subscribe", "--state", "TX", "--webhook", "https://h.example.org"],          // no secret
                        ["subscribe", "--state", "TX", "--webhook", "ftp://h.example.org", "--secret", Self.secret],
                        ["subscribe", "--state", "TX", "--webhook", "https://h.example.org", "--secret", "short"],
                        ["subscribe", "--state", "TX", "--email", "not-an-address"],
                        ["subscribe", "--state", "TX", "--kind", "growth", "--email", "ally@example.org"],
                        ["subscribe", "--state", "TX", "--email", "a@example.org", "--webhook", "https://h.example.org", "--secret", Self.secret]] {
            #expect(throws: (any Error).self, "\(refused)") { try Vigil.parseAsRoot(refused) }
        }
        #expect(try Vigil.parseAsRoot(["alerts", "send", "--public-url", "https://vigil.example.org"]) is AlertsSendCommand)
        #expect(try Vigil.parseAsRoot(["alerts", "log", "--failures"]) is AlertsLogCommand)
        #expect(try Vigil.parseAsRoot(["alerts", "list"]) is AlertsListCommand)
        #expect((try Vigil.parseAsRoot(["alerts", "unsubscribe", "7"]) as? AlertsUnsubscribeCommand)?.id == 7)
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["alerts", "unsubscribe", "seven"]) }
        #expect(try Vigil.parseAsRoot(["export", "expansion-events", "--format", "json"]) is ExportCommand)
        let serve = try #require(try Vigil.parseAsRoot(["serve", "--alerts-interval", "60"]) as? ServeCommand)
        #expect(serve.alertsInterval == 60)
    }

    @Test("vigil subscribe stores the subscription, audited; vigil alerts send reports a failed attempt and exits 1")
    func subscribeAndSend() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-alerts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = "sqlite://" + folder.appendingPathComponent("vigil.sqlite").path
        // given a subscription made at the command line, to a webhook nobody answers
        let subscribe = try #require(try Vigil.parseAsRoot(["subscribe", "--database-url", url, "--state", "TX",
                                                            "--webhook", "http://127.0.0.1:9/hook", "--secret", Self.secret]) as? SubscribeCommand)
        try await subscribe.run()
        // and two releases in which a Texas facility appears
        let db = try await VigilDatabase.open(try DatabaseLocation(url: url))
        let stored = try await AlertSubscriptions(database: db).all()
        #expect(stored.count == 1 && stored[0].createdBy == "command line")
        #expect(try await AuditLog(database: db).latest(limit: 3).contains { $0.action == "alert.subscribe" })
        let archive = ReleaseArchive(database: db)
        try await archive.archive(ExpansionFixtures.release(asOf: "2025-06-01", sha: "a", facilities: []))
        try await archive.archive(ExpansionFixtures.release(asOf: "2025-07-01", sha: "b", facilities: [("DILLEY", "TX", 100, nil)]))
        try await db.shutdown()
        // when alerts are sent: the attempt fails, is logged, and the command exits 1
        let send = try #require(try Vigil.parseAsRoot(["alerts", "send", "--database-url", url]) as? AlertsSendCommand)
        await #expect(throws: ExitCode(1)) { try await send.run() }
        let again = try await VigilDatabase.open(try DatabaseLocation(url: url))
        let log = try await AlertDeliveryQueue(database: again).log()
        #expect(log.count == 1 && log[0].status == "pending" && log[0].attempts == 1 && log[0].facilityName == "DILLEY")
        try await again.shutdown()
        // when the subscription is stopped from the command line
        let stop = try #require(try Vigil.parseAsRoot(["alerts", "unsubscribe", String(stored[0].id), "--database-url", url]) as? AlertsUnsubscribeCommand)
        try await stop.run()
        // then it is stopped and audited, and its delivery log stays
        let after = try await VigilDatabase.open(try DatabaseLocation(url: url))
        #expect(try await AlertSubscriptions(database: after).all().map(\.isActive) == [false])
        let audit = try #require(try await AuditLog(database: after).latest(limit: 1).first)
        #expect(audit.action == "alert.unsubscribe" && audit.subject == "subscription \(stored[0].id)" && audit.actor == "command line")
        #expect(try await AlertDeliveryQueue(database: after).log().count == 1)
        // and an id no subscription has is refused, naming it
        let unknown = try #require(try Vigil.parseAsRoot(["alerts", "unsubscribe", "999", "--database-url", url]) as? AlertsUnsubscribeCommand)
        await #expect(throws: CommandFailure.self) { try await unknown.run() }
        try await after.shutdown()
    }
}
