import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Runs `body` against the app on `engine` with the incident fixture facilities and one
/// account of each role (password "a long enough password").
func withIncidentApp(_ engine: TestEngine,
                     _ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
    try await withTestDatabase(engine) { db in
        try await IncidentFixtures.loadFacilities(db)
        for role in Role.allCases {
            try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role,
                                                     password: IncidentPagesTests.password, by: .commandLine)
        }
        let app = try await buildApplication(configuration: AppConfig(logLevel: .warning), database: db)
        try await app.test(.router) { client in try await body(client, db) }
    }
}

/// Recording and reading incidents through the web, as a browser does: editors only, with the
/// CSRF token, every change audited, everything user-typed escaped, and internal incidents
/// never shown to anyone not signed in.
@Suite("Incident pages and forms")
struct IncidentPagesTests {
    typealias F = IncidentFixtures
    static let password = "a long enough password"
    static let script = "<script>alert(1)</script>"
    static let escapedScript = "&lt;script&gt;alert(1)&lt;/script&gt;"

    /// A browser signed in as `role`, and its session's CSRF token as the header's sign-out form embeds it.
    static func signedIn(_ role: Role, _ client: any TestClientProtocol) async throws -> (Browser, String) {
        var browser = Browser(client: client)
        _ = try await browser.signIn("\(role.rawValue)@example.org", password)
        let page = try await browser.get("/incidents")
        return (browser, try #require(Browser.csrfToken(in: page.body)))
    }

    /// A complete, valid form; `change` alters fields.
    static func fields(token: String?, _ change: (inout [String: String]) -> Void = { _ in }) -> [(String, String)] {
        var values = [
            "facility": F.stewartCode, "occurred_on": "2024-03-05", "category": "negligent-or-abusive-medical-care",
            "status": "alleged", "visibility": "public", "description": "He asked for insulin. " + script,
            "source_title": "Declaration", "source_url": "https://example.org/declaration.pdf", "documented_by": "Example Legal Aid",
        ]
        change(&values)
        return (token.map { [("csrf_token", $0)] } ?? []) + values.sorted { $0.key < $1.key }
    }

    @Test("an editor records an incident with a script in it: stored as typed, shown escaped everywhere, audited",
          arguments: TestEngine.available)
    func editorRecords(engine: TestEngine) async throws {
        try await withIncidentApp(engine) { client, db in
            // given a signed-in editor on the form for Stewart
            var (browser, _) = try await Self.signedIn(.editor, client)
            let form = try await browser.get("/incidents/new?facility=\(F.stewartCode)")
            #expect(form.status == .ok)
            let token = try #require(Browser.csrfToken(in: form.body))
            #expect(form.body.contains("name=\"facility\" value=\"\(F.stewartCode)\""))
            #expect(form.body.contains("value=\"internal\" checked"), "internal must be the default visibility")
            for category in IncidentCategory.allCases { #expect(form.body.contains("value=\"\(category.rawValue)\"")) }
            let audited = try await db.rowCount("audit_log")
            // when they post it with a script in the description
            let response = try await browser.post("/incidents", Self.fields(token: token))
            // then they are sent to the new incident, which is stored exactly as typed, by them
            #expect(response.status == .seeOther)
            let row = try #require(try await IncidentQueries(database: db).all(includeInternal: true).first)
            #expect(response.headers[.location] == "/incidents/\(row.id)?recorded=1")
            #expect(row.description == "He asked for insulin. " + Self.script)
            #expect(row.recordedBy == "editor@example.org" && row.facilityKey == F.stewartCode && row.visibility == .public)
            // and the audit log names the editor
            #expect(try await db.rowCount("audit_log") == audited + 1)
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "incident.add" && entry.actor == "editor@example.org" && entry.subject == "incident \(row.id)")
            // and the incident's page, the facility page (by code and by key) and the list show the script as text
            let anonymous = Browser(client: client)
            for (var viewer, path) in [(browser, "/incidents/\(row.id)?recorded=1"), (anonymous, "/incidents/\(row.id)"),
                                       (anonymous, "/facilities/\(F.stewartCode)"), (anonymous, "/facilities/\(F.stewartKey)"),
                                       (anonymous, "/incidents")] {
                let page = try await viewer.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(!page.body.contains(Self.script), "raw script on \(path)")
                #expect(page.body.contains(Self.escapedScript), "escaped text missing on \(path)")
            }
            #expect(try await browser.get("/incidents/\(row.id)?recorded=1").body.contains("The incident was recorded."))
        }
    }

    @Test("a refused form is shown again (422) with the editor's input and a message per field, and nothing is stored",
          arguments: TestEngine.available)
    func refusedForm(engine: TestEngine) async throws {
        try await withIncidentApp(engine) { client, db in
            var (browser, token) = try await Self.signedIn(.editor, client)
            let audited = try await db.rowCount("audit_log")
            // when the form has a future date, a javascript: address, no category and markup in the title
            let page = try await browser.post("/incidents", Self.fields(token: token) {
                $0["occurred_on"] = "2999-01-01"; $0["source_url"] = "javascript:alert(1)"; $0["category"] = ""
                $0["source_title"] = "\"><script>alert(2)</script>"
            })
            // then it is refused, saying what is wrong with each field
            #expect(page.status == .unprocessableContent)
            #expect(page.body.contains("2999-01-01 is in the future"))
            #expect(page.body.contains("is not an http:// or https:// web address"))
            #expect(page.body.contains("id=\"category-problem\""))
            #expect(page.body.contains("aria-invalid=\"true\""))
            // and what they typed is kept, escaped (in the textarea and in attribute values)
            #expect(page.body.contains("He asked for insulin. " + Self.escapedScript))
            #expect(page.body.contains("value=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""))
            #expect(!page.body.contains(Self.script) && !page.body.contains("<script>alert(2)"))
            #expect(page.body.contains("value=\"javascript:alert(1)\""))
            // and nothing is stored
            #expect(try await db.rowCount("incidents") == 0)
            #expect(try await db.rowCount("audit_log") == audited)
        }
    }

    @Test("an unknown facility is refused on the form (422) and nothing is stored")
    func unknownFacility() async throws {
        try await withIncidentApp(.sqlite) { client, db in
            var (browser, token) = try await Self.signedIn(.editor, client)
            let page = try await browser.post("/incidents", Self.fields(token: token) { $0["facility"] = "NOWHERE" })
            #expect(page.status == .unprocessableContent)
            #expect(page.body.contains("No facility is known as “NOWHERE”"))
            #expect(try await db.rowCount("incidents") == 0)
        }
    }

    @Test("a post without the CSRF token, or with a forged one, is 403 and nothing is stored",
          arguments: TestEngine.available.flatMap { engine in [(engine, nil), (engine, "forged-token")] as [(TestEngine, String?)] })
    func forged(engine: TestEngine, token: String?) async throws {
        try await withIncidentApp(engine) { client, db in
            var (browser, _) = try await Self.signedIn(.editor, client)
            let audited = try await db.rowCount("audit_log")
            let response = try await browser.post("/incidents", Self.fields(token: token))
            #expect(response.status == .forbidden)
            #expect(try await db.rowCount("incidents") == 0)
            #expect(try await db.rowCount("audit_log") == audited)
        }
    }

    @Test("with an expired session the editor is anonymous: the post is refused, nothing stored, nothing internal shown",
          arguments: TestEngine.available)
    func expiredSession(engine: TestEngine) async throws {
        try await withIncidentApp(engine) { client, db in
            // given an internal incident and an editor whose session has expired, still holding its form's token
            try await IncidentArchive(database: db).add(F.incident(visibility: .internal, description: "Internal note"), by: "x", audit: .commandLine)
            var (browser, token) = try await Self.signedIn(.editor, client)
            try await db.sql.raw("UPDATE sessions SET expires_at = '2001-01-01T00:00:00Z'").run()
            // when they post the form
            let response = try await browser.post("/incidents", Self.fields(token: token))
            // then it is refused and nothing more is stored
            #expect(response.status == .forbidden)
            #expect(try await db.rowCount("incidents") == 1)
            // and the list reads as it does for anyone not signed in
            let page = try await browser.get("/incidents")
            #expect(!page.body.contains("Internal note"))
            #expect(page.body.contains("href=\"/sign-in\""))
        }
    }

    @Test("a viewer may not record or change incidents (403), and nothing is stored", arguments: TestEngine.available)
    func viewer(engine: TestEngine) async throws {
        try await withIncidentApp(engine) { client, db in
            let id = try await IncidentArchive(database: db).add(F.incident(), by: "x", audit: .commandLine)
            var (browser, token) = try await Self.signedIn(.viewer, client)
            let audited = try await db.rowCount("audit_log")
            #expect(try await browser.get("/incidents/new").status == .forbidden)
            let post = try await browser.post("/incidents", Self.fields(token: token))
            #expect(post.status == .forbidden && post.body.contains("editor role"))
            let change = try await browser.post("/incidents/\(id)/status", [("csrf_token", token), ("status", "corroborated"), ("visibility", "internal")])
            #expect(change.status == .forbidden)
            #expect(try await db.rowCount("incidents") == 1)
            #expect(try await IncidentQueries(database: db).incident(id: id, includeInternal: true)?.status == .alleged)
            #expect(try await db.rowCount("audit_log") == audited)
            // and the viewer's pages offer no way to record one
            #expect(!(try await browser.get("/incidents").body.contains("Record an incident")))
            #expect(!(try await browser.get("/facilities/\(F.stewartCode)").body.contains("Add an incident")))
        }
    }

    @Test("someone not signed in asking for the form is sent to sign in, and brought back to it afterwards")
    func anonymousFormSignsIn() async throws {
        try await withIncidentApp(.sqlite) { client, _ in
            var browser = Browser(client: client)
            let response = try await browser.get("/incidents/new?facility=\(F.stewartCode)")
            #expect(response.status == .seeOther)
            let location = try #require(response.headers[.location])
            #expect(location == "/sign-in?return=%2Fincidents%2Fnew%3Ffacility%3D\(F.stewartCode)")
            // when they sign in from there
            let form = try await browser.get(location)
            #expect(form.body.contains("name=\"return\" value=\"/incidents/new?facility=\(F.stewartCode)\""))
            let signIn = try await browser.post("/sign-in", [("csrf_token", try #require(Browser.csrfToken(in: form.body))),
                                                             ("email", "editor@example.org"), ("password", Self.password),
                                                             ("return", "/incidents/new?facility=\(F.stewartCode)")])
            // then they land on the form
            #expect(signIn.status == .seeOther)
            #expect(signIn.headers[.location] == "/incidents/new?facility=\(F.stewartCode)")
            #expect(try await browser.get("/incidents/new?facility=\(F.stewartCode)").status == .ok)
        }
    }

    @Test("the sign-in return path never leaves the site", arguments: ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"])
    func returnPathStaysOnSite(path: String) async throws {
        try await withIncidentApp(.sqlite) { client, _ in
            var browser = Browser(client: client)
            let form = try await browser.get("/sign-in?return=" + SiteURL.encodeQueryValue(path))
            #expect(!form.body.contains("name=\"return\""))
            let signIn = try await browser.post("/sign-in", [("csrf_token", try #require(Browser.csrfToken(in: form.body))),
                                                             ("email", "editor@example.org"), ("password", Self.password), ("return", path)])
            #expect(signIn.headers[.location] == "/")
        }
    }

    @Test("anonymous readers never see an internal incident: list, downloads, API, its own page, the facility page",
          arguments: TestEngine.available)
    func internalHiddenFromAnonymous(engine: TestEngine) async throws {
        try await withIncidentApp(engine) { client, db in
            // given one public and one internal incident at Stewart
            let archive = IncidentArchive(database: db)
            let open = try await archive.add(F.incident(description: "PUBLIC-ACCOUNT"), by: "editor@example.org", audit: .commandLine)
            let hidden = try await archive.add(F.incident(category: .sexualAbuse, visibility: .internal, description: "INTERNAL-ACCOUNT",
                                                          sourceTitle: "INTERNAL-SOURCE"), by: "editor@example.org", audit: .commandLine)
            var anonymous = Browser(client: client)
            // then no anonymous address shows the internal one
            for path in ["/incidents", "/incidents.csv", "/incidents.json", "/api/v1/incidents", "/facilities/\(F.stewartCode)",
                         "/facilities/\(F.stewartKey)", "/incidents?facility=\(F.stewartCode)", "/incidents.csv?facility=\(F.stewartKey)",
                         "/incidents?category=sexual-abuse", "/api/v1/incidents?category=sexual-abuse"] {
                let page = try await anonymous.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(!page.body.contains("INTERNAL-ACCOUNT") && !page.body.contains("INTERNAL-SOURCE"), "internal incident on \(path)")
                #expect(!page.body.contains("editor@example.org"), "recorder's email on \(path)")
            }
            #expect(try await anonymous.get("/incidents").body.contains("PUBLIC-ACCOUNT"))
            #expect(try await anonymous.get("/facilities/\(F.stewartCode)").body.contains("PUBLIC-ACCOUNT"))
            let csv = CSV.parse(try await anonymous.get("/incidents.csv").body)
            #expect(csv.count == 2 && csv[0] == IncidentTable.columns && csv[1][0] == String(open))
            // and its own page is a 404 worded exactly like a number never used
            let internalPage = try await anonymous.get("/incidents/\(hidden)")
            let neverUsed = try await anonymous.get("/incidents/99999")
            #expect(internalPage.status == .notFound && neverUsed.status == .notFound)
            #expect(internalPage.body.contains("There is no incident \(hidden). The incidents page lists every incident you may see."))
            // (the pages differ only in the number, in the text and in the links to the page in each language)
            #expect(internalPage.body.replacingOccurrences(of: "incident \(hidden)", with: "incident N")
                        .replacingOccurrences(of: "/incidents/\(hidden)", with: "/incidents/N")
                    == neverUsed.body.replacingOccurrences(of: "incident 99999", with: "incident N")
                        .replacingOccurrences(of: "/incidents/99999", with: "/incidents/N"))
            // and the API says it holds public incidents only
            let api = try JSONSerialization.jsonObject(with: Data(try await anonymous.get("/api/v1/incidents").body.utf8)) as? [String: Any]
            #expect(api?["includes_internal"] as? Bool == false)
            #expect((api?["incidents"] as? [[String: Any]])?.map { $0["id"] as? Int } == [open])
        }
    }

    @Test("any signed-in reader sees internal incidents too, each marked Internal", arguments: TestEngine.available)
    func internalShownWhenSignedIn(engine: TestEngine) async throws {
        try await withIncidentApp(engine) { client, db in
            let hidden = try await IncidentArchive(database: db).add(F.incident(visibility: .internal, description: "INTERNAL-ACCOUNT"),
                                                                     by: "editor@example.org", audit: .commandLine)
            var (browser, _) = try await Self.signedIn(.viewer, client)
            for path in ["/incidents", "/facilities/\(F.stewartCode)", "/incidents/\(hidden)"] {
                let page = try await browser.get(path)
                #expect(page.body.contains("INTERNAL-ACCOUNT"), "\(path)")
                #expect(page.body.contains("internal-badge"), "no Internal mark on \(path)")
            }
            #expect(try await browser.get("/incidents.csv").body.contains("INTERNAL-ACCOUNT"))
            let api = try await browser.get("/api/v1/incidents").body
            #expect(api.contains("INTERNAL-ACCOUNT") && api.contains("\"includes_internal\" : true"))
        }
    }

    @Test("an editor changes status and visibility: audited, and the change shows", arguments: TestEngine.available)
    func changeStatus(engine: TestEngine) async throws {
        try await withIncidentApp(engine) { client, db in
            let id = try await IncidentArchive(database: db).add(F.incident(visibility: .internal), by: "x", audit: .commandLine)
            var (browser, token) = try await Self.signedIn(.editor, client)
            let page = try await browser.get("/incidents/\(id)")
            #expect(page.body.contains("action=\"/incidents/\(id)/status\""))
            let response = try await browser.post("/incidents/\(id)/status", [("csrf_token", token), ("status", "official-finding"), ("visibility", "public")])
            #expect(response.status == .seeOther && response.headers[.location] == "/incidents/\(id)?updated=1")
            let row = try #require(try await IncidentQueries(database: db).incident(id: id, includeInternal: false))
            #expect(row.status == .officialFinding)
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "incident.update" && entry.actor == "editor@example.org")
            // and a forged change is refused
            let forged = try await browser.post("/incidents/\(id)/status", [("csrf_token", "forged"), ("status", "alleged"), ("visibility", "internal")])
            #expect(forged.status == .forbidden)
            #expect(try await IncidentQueries(database: db).incident(id: id, includeInternal: false) != nil)
            // and nonsense values are a 400 that changes nothing
            let bad = try await browser.post("/incidents/\(id)/status", [("csrf_token", token), ("status", "proven"), ("visibility", "public")])
            #expect(bad.status == .badRequest)
        }
    }

    @Test("sources link only to http(s) addresses, with rel=nofollow noopener noreferrer")
    func sourceLinks() async throws {
        try await withIncidentApp(.sqlite) { client, db in
            let linked = try await IncidentArchive(database: db).add(F.incident(), by: "x", audit: .commandLine)
            // given a row whose address was changed in the database behind Vigil's back
            let tampered = try await IncidentArchive(database: db).add(F.incident(sourceTitle: "TAMPERED"), by: "x", audit: .commandLine)
            try await db.sql.raw("UPDATE incidents SET source_url = 'javascript:alert(1)' WHERE id = \(bind: tampered)").run()
            var browser = Browser(client: client)
            let page = try await browser.get("/incidents/\(linked)").body
            #expect(page.contains("<a href=\"https://example.org/declaration.pdf\" rel=\"nofollow noopener noreferrer\">Declaration of a detained person</a>"))
            let tamperedPage = try await browser.get("/incidents/\(tampered)").body
            #expect(!tamperedPage.contains("javascript:"))
            #expect(tamperedPage.contains("TAMPERED"))
        }
    }

    @Test("the list filters by facility, category and status, and counts by category")
    func filters() async throws {
        try await withIncidentApp(.sqlite) { client, db in
            let archive = IncidentArchive(database: db)
            try await archive.add(F.incident(category: .death, status: .officialFinding, description: "ACCOUNT-A"), by: "x", audit: .commandLine)
            try await archive.add(F.incident(category: .failedPlumbing, description: "ACCOUNT-B"), by: "x", audit: .commandLine)
            try await archive.add(F.incident(facility: F.plainKey, category: .death, description: "ACCOUNT-C"), by: "x", audit: .commandLine)
            var browser = Browser(client: client)
            let deaths = try await browser.get("/incidents?category=death").body
            #expect(deaths.contains("ACCOUNT-A") && !deaths.contains("ACCOUNT-B") && deaths.contains("ACCOUNT-C"))
            let stewart = try await browser.get("/incidents?facility=\(F.stewartKey)").body
            #expect(stewart.contains("ACCOUNT-A") && stewart.contains("ACCOUNT-B") && !stewart.contains("ACCOUNT-C"))
            #expect(stewart.contains("Incidents per category at \(F.stewartName)"))
            let findings = try await browser.get("/api/v1/incidents?status=official-finding").body
            #expect(findings.contains("ACCOUNT-A") && !findings.contains("ACCOUNT-B") && !findings.contains("ACCOUNT-C"))
            let csv = CSV.parse(try await browser.get("/incidents.csv?facility=\(F.plainKey)").body)
            #expect(csv.count == 2 && csv[1][IncidentTable.columns.firstIndex(of: "description")!] == "ACCOUNT-C")
        }
    }
}
