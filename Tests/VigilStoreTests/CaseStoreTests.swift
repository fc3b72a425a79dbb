import Foundation
import SQLKit
import Testing
import VigilCore
import VigilStore
import VigilTestSupport

/// Case records on SQLite and PostgreSQL: sealed fields hold no plaintext, every read and change
/// is audited, imports are all or nothing, transfers move the case, and another key opens nothing.
@Suite("Case store")
struct CaseStoreTests {
    typealias F = CaseFixtures

    static func reader(_ purpose: String = "test") -> CaseArchive.Reader {
        CaseArchive.Reader(actor: .commandLine, ground: "member:attorney", purpose: purpose)
    }

    @Test("the A-number, date of birth and medical notes are stored sealed: the raw columns hold no plaintext", arguments: TestEngine.available)
    func sealedAtRest(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a case stored with the fixture's A-number, birth date and medical note
            let (first, _) = try await F.load(db)
            let archive = CaseArchive(database: db, key: F.key)
            let id = try await archive.add(F.file(), to: first, recordedBy: "member@example.org", audit: .commandLine)
            // when the raw row is read straight from the engine
            struct Raw: Decodable { var a_number_sealed: String; var birth_date_sealed: String; var medical_notes_sealed: String? }
            let raw = try #require(try await db.sql.raw("SELECT a_number_sealed, birth_date_sealed, medical_notes_sealed FROM cases WHERE id = \(bind: id)")
                .first(decoding: Raw.self))
            // then no sealed column holds the value, in any spelling, and each is the v1 format
            let sealed = [raw.a_number_sealed, raw.birth_date_sealed, try #require(raw.medical_notes_sealed)]
            for column in sealed {
                #expect(column.hasPrefix("v1:"))
                for plain in [F.aNumberDigits, "246-813-579", "1961-04-09", "1961", "Insulin", F.medicalNote] {
                    #expect(!column.contains(plain), "plaintext \(plain) in \(column)")
                }
            }
            // and nothing anywhere in the row's text does: a dump of every column has none of them
            struct All: Decodable { var dump: String }
            let dump = try #require(try await db.sql.raw("""
                SELECT name || citizenship || languages || facility_key || detained_on || COALESCE(notes, '') || a_number_sealed || birth_date_sealed
                    || COALESCE(medical_notes_sealed, '') AS dump FROM cases WHERE id = \(bind: id)
                """).first(decoding: All.self)).dump
            for plain in [F.aNumberDigits, "1961-04-09", F.medicalNote] { #expect(!dump.contains(plain)) }
            // and the same A-number sealed twice looks different (a fresh nonce each time)
            let second = try await archive.add(F.file(name: "Another Person"), to: first, recordedBy: "m", audit: .commandLine)
            let other = try #require(try await db.sql.raw("SELECT a_number_sealed, birth_date_sealed, medical_notes_sealed FROM cases WHERE id = \(bind: second)")
                .first(decoding: Raw.self))
            #expect(other.a_number_sealed != raw.a_number_sealed)
            // and reading through the archive opens them again
            let stored = try #require(try await archive.read(id: id, in: first, by: Self.reader()))
            #expect(stored.file.aNumber.digits == F.aNumberDigits && stored.file.birthDate.iso == "1961-04-09")
            #expect(stored.file.medicalNotes == F.medicalNote)
            #expect(stored.file == F.file())
        }
    }

    @Test("another key opens nothing: reads fail and verifyKey says so", arguments: TestEngine.available)
    func wrongKey(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let (first, _) = try await F.load(db)
            let id = try await CaseArchive(database: db, key: F.key).add(F.file(), to: first, recordedBy: "m", audit: .commandLine)
            let stranger = CaseArchive(database: db, key: DataKey.random())
            await #expect(throws: (any Error).self) { try await stranger.verifyKey() }
            await #expect(throws: (any Error).self) { _ = try await stranger.read(id: id, in: first, by: Self.reader()) }
            try await CaseArchive(database: db, key: F.key).verifyKey()
            #expect(try await CaseArchive.count(in: db) == 1)
        }
    }

    @Test("every read and change is in the audit log: who, which case, what — and no person data in it", arguments: TestEngine.available)
    func audited(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let (first, second) = try await F.load(db)
            let archive = CaseArchive(database: db, key: F.key)
            let actor = AuditEvent.Actor.user(id: 1, email: "member@example.org")
            // when a case is added, read, listed, changed and moved
            let id = try await archive.add(F.file(), to: first, recordedBy: "member@example.org", audit: actor)
            _ = try await archive.read(id: id, in: first, by: CaseArchive.Reader(actor: actor, ground: "member:attorney", purpose: "case page"))
            _ = try await archive.list(first, by: CaseArchive.Reader(actor: actor, ground: "member:attorney", purpose: "release queue"))
            var changed = F.file()
            changed.nextHearing = CalendarDate(year: 2030, month: 1, day: 2)
            try await archive.update(id: id, in: first, to: changed, audit: actor)
            try await archive.addEvent(CustodyEvent(kind: .transferred, date: CalendarDate(year: 2025, month: 2, day: 1)!, facility: IncidentFixtures.plainKey),
                                       toCase: id, in: first, recordedBy: "member@example.org", audit: actor)
            // then each is one entry naming the actor and the case
            let log = try await AuditLog(database: db).latest(limit: 10).filter { $0.action.hasPrefix("case.") }
            #expect(log.map(\.action) == ["case.event", "case.update", "case.list", "case.read", "case.add"])
            #expect(log.allSatisfy { $0.actor == "member@example.org" })
            #expect(log.first { $0.action == "case.read" }?.subject == "case \(id)")
            #expect(log.first { $0.action == "case.read" }?.details["purpose"] == "case page")
            #expect(log.first { $0.action == "case.list" }?.details["cases"] == String(id))
            #expect(log.first { $0.action == "case.update" }?.details["fields"] == "next_hearing")
            // and the log holds no person data
            for entry in log {
                let text = [entry.subject ?? ""] + entry.details.values
                #expect(!text.contains { $0.contains(F.name) || $0.contains(F.aNumberDigits) || $0.contains("1961") })
            }
            // and a case is never read through another organization, nor audited as read
            #expect(try await archive.read(id: id, in: second, by: Self.reader()) == nil)
            #expect(try await AuditLog(database: db).latest(limit: 1).first?.action == "case.event")
        }
    }

    @Test("a transfer moves the case to the new facility and is kept in its history", arguments: TestEngine.available)
    func transfer(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let (first, _) = try await F.load(db)
            let archive = CaseArchive(database: db, key: F.key)
            let id = try await archive.add(F.file(), to: first, recordedBy: "m", audit: .commandLine)
            try await archive.addEvent(CustodyEvent(kind: .transferred, date: CalendarDate(year: 2025, month: 2, day: 1)!, facility: IncidentFixtures.plainKey),
                                       toCase: id, in: first, recordedBy: "m", audit: .commandLine)
            try await archive.addEvent(CustodyEvent(kind: .bondSet, date: CalendarDate(year: 2025, month: 3, day: 1)!, amountCents: 750_000),
                                       toCase: id, in: first, recordedBy: "m", audit: .commandLine)
            var stored = try #require(try await archive.read(id: id, in: first, by: Self.reader()))
            #expect(stored.file.facility == IncidentFixtures.plainKey && stored.facilityName == IncidentFixtures.plainName)
            #expect(stored.events.map(\.event.kind) == [.detained, .transferred, .bondSet])
            #expect(stored.events[0].event.facility == IncidentFixtures.stewartCode && stored.events[2].event.amountCents == 750_000)
            #expect(stored.file.custodyStatus == .detained)
            try await archive.addEvent(CustodyEvent(kind: .paroled, date: CalendarDate(year: 2025, month: 3, day: 9)!), toCase: id, in: first,
                                       recordedBy: "m", audit: .commandLine)
            stored = try #require(try await archive.read(id: id, in: first, by: Self.reader()))
            #expect(stored.file.custodyStatus == .paroled)
            // and a transfer to a facility nobody knows is refused, changing nothing
            await #expect(throws: CaseArchive.Refusal.unknownFacility("NOWHERE")) {
                try await archive.addEvent(CustodyEvent(kind: .transferred, date: CalendarDate(year: 2025, month: 4, day: 1)!, facility: "NOWHERE"),
                                           toCase: id, in: first, recordedBy: "m", audit: .commandLine)
            }
            #expect(try await archive.read(id: id, in: first, by: Self.reader())?.events.count == 4)
        }
    }

    @Test("an import is all or nothing: one unknown facility stores no case; the same file again adds nothing", arguments: TestEngine.available)
    func importAllOrNothing(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let (first, _) = try await F.load(db)
            let archive = CaseArchive(database: db, key: F.key)
            let source = SourceFile(fileName: "cases.csv", sha256: String(repeating: "a", count: 64), byteCount: 10)
            let bad = CaseList(source: source, entries: [CaseList.Entry(row: 2, file: F.file()),
                                                         CaseList.Entry(row: 3, file: F.file(name: "B", facility: "NOWHERE"))])
            let failure = await #expect(throws: ImportFailure.self) {
                try await archive.importBatch(bad, into: first, recordedBy: "import", audit: .commandLine)
            }
            #expect(failure?.location.row == 3 && failure?.location.column == "facility")
            #expect(try await CaseArchive.count(in: db) == 0)
            let good = CaseList(source: source, entries: [CaseList.Entry(row: 2, file: F.file()), CaseList.Entry(row: 3, file: F.file(name: "B"))])
            #expect(try await archive.importBatch(good, into: first, recordedBy: "import", audit: .commandLine).added == 2)
            #expect(try await archive.importBatch(good, into: first, recordedBy: "import", audit: .commandLine).added == 0)
            #expect(try await CaseArchive.count(in: db) == 2)
        }
    }

    @Test("the demo's synthetic organization and cases load on the demo facilities, once, and go when real data replaces the demo",
          arguments: TestEngine.available)
    func demo(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given the demo releases, as `vigil serve` loads them into an empty database
            let releases = DemoDataset.releases(seed: 2024, count: 2)
            for release in releases { try await ReleaseArchive(database: db).archive(release, synthetic: true) }
            let keys = releases.last!.facilities.prefix(3).map(\.key.rawValue)
            let archive = CaseArchive(database: db, key: F.key)
            // when the demo cases load, twice
            #expect(try await archive.loadDemo(DemoCases.cases(at: keys, today: .today)) == 4)
            #expect(try await archive.loadDemo(DemoCases.cases(at: keys, today: .today)) == 0)
            // then the synthetic organization holds four synthetic cases, sealed like any other
            let organization = try #require(try await Organizations(database: db).organization(slug: DemoCases.organizationSlug))
            let cases = try await archive.list(organization, by: Self.reader())
            #expect(cases.count == 4 && cases.allSatisfy { $0.synthetic && $0.file.name.hasSuffix("(synthetic)") })
            #expect(Set(cases.map(\.file.facility)).isSubset(of: Set(keys)))
            // and removing the demo removes them and the organization
            #expect(try await CaseArchive.removeDemo(from: db) == 4)
            #expect(try await CaseArchive.count(in: db) == 0)
            #expect(try await Organizations(database: db).organization(slug: DemoCases.organizationSlug) == nil)
        }
    }
}
