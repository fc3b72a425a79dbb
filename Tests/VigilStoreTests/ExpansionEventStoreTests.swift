import Foundation
import Testing
import VigilCore
@testable import VigilStore
import VigilTestSupport

/// Expansion events stored by the release import itself, and the alert outbox built on them.
@Suite("Expansion events and alert deliveries in the store", .serialized)
struct ExpansionEventStoreTests {
    static let january = Fixtures.release(asOf: "2025-01-10", fileName: "jan.xlsx", sha: "1",
                                          facilities: [("STEWART DETENTION CENTER", "GA", 1000), ("OLD CAMP", "TX", 80)])
    static let february = Fixtures.release(asOf: "2025-02-10", fileName: "feb.xlsx", sha: "2",
                                           facilities: [("STEWART DETENTION CENTER", "GA", 1100)])
    static let march = Fixtures.release(asOf: "2025-03-10", fileName: "mar.xlsx", sha: "3",
                                        facilities: [("STEWART DETENTION CENTER", "GA", 1400), ("OLD CAMP", "TX", 60),
                                                     ("CAMP EAST", "TX", 2000)])

    static func csv(_ db: VigilDatabase) async throws -> [String] {
        // CSV lines end in CRLF (RFC 4180)
        try await Exporter(database: db).render(.expansionEvents, as: .csv).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test("without detection (the benchmark's switch) releases are stored and no events; the next import with it catches up",
          arguments: TestEngine.available)
    func detectionSwitchedOff(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let skipping = ReleaseArchive(database: db, detectsExpansionEvents: false)
            try await skipping.archive(Self.january)
            try await skipping.archive(Self.march)
            #expect(try await Self.csv(db).count == 1)  // the header alone
            try await ReleaseArchive(database: db).archive(Self.february)
            #expect(try await Self.csv(db).contains { $0.hasPrefix("reopened,,old-camp-tx,OLD CAMP,TX,2025-02-10,2025-03-10") })
        }
    }

    @Test("every release import recomputes the events, whatever order the releases arrive in", arguments: TestEngine.available)
    func outOfOrderImports(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let archive = ReleaseArchive(database: db)
            // given March, then January: January is March's previous release
            try await archive.archive(Self.march)
            #expect(try await Self.csv(db).count == 1)  // the header alone: one release has no previous one
            try await archive.archive(Self.january)
            let gap = try await Self.csv(db)
            #expect(gap.first == "event,facility_code,facility_key,name,state,previous_as_of,as_of,previous_adp,adp,change")
            #expect(gap.contains("new,,camp-east-tx,CAMP EAST,TX,2025-01-10,2025-03-10,,2000,2000"))
            #expect(gap.contains("surge,,stewart-detention-center-ga,STEWART DETENTION CENTER,GA,2025-01-10,2025-03-10,1000,1400,400"))
            #expect(!gap.contains { $0.hasPrefix("reopened") })  // Old Camp held people in both

            // when February arrives last, it is March's previous release
            try await archive.archive(Self.february)
            let all = try await Self.csv(db)
            // then Old Camp, absent in February, reopened in March; Stewart's rise from February is +300 (27%), still a surge
            #expect(all.contains("reopened,,old-camp-tx,OLD CAMP,TX,2025-02-10,2025-03-10,,60,60"))
            #expect(all.contains("surge,,stewart-detention-center-ga,STEWART DETENTION CENTER,GA,2025-02-10,2025-03-10,1100,1400,300"))
            #expect(all.contains("new,,camp-east-tx,CAMP EAST,TX,2025-02-10,2025-03-10,,2000,2000"))
            #expect(all.count == 4)
            // and the stored events are exactly what the detector finds in the releases in date order
            let stored = try await ExpansionEventQueries(database: db).all().map(\.event)
            #expect(Set(stored.map(\.eventKey)).count == 3)
            // and importing a release again changes nothing
            try await archive.archive(Self.february)
            #expect(try await Self.csv(db) == all)
            // and JSON has the same columns
            let json = try await Exporter(database: db).render(.expansionEvents, as: .json)
            #expect(json.contains("\"previous_as_of\"") && json.contains("\"facility_key\""))
        }
    }

    @Test("the release an archive just stored, built from memory with its codes, is the one read back from the tables",
          arguments: TestEngine.available)
    func addedReleaseFromMemory(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a code for Stewart, as matching gives it, and March stored
            try await db.sql.raw("""
                INSERT INTO facility_matches (facility_key, code, method, confidence, accepted, decided_by, decided_at)
                VALUES ('stewart-detention-center-ga', 'STWRTGA', 'exact', 1, 1, 'test', '2025-01-01')
                """).run()
            try await ReleaseArchive(database: db).archive(Self.march)
            let stored = try await db.transaction { session in try await ExpansionEventDetection.releases(on: session) }
            #expect(stored.count == 1)
            // when the same release is built as the archive builds it, from memory
            let codes = try await db.transaction { session in try await ExpansionEventDetection.acceptedCodes(on: session) }
            let built = ExpansionEventDetection.release(.init(id: stored[0].releaseID, prepared: PreparedRelease(Self.march)), codes: codes)
            // then it is identical, Stewart followed by its code and the others by their keys
            #expect(built == stored[0])
            #expect(built.facilities.map(\.identity) == ["code:STWRTGA", "key:old-camp-tx", "key:camp-east-tx"])
        }
    }

    @Test("an archive reads back only the release it adds, yet sees a write made between its imports by anyone else",
          arguments: TestEngine.available)
    func snapshotFollowsOtherWriters(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given January stored by one archive, then March by another (as another process would)
            let first = ReleaseArchive(database: db), other = ReleaseArchive(database: db)
            try await first.archive(Self.january)
            try await other.archive(Self.march)
            // when the first archive, which last saw January alone, stores February
            try await first.archive(Self.february)
            // then the events are those of all three releases, exactly as when one archive imports them in any order
            let all = try await Self.csv(db)
            #expect(all.contains("reopened,,old-camp-tx,OLD CAMP,TX,2025-02-10,2025-03-10,,60,60"))
            #expect(all.contains("surge,,stewart-detention-center-ga,STEWART DETENTION CENTER,GA,2025-02-10,2025-03-10,1100,1400,300"))
            #expect(all.contains("new,,camp-east-tx,CAMP EAST,TX,2025-02-10,2025-03-10,,2000,2000"))
            #expect(all.count == 4)
            // and a release deleted by another writer (the demo, replaced by real data) is forgotten too
            let demo = ReleaseArchive(database: db)
            try await demo.archive(Fixtures.release(asOf: "2025-04-10", fileName: "demo.xlsx", sha: "4",
                                                    facilities: [("CAMP WEST", "TX", 500)]), synthetic: true)
            try await first.archive(Fixtures.release(asOf: "2025-05-10", fileName: "may.xlsx", sha: "5",
                                                     facilities: [("STEWART DETENTION CENTER", "GA", 1400)]))
            let after = try await Self.csv(db)
            #expect(!after.contains { $0.contains("CAMP WEST") || $0.contains("2025-04-10") })
            #expect(after.count == 4)
            // and so is one the same archive stored, then deleted itself by storing a real release (no other writer in between)
            let same = ReleaseArchive(database: db)
            try await same.archive(Fixtures.release(asOf: "2025-06-10", fileName: "demo2.xlsx", sha: "6",
                                                    facilities: [("CAMP NORTH", "TX", 700)]), synthetic: true)
            try await same.archive(Fixtures.release(asOf: "2025-07-10", fileName: "jul.xlsx", sha: "7",
                                                    facilities: [("STEWART DETENTION CENTER", "GA", 1400)]))
            let later = try await Self.csv(db)
            #expect(!later.contains { $0.contains("CAMP NORTH") || $0.contains("2025-06-10") })
            #expect(later == after)
        }
    }

    @Test("a subscription gets each event it wants once: retried with backoff after a failure, never sent twice",
          arguments: TestEngine.available)
    func deliveries(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a subscription to Texas, made before the releases arrive
            let subscription = try await AlertSubscriptions(database: db).add(
                AlertScope(state: "TX", kinds: [.new]), channel: .webhook(url: "http://127.0.0.1:9/hook", secret: "0123456789abcdef"),
                by: "command line")
            let archive = ReleaseArchive(database: db)
            try await archive.archive(Self.february)
            try await archive.archive(Self.march)
            let queue = AlertDeliveryQueue(database: db, retry: AlertRetryPolicy(baseSeconds: 60, maximumAttempts: 3))
            let now = Date()
            // when deliveries are queued: only Camp East is new in Texas (Old Camp is new too: it never held people before February)
            #expect(try await queue.enqueue(now: now) == 2)
            #expect(try await queue.enqueue(now: now) == 0)
            let due = try await queue.claimDue(now: now)
            #expect(Set(due.map(\.event.event.name)) == ["CAMP EAST", "OLD CAMP"])
            #expect(due.allSatisfy { $0.subscription.id == subscription.id })
            // and a second sender finds them leased
            #expect(try await queue.claimDue(now: now).isEmpty)

            // when the first attempt fails
            for d in due { try await queue.record(AlertAttemptOutcome(succeeded: false, httpStatus: 500, detail: "HTTP 500"), for: d, now: now) }
            // then it waits a minute, then two (exponential backoff)
            #expect(try await queue.claimDue(now: now.addingTimeInterval(59)).isEmpty)
            let retry = try await queue.claimDue(now: now.addingTimeInterval(61))
            #expect(retry.count == 2 && retry.allSatisfy { $0.attempts == 1 })
            try await queue.record(AlertAttemptOutcome(succeeded: false, detail: "no answer"), for: retry[0], now: now.addingTimeInterval(61))
            try await queue.record(AlertAttemptOutcome(succeeded: true, httpStatus: 204, detail: "HTTP 204"), for: retry[1], now: now.addingTimeInterval(61))
            #expect(try await queue.claimDue(now: now.addingTimeInterval(61 + 119)).isEmpty)
            let third = try await queue.claimDue(now: now.addingTimeInterval(61 + 121))
            #expect(third.count == 1 && third[0].attempts == 2)
            // when the third attempt fails too, it is given up
            try await queue.record(AlertAttemptOutcome(succeeded: false, httpStatus: 503, detail: "HTTP 503"), for: third[0], now: now.addingTimeInterval(200))
            #expect(try await queue.claimDue(now: now.addingTimeInterval(100_000)).isEmpty)

            // then the log says what went where, and every attempt is kept
            let log = try await queue.log()
            #expect(log.count == 2)
            #expect(Set(log.map(\.status)) == ["delivered", "failed"])
            #expect(log.allSatisfy { $0.target == "http://127.0.0.1:9/hook" && $0.channel == "webhook" })
            let failed = log.first { $0.status == "failed" }!
            #expect(failed.attempts == 3 && failed.lastError == "HTTP 503")
            #expect(try await queue.attempts(ofDelivery: failed.id).map(\.detail) == ["HTTP 500", "no answer", "HTTP 503"])
            // and a later import recomputing the same events queues nothing again
            try await archive.archive(Self.january)
            #expect(try await queue.enqueue(now: now.addingTimeInterval(300)) == 0)
        }
    }

    @Test("a new subscription is not sent the history, and a stopped one is sent nothing more")
    func startsFromNow() async throws {
        try await withTestDatabase { db in
            let archive = ReleaseArchive(database: db)
            try await archive.archive(Self.february)
            try await archive.archive(Self.march)
            // event detection times are stored to the second: make sure the subscription is later
            try await Task.sleep(for: .milliseconds(1100))
            let subscriptions = AlertSubscriptions(database: db)
            let later = try await subscriptions.add(AlertScope(state: "TX"), channel: .email(address: "ally@example.org"), by: "ally@example.org")
            let queue = AlertDeliveryQueue(database: db)
            #expect(try await queue.enqueue() == 0)
            // a release arriving now brings events that are sent
            try await archive.archive(Self.january)
            let stopped = try await subscriptions.add(AlertScope(state: "GA"), channel: .email(address: "bo@example.org"), by: "bo@example.org")
            try await subscriptions.deactivate(id: stopped.id)
            let april = Fixtures.release(asOf: "2025-04-10", fileName: "apr.xlsx", sha: "4",
                                         facilities: [("STEWART DETENTION CENTER", "GA", 1900), ("NEW TEXAS SITE", "TX", 100)])
            try await archive.archive(april)
            // then the later subscription gets what was detected since it was made: Old Camp, now known to have held people
            // in January, reopened in March; the new Texas site in April. The stopped one gets nothing.
            #expect(try await queue.enqueue() == 2)
            let log = try await queue.log()
            #expect(log.allSatisfy { $0.subscriptionID == later.id })
            #expect(Set(log.map { "\($0.eventKind) \($0.facilityName)" }) == ["reopened OLD CAMP", "new NEW TEXAS SITE"])
        }
    }
}
