import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport

/// Storing and reading incidents, on SQLite and PostgreSQL: audited changes in one
/// transaction, all-or-nothing idempotent imports, and internal incidents never read as public.
@Suite("Incident store")
struct IncidentStoreTests {
    typealias F = IncidentFixtures
    /// An editor account, as the audit log's actor (the log refers to the account).
    static func editor(_ db: VigilDatabase) async throws -> AuditEvent.Actor {
        let user = try await UserAccounts(database: db).add(email: "editor@example.org", role: .editor,
                                                            password: "a long enough password", by: .commandLine)
        return .user(id: user.id, email: user.email)
    }

    static func list(_ entries: [(Int, Incident)], sha: Character = "e", name: String = "incidents.csv") -> IncidentList {
        IncidentList(source: SourceFile(fileName: name, sha256: String(repeating: sha, count: 64), byteCount: 100),
                     entries: entries.map { IncidentList.Entry(row: $0.0, incident: $0.1) })
    }

    @Test("add stores the incident under the facility's registry code with its audit entry", arguments: TestEngine.available)
    func addWithAudit(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given the fixture facilities and an audit log with nothing about incidents
            try await F.loadFacilities(db)
            let editor = try await Self.editor(db)
            let audited = try await db.rowCount("audit_log")
            // when an editor records an incident against the workbook key tied to STWRTGA
            let id = try await IncidentArchive(database: db).add(F.incident(facility: F.stewartKey), by: "editor@example.org", audit: editor)
            // then it is stored under the code, with the name shown and who recorded it
            let row = try #require(try await IncidentQueries(database: db).incident(id: id, includeInternal: true))
            #expect(row.facilityKey == F.stewartCode && row.facilityName == F.stewartName)
            #expect(row.recordedBy == "editor@example.org" && row.importSHA256 == nil && row.importRow == nil)
            #expect(row.sourceURL == "https://example.org/declaration.pdf" && row.documentedBy == "Example Legal Aid")
            // and one audit entry names the editor, the incident and what it is
            #expect(try await db.rowCount("audit_log") == audited + 1)
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "incident.add" && entry.actor == "editor@example.org" && entry.actorUserID == editor.userID)
            #expect(entry.subject == "incident \(id)")
            #expect(entry.details["facility"] == F.stewartCode && entry.details["visibility"] == "public")
        }
    }

    @Test("a facility without a registry code is stored under its workbook key; a code in lower case resolves", arguments: TestEngine.available)
    func facilityResolution(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await F.loadFacilities(db)
            let editor = try await Self.editor(db)
            let archive = IncidentArchive(database: db)
            let plain = try await archive.add(F.incident(facility: F.plainKey), by: "e@example.org", audit: editor)
            let lower = try await archive.add(F.incident(facility: "stwrtga"), by: "e@example.org", audit: editor)
            let queries = IncidentQueries(database: db)
            #expect(try await queries.incident(id: plain, includeInternal: true)?.facilityKey == F.plainKey)
            #expect(try await queries.incident(id: plain, includeInternal: true)?.facilityName == F.plainName)
            #expect(try await queries.incident(id: lower, includeInternal: true)?.facilityKey == F.stewartCode)
            // and the facility's page, by code or by key, finds the incident stored under the code
            for identifier in [F.stewartCode, F.stewartKey] {
                let identifiers = try await queries.identifiers(forFacility: identifier)
                #expect(try await queries.incidents(facilityIdentifiers: identifiers, includeInternal: true).map(\.id) == [lower])
            }
        }
    }

    @Test("a facility named with its state goes through the registry's matcher to its code", arguments: TestEngine.available)
    func facilityByName(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await F.loadFacilities(db)
            let editor = try await Self.editor(db)
            // given the name as a legal team writes it, abbreviated, with the state
            let id = try await IncidentArchive(database: db).add(F.incident(facility: "Stewart Det. Ctr., GA"), by: "e@example.org", audit: editor)
            // then it is stored under Stewart's code
            #expect(try await IncidentQueries(database: db).incident(id: id, includeInternal: true)?.facilityKey == F.stewartCode)
            // and a name in the wrong state is unknown, and refused
            await #expect(throws: (any Error).self) {
                _ = try await IncidentArchive(database: db).add(F.incident(facility: "Stewart Detention Center, TX"), by: "e@example.org", audit: editor)
            }
        }
    }

    @Test("an unknown facility stores nothing, not even an audit entry", arguments: TestEngine.available)
    func unknownFacility(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await F.loadFacilities(db)
            let editor = try await Self.editor(db)
            let audited = try await db.rowCount("audit_log")
            await #expect(throws: IncidentArchive.Refusal.unknownFacility("NOWHERE")) {
                try await IncidentArchive(database: db).add(F.incident(facility: "NOWHERE"), by: "e@example.org", audit: editor)
            }
            #expect(try await db.rowCount("incidents") == 0)
            #expect(try await db.rowCount("audit_log") == audited)
        }
    }

    @Test("when the audit entry cannot be stored, the incident is not stored either", arguments: TestEngine.available)
    func oneTransaction(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given an audit log that refuses every entry
            try await F.loadFacilities(db)
            let editor = try await Self.editor(db)
            try await db.sql.raw("DROP TABLE audit_log").run()
            // when an incident is added
            await #expect(throws: (any Error).self) {
                try await IncidentArchive(database: db).add(F.incident(), by: "e@example.org", audit: editor)
            }
            // then nothing is stored
            #expect(try await db.rowCount("incidents") == 0)
        }
    }

    @Test("status and visibility changes are audited with before and after; the same values again change nothing", arguments: TestEngine.available)
    func update(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await F.loadFacilities(db)
            let editor = try await Self.editor(db)
            let archive = IncidentArchive(database: db)
            let id = try await archive.add(F.incident(visibility: .internal), by: "e@example.org", audit: editor)
            // when an editor marks it corroborated and public
            #expect(try await archive.update(id: id, status: .corroborated, visibility: .public, audit: editor))
            // then it reads so, and the audit log says what it was
            let row = try #require(try await IncidentQueries(database: db).incident(id: id, includeInternal: false))
            #expect(row.status == .corroborated && row.visibility == .public)
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "incident.update" && entry.subject == "incident \(id)")
            #expect(entry.details == ["status": "corroborated", "previous_status": "alleged", "visibility": "public", "previous_visibility": "internal"])
            // and the same change again stores nothing
            let audited = try await db.rowCount("audit_log")
            #expect(try await archive.update(id: id, status: .corroborated, visibility: .public, audit: editor) == false)
            #expect(try await db.rowCount("audit_log") == audited)
            // and an unknown incident is refused
            await #expect(throws: IncidentArchive.Refusal.noSuchIncident(9999)) {
                try await archive.update(id: 9999, status: .alleged, visibility: .public, audit: editor)
            }
        }
    }

    @Test("an import stores every row with its file and row, audited once; the same file again changes nothing", arguments: TestEngine.available)
    func importIdempotent(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await F.loadFacilities(db)
            _ = try await Self.editor(db)
            let archive = IncidentArchive(database: db)
            let file = Self.list([(2, F.incident()), (3, F.incident(facility: F.plainKey, category: .failedPlumbing, visibility: .internal))])
            // when imported
            let first = try await archive.importBatch(file, recordedBy: "import:incidents.csv", audit: .commandLine)
            #expect(first == IncidentArchive.ImportReport(added: 2, alreadyStored: 0))
            let rows = try await IncidentQueries(database: db).all(includeInternal: true)
            #expect(Set(rows.map(\.importRow)) == [2, 3])
            #expect(rows.allSatisfy { $0.importSHA256 == String(repeating: "e", count: 64) && $0.recordedBy == "import:incidents.csv" })
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "incident.import" && entry.actor == "command line" && entry.details["added"] == "2")
            // when imported again
            let audited = try await db.rowCount("audit_log")
            let second = try await archive.importBatch(file, recordedBy: "import:incidents.csv", audit: .commandLine)
            // then nothing changes
            #expect(second == IncidentArchive.ImportReport(added: 0, alreadyStored: 2))
            #expect(try await db.rowCount("incidents") == 2)
            #expect(try await db.rowCount("audit_log") == audited)
        }
    }

    @Test("an import naming unknown facilities stores nothing and lists every such row", arguments: TestEngine.available)
    func importAllOrNothing(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await F.loadFacilities(db)
            _ = try await Self.editor(db)
            let audited = try await db.rowCount("audit_log")
            let file = Self.list([(2, F.incident()), (3, F.incident(facility: "NOWHERE")), (4, F.incident()), (5, F.incident(facility: "ELSEWHERE"))])
            do {
                _ = try await IncidentArchive(database: db).importBatch(file, recordedBy: "import:incidents.csv", audit: .commandLine)
                Issue.record("the import was not refused")
            } catch let failure as ImportFailure {
                #expect(failure.location == SourceLocation(file: "incidents.csv", column: "facility"))
                #expect(failure.reason.contains("row 3: “NOWHERE”") && failure.reason.contains("row 5: “ELSEWHERE”"))
                #expect(failure.reason.hasPrefix("2 rows name a facility"))
            }
            #expect(try await db.rowCount("incidents") == 0)
            #expect(try await db.rowCount("audit_log") == audited)
        }
    }

    @Test("internal incidents are left out of every query unless asked for", arguments: TestEngine.available)
    func visibility(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given one public and one internal incident at Stewart, and one internal at the plain jail
            try await F.loadFacilities(db)
            let editor = try await Self.editor(db)
            let archive = IncidentArchive(database: db)
            let open = try await archive.add(F.incident(on: "2024-01-01", category: .death, status: .officialFinding), by: "e", audit: editor)
            let hidden = try await archive.add(F.incident(on: "2024-02-01", visibility: .internal), by: "e", audit: editor)
            let hiddenPlain = try await archive.add(F.incident(facility: F.plainKey, visibility: .internal), by: "e", audit: editor)
            let q = IncidentQueries(database: db)
            // then public reads see only the public one
            #expect(try await q.all(includeInternal: false).map(\.id) == [open])
            #expect(try await q.incidents(facilityIdentifiers: [F.stewartCode, F.plainKey], includeInternal: false).map(\.id) == [open])
            #expect(try await q.incident(id: hidden, includeInternal: false) == nil)
            #expect(try await q.countsByFacility(includeInternal: false) == [F.stewartCode: [.death: 1]])
            #expect(try await q.tallies(includeInternal: false) == [IncidentTally(facilityKey: F.stewartCode, category: .death, status: .officialFinding, count: 1)])
            // and internal reads see all three, newest first
            #expect(try await q.all(includeInternal: true).map(\.id) == [hiddenPlain, hidden, open])
            #expect(try await q.incident(id: hidden, includeInternal: true)?.visibility == .internal)
            #expect(try await q.countsByFacility(includeInternal: true)
                    == [F.stewartCode: [.death: 1, .negligentOrAbusiveMedicalCare: 1], F.plainKey: [.negligentOrAbusiveMedicalCare: 1]])
            #expect(try await q.tallies(includeInternal: true).map(\.count).reduce(0, +) == 3)
        }
    }

    @Test("the incidents export includes internal incidents with their visibility", arguments: TestEngine.available)
    func export(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await F.loadFacilities(db)
            let editor = try await Self.editor(db)
            _ = try await IncidentArchive(database: db).add(F.incident(visibility: .internal), by: "e@example.org", audit: editor)
            let table = try await Exporter(database: db).table(.incidents)
            #expect(table.columns == IncidentTable.columns)
            let visibility = try #require(table.columns.firstIndex(of: "visibility"))
            #expect(table.rows.count == 1 && table.rows[0][visibility] == .text("internal"))
        }
    }

    @Test("demo incidents are clearly synthetic, some internal, and removed when the demo goes", arguments: TestEngine.available)
    func demo(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given the demo releases and their incidents
            let releases = DemoDataset.releases(count: 2)
            for release in releases { try await ReleaseArchive(database: db).archive(release, synthetic: true) }
            let keys = Array(releases.last!.facilities.prefix(3).map(\.key))
            let archive = IncidentArchive(database: db)
            #expect(try await archive.loadDemo(DemoIncidents.incidents(at: keys)) == 5)
            // then each says it is a demo, and both visibilities are shown
            let rows = try await IncidentQueries(database: db).all(includeInternal: true)
            #expect(rows.count == 5 && rows.allSatisfy { $0.sourceTitle.hasPrefix("DEMO") && $0.recordedBy == DemoIncidents.recorder })
            #expect(Set(rows.map(\.visibility)) == [.public, .internal])
            #expect(Set(rows.map(\.facilityKey)) == Set(keys.map(\.rawValue)))
            // and a demo an older Vigil loaded, its English "synthetic" sentence stored in the text, reads without it
            // (the pages say it in the reader's language)
            let plain = DemoIncidents.incidents(at: keys)
            #expect(plain.allSatisfy { !$0.description.contains("Synthetic") })
            #expect(try await archive.removeDemo() == 5)
            var old = plain
            for index in old.indices { old[index].description += DemoIncidents.legacyNote }
            #expect(try await archive.loadDemo(old) == 5)
            let reread = try await IncidentQueries(database: db).all(includeInternal: true)
            #expect(reread.allSatisfy(\.isDemo) && Set(reread.map(\.description)) == Set(plain.map(\.description)))
            // when the demo is removed, its incidents go, and nothing else
            try await F.loadFacilities(db)
            _ = try await archive.add(F.incident(), by: "editor@example.org", audit: .commandLine)
            #expect(try await archive.removeDemo() == 5)
            #expect(try await IncidentQueries(database: db).all(includeInternal: true).map(\.recordedBy) == ["editor@example.org"])
        }
    }
}
