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

    @Test("a first real group, into a database holding only demo releases and their events, replaces those events with its own",
          arguments: TestEngine.available)
    func firstGroupReplacesDemoEvents(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given two demo months with an event between them (Camp West opens)
            let demo = ReleaseArchive(database: db)
            try await demo.archive(Fixtures.release(asOf: "2025-04-10", fileName: "demo1.xlsx", sha: "a",
                                                    facilities: [("STEWART DETENTION CENTER", "GA", 900)]), synthetic: true)
            try await demo.archive(Fixtures.release(asOf: "2025-05-10", fileName: "demo2.xlsx", sha: "b",
                                                    facilities: [("STEWART DETENTION CENTER", "GA", 900), ("CAMP WEST", "TX", 500)]),
                                   synthetic: true)
            #expect(try await Self.csv(db).contains { $0.hasPrefix("new,,camp-west-tx") })
            // when another archive (nothing cached) stores real months as one group, which removes the demo first
            let real = ReleaseArchive(database: db)
            let stored = await real.archive(group: [Self.january, Self.february, Self.march].map(PreparedRelease.init))
            #expect(stored.count == 3)
            // then the only releases stored are the group's, and the events are theirs alone, as a full detection finds them
            #expect(try await ReleaseQueries(database: db).all().count == 3)
            let (events, detected) = try await Self.storedAndDetected(db)
            #expect(events == detected)
            let all = try await Self.csv(db)
            #expect(!all.contains { $0.contains("CAMP WEST") || $0.contains("2025-05-10") })
            #expect(all.contains("reopened,,old-camp-tx,OLD CAMP,TX,2025-02-10,2025-03-10,,60,60"))
            #expect(all.count == 4)
        }
    }

    /// Seven months in which facilities open, empty, reopen and surge. Even months list empty
    /// facilities too, odd ones leave them out; Camp South is listed only in March and July.
    static let months: [IceStatsRelease] = (1...7).map { month in
        let camps: [(String, String, Double)] = [
            ("STEWART DETENTION CENTER", "GA", [1000, 1100, 1400, 1450, 2000, 2100, 2900][month - 1]),
            ("OLD CAMP", "TX", [80, 0, 60, 0, 0, 90, 95][month - 1]),
            ("CAMP EAST", "TX", [0, 0, 2000, 2100, 2200, 0, 3000][month - 1]),
        ].filter { $0.2 > 0 || month % 2 == 0 }
        let south: [(String, String, Double)] = month == 3 || month == 7 ? [("CAMP SOUTH", "TX", 300)] : []
        return Fixtures.release(asOf: "2025-0\(month)-10", fileName: "m\(month).xlsx", sha: Character("\(month)"),
                                facilities: camps + south)
    }

    /// The stored events, and those a detection over every stored release finds, both by key with their figures.
    static func storedAndDetected(_ db: VigilDatabase) async throws -> (stored: [String], detected: [String]) {
        func line(_ e: ExpansionEvent) -> String {
            "\(e.eventKey) \(e.kind) \(e.releaseID) \(e.previousReleaseID) \(e.adp ?? -1) \(e.previousADP ?? -1) \(e.change)"
        }
        let stored = try await ExpansionEventQueries(database: db).all().map { line($0.event) }.sorted()
        // Read outside a transaction, which would advance the data version and so empty the archive's snapshot.
        let releases = try await ExpansionEventDetection.releases(on: db.sql)
        return (stored, ExpansionEventDetector.events(in: releases).map(line).sorted())
    }

    @Test("releases stored in groups get the events a detection over every release finds, whatever the groups and their order",
          arguments: TestEngine.available)
    func groupsOfReleases(engine: TestEngine) async throws {
        let m = Self.months
        // Each grouping takes a different way through the detection: a first group read back in
        // full, groups added after every stored release, one release put in before others, and
        // several put in among them.
        let groupings: [[[IceStatsRelease]]] = [
            [[m[4], m[1]], [m[3]], [m[0], m[2]], [m[5], m[6]]],
            [[m[0], m[1], m[2]], [m[3], m[4]], [m[6]], [m[5]]],
            [[m[6]], [m[0], m[5]], [m[1], m[3], m[2]], [m[4]]],
        ]
        var answers: Set<[String]> = []
        for grouping in groupings {
            try await withTestDatabase(engine) { db in
                let archive = ReleaseArchive(database: db)
                for group in grouping {
                    let stored = await archive.archive(group: group.map(PreparedRelease.init))
                    #expect(stored.count == group.count)
                    for (release, one) in zip(group, stored) {
                        guard case .archived = try one.outcome.get() else {
                            Issue.record("\(release.source.fileName) was not archived as new: \(one.outcome)")
                            continue
                        }
                    }
                    // then after every group the stored events are exactly what a full detection finds
                    let (stored_, detected) = try await Self.storedAndDetected(db)
                    #expect(stored_ == detected)
                }
                #expect(try await ReleaseQueries(database: db).all().count == 7)
                answers.insert(try await Self.csv(db))
            }
        }
        // and every grouping ends with the same events, among them a reopening and surges
        #expect(answers.count == 1)
        let all = answers.first ?? []
        #expect(all.contains { $0.hasPrefix("reopened,,old-camp-tx") })
        #expect(all.contains { $0.hasPrefix("surge,,stewart-detention-center-ga") })
        #expect(all.contains { $0.hasPrefix("new,,camp-east-tx") })
        #expect(all.contains { $0.hasPrefix("reopened,,camp-south-tx,CAMP SOUTH,TX,2025-06-10,2025-07-10") })
    }

    @Test("a release the database refuses in a group is refused alone: the others are stored, with their events",
          arguments: TestEngine.available)
    func refusedReleaseInGroup(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a database that refuses one file name, after its release row has been written
            switch engine {
            case .sqlite:
                try await db.sql.raw("""
                    CREATE TRIGGER refuse_m2 BEFORE INSERT ON release_files WHEN NEW.file_name = 'm2.xlsx'
                    BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
                    """).run()
            case .postgres:
                try await db.sql.raw("""
                    CREATE FUNCTION refuse_m2() RETURNS trigger AS $$ BEGIN
                    IF NEW.file_name = 'm2.xlsx' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW;
                    END $$ LANGUAGE plpgsql
                    """).run()
                try await db.sql.raw("CREATE TRIGGER refuse_m2 BEFORE INSERT ON release_files FOR EACH ROW EXECUTE FUNCTION refuse_m2()").run()
            }
            let archive = ReleaseArchive(database: db)
            // when three months are stored as one group, the second of them refused
            let stored = await archive.archive(group: Self.months.prefix(3).map(PreparedRelease.init))
            // then the first and third are archived and the second reports why not
            #expect(stored.count == 3)
            guard case .archived = try stored[0].outcome.get(), case .archived = try stored[2].outcome.get() else {
                Issue.record("the first and third were not archived: \(stored.map(\.outcome))")
                return
            }
            guard case .failure(let error) = stored[1].outcome else {
                Issue.record("the refused release was reported stored")
                return
            }
            #expect(String(reflecting: error).contains("refused by the test"))
            // and nothing of the second is left: no release row, no file, no facility rows
            let releases = try await ReleaseQueries(database: db).all()
            #expect(releases.map(\.asOfDate.iso).sorted() == ["2025-01-10", "2025-03-10"])
            #expect(try await db.rowCount("facility_observations") == Self.months[0].facilities.count + Self.months[2].facilities.count)
            #expect(try await db.rowCount("release_files") == 2)
            // and the events are those of the two stored months
            let (events, detected) = try await Self.storedAndDetected(db)
            #expect(events == detected)
            #expect(!events.isEmpty)
            // and once the database takes it, the refused month comes in between, its events with it
            try await db.sql.raw("DROP TRIGGER refuse_m2\(unsafeRaw: engine == .postgres ? " ON release_files" : "")").run()
            let again = await archive.archive(group: [PreparedRelease(Self.months[1])])
            guard case .archived = try again[0].outcome.get() else { Issue.record("February was not archived"); return }
            let (after, detectedAfter) = try await Self.storedAndDetected(db)
            #expect(after == detectedAfter)
            #expect(after != events)
        }
    }

    @Test("in one group, a file given twice and a copy of a release under other bytes add no row twice",
          arguments: TestEngine.available)
    func copiesInOneGroup(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a release with segregation rows, the same file again, and the same release saved again (other bytes)
            let lines: [(month: String, name: String, key: FacilityKey?, count: Int)] = [
                ("2025-06", "STEWART DETENTION CENTER", SegregationStoreTests.stewart, 3), ("2025-06", "OTERO COUNTY", nil, 4),
            ]
            let release = SegregationStoreTests.release(asOf: "2025-08-01", fileName: "a.xlsx", sha: "a", lines: lines)
            var copy = release
            copy.source = SourceFile(fileName: "a-copy.xlsx", sha256: String(repeating: "b", count: 64), byteCount: 99)
            // when all three are stored as one group
            let stored = await ReleaseArchive(database: db).archive(group: [release, release, copy].map(PreparedRelease.init))
            // then the first is archived, the second is the same file, the third another copy of it
            let outcomes = try stored.map { try $0.outcome.get() }
            guard case .archived(let id, _, _) = outcomes[0], case .alreadyArchived(id, "a.xlsx") = outcomes[1],
                  case .republished(id, "a.xlsx") = outcomes[2] else {
                Issue.record("unexpected outcomes: \(outcomes)")
                return
            }
            // and each table under the release holds its rows once
            #expect(try await db.rowCount("facility_observations") == release.facilities.count)
            #expect(try await db.rowCount("segregation_placements") == 2)
            #expect(try await db.rowCount("vulnerable_segregation") == 3)
            #expect(try await db.rowCount("release_files") == 2)
            // and the copy left one note that it is a copy, besides the release's own anomalies
            #expect(try await db.rowCount("release_anomalies") == release.anomalies.count + 1)
        }
    }

    @Test("a batch that names the same workbook twice stores it once, whether or not the two are stored together")
    func sameFileTwiceInOneBatch() async throws {
        try await withTestDatabase { db in
            let batch = ReleaseImportBatch(database: db) { _ in
                Fixtures.release(asOf: "2025-01-10", fileName: "jan.xlsx", sha: "1", facilities: [("CAMP", "TX", 100)])
            }
            let folder = URL(fileURLWithPath: "/nonexistent")
            let results = await batch.run([folder.appendingPathComponent("a.xlsx"), folder.appendingPathComponent("b.xlsx")])
            #expect(results.map(\.summary) == ["archived: as of 2025-01-10, 1 facilities, 1 anomaly",
                                                 "unchanged: already archived as jan.xlsx"])
            let stored = try await ReleaseQueries(database: db).all()
            #expect(stored.count == 1)
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
