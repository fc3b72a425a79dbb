import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Runs `body` against the app (with the data key) on `engine`, holding the casework fixtures and
/// one case of the first organization; passes the case's id.
func withCaseApp(_ engine: TestEngine = .sqlite, dataKey: DataKey? = CaseFixtures.key, testing: TestingSetup = .router,
                 _ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase, Int) async throws -> Void) async throws {
    try await withTestDatabase(engine) { db in
        let (first, _) = try await CaseFixtures.load(db)
        let id = try await CaseArchive(database: db, key: CaseFixtures.key).add(CaseFixtures.file(), to: first, recordedBy: "member@example.org",
                                                                                  audit: .commandLine)
        let app = try await buildApplication(configuration: AppConfig(logLevel: .warning, printTimeoutSeconds: testPrintTimeoutSeconds,
                                                                      dataKey: dataKey), database: db)
        try await app.test(testing) { client in try await body(client, db, id) }
    }
}

/// Who sees a case on the web: its organization's members; a Vigil admin only after breaking
/// the glass; nobody else, not even the case's name. Every read is audited.
@Suite("Casework pages and access")
struct CaseworkPagesTests {
    typealias F = CaseFixtures

    static func signedIn(_ email: String, _ client: any TestClientProtocol) async throws -> (Browser, String) {
        var browser = Browser(client: client)
        let signIn = try await browser.signIn(email, F.password)
        #expect(signIn.status == .seeOther)
        let page = try await browser.get("/orgs")
        return (browser, try #require(Browser.csrfToken(in: page.body)))
    }

    static func caseReads(_ db: VigilDatabase) async throws -> [AuditLogEntry] {
        try await AuditLog(database: db).latest(limit: 200).filter { $0.action == "case.read" || $0.action == "case.list" }
    }

    @Test("a member sees the case, with the A-number and medical notes opened, and the read is audited", arguments: TestEngine.available)
    func memberReads(engine: TestEngine) async throws {
        try await withCaseApp(engine) { client, db, id in
            var (browser, _) = try await Self.signedIn("member@example.org", client)
            let before = try await Self.caseReads(db).count
            let page = try await browser.get("/orgs/first-legal/cases/\(id)")
            #expect(page.status == .ok)
            #expect(page.body.contains(F.name) && page.body.contains("A246-813-579") && page.body.contains(F.medicalNote))
            #expect(page.headers[.cacheControl] == "private, no-store")
            let reads = try await Self.caseReads(db)
            #expect(reads.count == before + 1)
            #expect(reads.first?.actor == "member@example.org" && reads.first?.subject == "case \(id)")
            #expect(reads.first?.details["ground"] == "member:attorney" && reads.first?.details["purpose"] == "case page")
            // and the organization page and the queue list it, each read audited
            let organization = try await browser.get("/orgs/first-legal")
            #expect(organization.status == .ok && organization.body.contains(F.name))
            let queue = try await browser.get("/orgs/first-legal/queue")
            #expect(queue.status == .ok && queue.body.contains(F.name) && queue.body.contains("How the queue is ranked"))
            #expect(queue.body.contains("Sponsor&#39;s lease") || queue.body.contains("Sponsor's lease"))
            let purposes = try await Self.caseReads(db).prefix(2).map { $0.details["purpose"] }
            #expect(purposes == ["release queue", "organization page"])
        }
    }

    @Test("another organization's member, an editor, a signed-out visitor get the same 404 and never the name; nothing is audited as read",
          arguments: ["other@example.org", "editor@example.org", nil])
    func outsidersGetNothing(email: String?) async throws {
        try await withCaseApp { client, db, id in
            var browser = Browser(client: client)
            if let email { _ = try await browser.signIn(email, F.password) }
            let before = try await Self.caseReads(db).count
            let paths = ["/orgs/first-legal/cases/\(id)", "/orgs/first-legal", "/orgs/first-legal/queue", "/orgs/first-legal/cases/\(id)/edit",
                         "/orgs/first-legal/cases/\(id)/drafts/parole", "/orgs/first-legal/cases/\(id)/drafts/parole/pdf",
                         "/orgs/first-legal/cases/new", "/orgs/first-legal/cases/999", "/orgs/no-such-org/cases/\(id)"]
            var bodies: [String] = []
            for path in paths {
                let page = try await browser.get(path)
                #expect(page.status == .notFound, "\(path) answered \(page.status)")
                #expect(!page.body.contains(F.name) && !page.body.contains("246-813-579") && !page.body.contains("First Legal Team"), "\(path) leaks")
                bodies.append(page.body.replacingOccurrences(of: path, with: ""))
            }
            // the same answer whether or not the organization or case exists
            #expect(bodies[0] == bodies[7] && bodies[0] == bodies[8])
            #expect(try await Self.caseReads(db).count == before)
        }
    }

    @Test("a case can be changed only by a member: another organization's member posting gets 404 and nothing changes")
    func outsiderCannotPost() async throws {
        try await withCaseApp { client, db, id in
            var (browser, token) = try await Self.signedIn("other@example.org", client)
            let post = try await browser.post("/orgs/first-legal/cases/\(id)/events", [("csrf_token", token), ("kind", "released"), ("date", "2025-02-01")])
            #expect(post.status == .notFound)
            let add = try await browser.post("/orgs/first-legal/cases", [("csrf_token", token), ("name", "X")])
            #expect(add.status == .notFound)
            #expect(try await CaseArchive.count(in: db) == 1)
        }
    }

    @Test("a Vigil admin is refused (403) until breaking the glass with a reason; then reads, each audited as break-glass", arguments: TestEngine.available)
    func breakGlass(engine: TestEngine) async throws {
        try await withCaseApp(engine) { client, db, id in
            var (browser, token) = try await Self.signedIn("admin@example.org", client)
            let refused = try await browser.get("/orgs/first-legal/cases/\(id)")
            #expect(refused.status == .forbidden && !refused.body.contains(F.name))
            let organization = try await browser.get("/orgs/first-legal")
            #expect(organization.status == .ok && organization.body.contains("Break the glass") && !organization.body.contains(F.name))
            // a blank reason is refused
            let blank = try await browser.post("/orgs/first-legal/break-glass", [("csrf_token", token), ("reason", "  ")])
            #expect(blank.status == .unprocessableContent)
            #expect(try await browser.get("/orgs/first-legal/cases/\(id)").status == .forbidden)
            // with a reason, the grant is recorded and the case opens
            let granted = try await browser.post("/orgs/first-legal/break-glass", [("csrf_token", token), ("reason", "Court order 25-117")])
            #expect(granted.status == .seeOther)
            let page = try await browser.get("/orgs/first-legal/cases/\(id)")
            #expect(page.status == .ok && page.body.contains(F.name) && page.body.contains("Break-glass access"))
            let log = try await AuditLog(database: db).latest(limit: 20)
            #expect(log.contains { $0.action == "org.break_glass" && $0.details["reason"] == "Court order 25-117" && $0.actor == "admin@example.org" })
            #expect(log.first { $0.action == "case.read" }?.details["ground"] == "break-glass")
            // and break-glass only reads: an admin cannot change the case
            let change = try await browser.post("/orgs/first-legal/cases/\(id)/events", [("csrf_token", token), ("kind", "released"), ("date", "2025-02-01")])
            #expect(change.status == .forbidden)
        }
    }

    @Test("no public page, download or API holds person data")
    func publicSurfaces() async throws {
        try await withCaseApp { client, _, _ in
            for path in ["/", "/incidents", "/deaths", "/ranking", "/api/v1/incidents", "/api/v1/deaths", "/api/v1/ranking", "/incidents.csv",
                         "/deaths.csv", "/facilities.csv", "/api/v1/openapi.yaml", "/facilities/\(IncidentFixtures.stewartCode)",
                         "/facilities/\(IncidentFixtures.stewartCode)/dossier"] {
                let page = try await client.get(path)
                #expect(!page.body.contains(F.name) && !page.body.contains("Marisol Testcase") && !page.body.contains("246813579"), "\(path) leaks")
            }
        }
    }

    @Test("a member records a case through the form: a bad A-number and an unknown facility are named; a good one is stored and audited")
    func recordThroughForm() async throws {
        try await withCaseApp { client, db, _ in
            var (browser, token) = try await Self.signedIn("member@example.org", client)
            let form = try await browser.get("/orgs/first-legal/cases/new")
            #expect(form.status == .ok && form.body.contains("name=\"a_number\""))
            var fields = [("csrf_token", token), ("name", "Nueva Persona <script>x</script>"), ("a_number", "A12-345"),
                          ("birth_date", "1990-02-30"), ("citizenship", "Haiti"), ("facility", IncidentFixtures.stewartCode),
                          ("detained_on", "2025-01-05"), ("pregnant", "yes")]
            let refused = try await browser.post("/orgs/first-legal/cases", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("is not an A-number") && refused.body.contains("is not a date written YYYY-MM-DD"))
            #expect(refused.body.contains("&lt;script&gt;") && !refused.body.contains("<script>x"))
            fields[2] = ("a_number", "A-987-654-321")
            fields[3] = ("birth_date", "1990-02-03")
            fields[5] = ("facility", "NOWHERE")
            let unknown = try await browser.post("/orgs/first-legal/cases", fields)
            #expect(unknown.status == .unprocessableContent && unknown.body.contains("No facility is known as"))
            #expect(try await CaseArchive.count(in: db) == 1)
            fields[5] = ("facility", "stwrtga")
            let stored = try await browser.post("/orgs/first-legal/cases", fields)
            #expect(stored.status == .seeOther)
            let location = try #require(stored.headers[.location])
            let page = try await browser.get(location)
            #expect(page.status == .ok && page.body.contains("A987-654-321") && page.body.contains("Nueva Persona &lt;script&gt;"))
            #expect(try await AuditLog(database: db).latest(limit: 5).contains { $0.action == "case.add" && $0.actor == "member@example.org" })
            // and a forged form changes nothing
            let forged = try await browser.post("/orgs/first-legal/cases", [("csrf_token", "forged")] + fields.dropFirst())
            #expect(forged.status == .forbidden)
            #expect(try await CaseArchive.count(in: db) == 2)
        }
    }

    @Test("a member records a transfer on the case page; the case then shows the new facility")
    func transferOnPage() async throws {
        try await withCaseApp { client, _, id in
            var (browser, token) = try await Self.signedIn("member@example.org", client)
            let refused = try await browser.post("/orgs/first-legal/cases/\(id)/events", [("csrf_token", token), ("kind", "transferred"), ("date", "2025-02-01")])
            #expect(refused.status == .unprocessableContent && refused.body.contains("names the facility"))
            let moved = try await browser.post("/orgs/first-legal/cases/\(id)/events",
                                               [("csrf_token", token), ("kind", "transferred"), ("date", "2025-02-01"), ("facility", IncidentFixtures.plainKey)])
            #expect(moved.status == .seeOther)
            let page = try await browser.get("/orgs/first-legal/cases/\(id)")
            #expect(page.body.contains("\(IncidentFixtures.plainName) (\(IncidentFixtures.plainKey))"))
            #expect(occurrences(of: "class=\"custody-event\"", in: page.body) == 2)
        }
    }

    @Test("drafts: each kind in English and Spanish says it is a draft, not legal advice, and lists the kept evidence",
          arguments: DraftKind.allCases)
    func drafts(kind: DraftKind) async throws {
        try await withCaseApp { client, db, id in
            var (browser, _) = try await Self.signedIn("member@example.org", client)
            let english = try await browser.get("/orgs/first-legal/cases/\(id)/drafts/\(kind.rawValue)")
            #expect(english.status == .ok && english.body.contains("lang=\"en\""))
            #expect(english.body.contains("DRAFT for a representative to review. Not legal advice"))
            #expect(english.body.contains(F.name) && english.body.contains("contenteditable=\"true\""))
            let spanish = try await browser.get("/orgs/first-legal/cases/\(id)/drafts/\(kind.rawValue)?lang=es")
            #expect(spanish.status == .ok && spanish.body.contains("lang=\"es\""))
            #expect(spanish.body.contains("BORRADOR para que lo revise un representante. No es asesoría legal"))
            if kind != .sponsorLetter {
                #expect(english.body.contains("Clinic records (2 November 2024)") && spanish.body.contains("Clinic records (2 de noviembre de 2024)"))
                #expect(english.body.contains("Sponsor&#39;s lease") || english.body.contains("Sponsor's lease"))
            }
            switch kind {
            case .parole: #expect(english.body.contains("8 CFR 212.5(b)") && english.body.contains("Fraihat"))
            case .custodyRedetermination: #expect(english.body.contains("Matter of Guerra") && spanish.body.contains("Los factores de Guerra"))
            case .sponsorLetter: #expect(english.body.contains("Marisol Testcase") && spanish.body.contains("Prueba de domicilio"))
            }
            let log = try await AuditLog(database: db).latest(limit: 2)
            #expect(log.allSatisfy { $0.action == "case.read" && $0.details["purpose"] == "draft:\(kind.rawValue)" })
        }
    }

    @Test("in Spanish, the screener's rules and reasons and a refused custody event read in Spanish; in English they are the API's words")
    func spanishCasePage() async throws {
        try await withCaseApp { client, _, id in
            var (browser, _) = try await Self.signedIn("member@example.org", client)
            let english = try await browser.get("/orgs/first-legal/cases/\(id)?lang=en")
            #expect(english.body.contains("Bond redetermination: the Guerra factors"))
            #expect(english.body.contains("the minimum bond is $1,500 (INA 236(a)(2)(A)); the judge weighs flight risk and danger"))
            let spanish = try await browser.get("/orgs/first-legal/cases/\(id)?lang=es")
            #expect(spanish.body.contains("Revisión de la fianza: los factores de Guerra"))
            #expect(spanish.body.contains("la fianza mínima es de $1,500 (INA 236(a)(2)(A)); el juez pesa el riesgo de fuga y el peligro"))
            #expect(!spanish.body.contains("the minimum bond is") && !spanish.body.contains("Bond redetermination"))
            // the language stays in the cookie, so the refused event is explained in Spanish
            let token = try #require(Browser.csrfToken(in: spanish.body))
            let refused = try await browser.post("/orgs/first-legal/cases/\(id)/events", [("csrf_token", token), ("kind", "escaped"), ("date", "2025-13-01")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("No se anotó nada: tipo: “escaped” no es ninguna de estas opciones"))
            #expect(refused.body.contains("fecha: “2025-13-01” no es una fecha escrita como AAAA-MM-DD."))
        }
    }

    @Test("without VIGIL_DATA_KEY the server refuses to show cases (503), saying why")
    func noKey() async throws {
        try await withCaseApp(dataKey: nil) { client, _, id in
            var (browser, _) = try await Self.signedIn("member@example.org", client)
            let page = try await browser.get("/orgs/first-legal/cases/\(id)")
            #expect(page.status == .serviceUnavailable && page.body.contains("VIGIL_DATA_KEY") && !page.body.contains(F.name))
        }
    }

    @Test("the case page and the queue run the release screener on the case, against the stored TPS designations",
          SharedData.required(SharedTPSDesignations.relativePath))
    func screened() async throws {
        try await withCaseApp { client, db, id in
            var (browser, _) = try await Self.signedIn("member@example.org", client)
            // without designations the page says TPS was not screened, and still shows the other paths
            let bare = try await browser.get("/orgs/first-legal/cases/\(id)")
            #expect(bare.body.contains("No TPS designations are stored"))
            // given the real designations stored
            try await CaseFixtures.storeSharedTPSDesignations(db)
            let page = try await browser.get("/orgs/first-legal/cases/\(id)")
            #expect(page.body.contains("TPS designations: version 1"))
            // then the fixture (born 1961, diabetes) meets Fraihat's risk factors, by the screener's own words
            let expected = ReleaseScreener(tpsDesignations: try SharedTPSDesignations.load()).screen(CaseFixtures.file().screeningFacts, asOf: .today)
            let fraihat = try #require(expected.paths(.fraihat).first)
            #expect(fraihat.status == .meets)
            #expect(occurrences(of: "class=\"path path-", in: page.body) == expected.paths.count)
            #expect(page.body.contains("Fraihat"))
            // and the queue scores the open path
            let queue = try await browser.get("/orgs/first-legal/queue")
            #expect(queue.body.contains("Fraihat"))
        }
    }
}
