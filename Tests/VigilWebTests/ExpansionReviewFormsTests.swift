import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Deciding doubtful expansion links (awards, agenda items, dossiers) from `/facilities/review`:
/// editors only, with the CSRF token, audited, into the store `vigil facilities review` writes,
/// so a decision outlives the next import of the list. On every engine the store tests use.
@Suite("Expansion review forms")
struct ExpansionReviewFormsTests {
    static let password = "a long enough password"
    static let decisions = "/facilities/review/decisions"

    /// `ExpansionFixture` (award E2 names two facilities, so its link is doubtful) with one account of each role.
    func withReviewApp(_ engine: TestEngine, _ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
        try await withTestDatabase(engine) { db in
            _ = try await ExpansionFixture.load(db)
            for role in Role.allCases {
                try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role, password: Self.password, by: .commandLine)
            }
            let app = try await buildApplication(configuration: AppConfig(logLevel: .warning), database: db)
            try await app.test(.router) { client in try await body(client, db) }
        }
    }

    func signedIn(_ role: Role, _ client: any TestClientProtocol) async throws -> (Browser, String) {
        var browser = Browser(client: client)
        _ = try await browser.signIn("\(role.rawValue)@example.org", Self.password)
        let page = try await browser.get("/facilities/review")
        return (browser, try #require(Browser.csrfToken(in: page.body)))
    }

    struct StoredLink: Decodable { var code: String?; var method: String; var accepted: Int; var decided_by: String? }

    func link(_ kind: String, _ key: String, _ db: VigilDatabase) async throws -> StoredLink? {
        try await db.sql.raw("""
            SELECT code, method, accepted, decided_by FROM expansion_links WHERE record_kind = \(bind: kind) AND record_key = \(bind: key)
            """).first(decoding: StoredLink.self)
    }

    @Test("an editor links a doubtful award from the page: a manual link by them, audited, kept when the list is imported again",
          arguments: TestEngine.available)
    func editorLinksAward(engine: TestEngine) async throws {
        try await withReviewApp(engine) { client, db in
            // given the doubtful award E2 on the review page, with decision forms for an editor
            var (browser, token) = try await signedIn(.editor, client)
            let page = try await browser.get("/facilities/review")
            let table = try #require(page.body.range(of: "id=\"expansion-review-table\"").map { String(page.body[$0.lowerBound...]) })
            #expect(table.contains("<code>award:E2</code>") && table.contains("name=\"key\" value=\"award:E2\""))
            #expect(table.contains("Confirm suggested code") && table.contains(">Reject</button>"))
            #expect(try await link("award", "E2", db)?.accepted == 0)
            let audited = try await db.rowCount("audit_log")
            // when they link it to a code typed in lower case
            let response = try await browser.post(Self.decisions, [("csrf_token", token), ("key", "award:E2"), ("action", "link"), ("code", "bravoga")])
            // then they are sent back to the queue, which confirms it and no longer lists the award
            #expect(response.status == .seeOther)
            let back = try #require(response.headers[.location])
            #expect(back.hasPrefix("/facilities/review?decided=award"))
            let after = try await browser.get(back)
            #expect(after.body.contains("Decision recorded for award:E2."))
            #expect(!after.body.contains("value=\"award:E2\""))
            // and the link is a person's, accepted, by the editor, with one audit entry
            let stored = try #require(try await link("award", "E2", db))
            #expect(stored.code == "BRAVOGA" && stored.method == FacilityMatchMethod.manual.rawValue && stored.accepted == 1)
            #expect(stored.decided_by == "editor@example.org")
            #expect(try await db.rowCount("audit_log") == audited + 1)
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "expansion.review" && entry.actor == "editor@example.org" && entry.subject == "award:E2")
            #expect(entry.details == ["decision": "link", "code": "BRAVOGA"])
            // when a newer edition of the awards list is imported
            let edition = ExpansionFixture.awards + "E4,SABOT CONSULTING,1,DETENTION FEASIBILITY STUDY,2026-02-01,,TX,LUBBOCK,,True\n"
            let (source, awards) = try ContractAwardReader.read(data: Data(edition.utf8), fileName: "awards-2.csv")
            let report = try await ExpansionArchive(database: db).importAwards(awards, from: source)
            #expect(report.alreadyArchivedAs == nil && report.stored == 5)
            // then the person's decision stands
            #expect(try await link("award", "E2", db)?.code == "BRAVOGA")
            #expect(try await link("award", "E2", db)?.method == FacilityMatchMethod.manual.rawValue)
        }
    }

    @Test("an editor rejects a doubtful award: it names no registry facility, leaves the queue, and is audited",
          arguments: TestEngine.available)
    func editorRejectsAward(engine: TestEngine) async throws {
        try await withReviewApp(engine) { client, db in
            var (browser, token) = try await signedIn(.editor, client)
            let response = try await browser.post(Self.decisions, [("csrf_token", token), ("key", "award:E2"), ("action", "reject")])
            #expect(response.status == .seeOther)
            let stored = try #require(try await link("award", "E2", db))
            #expect(stored.code == nil && stored.method == FacilityMatchMethod.rejected.rawValue && stored.decided_by == "editor@example.org")
            #expect(try await ExpansionArchive(database: db).reviewQueue().isEmpty)
            #expect(try await AuditLog(database: db).latest().first?.details == ["decision": "reject"])
        }
    }

    /// A post the page must refuse, and how.
    struct Refused: Sendable, CustomTestStringConvertible {
        var role: Role
        var withToken: Bool
        var key: String
        var code: String
        var status: HTTPResponse.Status
        var reason: String
        var testDescription: String { "\(role.rawValue) \(withToken ? "with" : "without") token: \(key) → \(code)" }
    }

    @Test("refused: a viewer (403), a post without the CSRF token (403), an unknown record or code (400); nothing is stored",
          arguments: [Refused(role: .viewer, withToken: true, key: "award:E2", code: "ALPHATX", status: .forbidden, reason: "editor role"),
                      Refused(role: .editor, withToken: false, key: "award:E2", code: "ALPHATX", status: .forbidden, reason: "did not come from Vigil"),
                      Refused(role: .editor, withToken: true, key: "award:NOPE", code: "ALPHATX", status: .badRequest,
                              reason: "No imported record is award:NOPE"),
                      Refused(role: .editor, withToken: true, key: "agenda-item:c1", code: "NOSUCHX", status: .badRequest,
                              reason: "no facility code NOSUCHX")])
    func refused(_ refused: Refused) async throws {
        try await withReviewApp(.sqlite) { client, db in
            var (browser, token) = try await signedIn(refused.role, client)
            let audited = try await db.rowCount("audit_log")
            let before = try await link("award", "E2", db)
            let response = try await browser.post(Self.decisions, (refused.withToken ? [("csrf_token", token)] : [])
                                                  + [("key", refused.key), ("action", "link"), ("code", refused.code)])
            #expect(response.status == refused.status)
            #expect(response.body.contains(refused.reason))
            #expect(try await link("award", "E2", db)?.method == before?.method)
            #expect(try await link("agenda-item", "c1", db)?.method != FacilityMatchMethod.manual.rawValue)
            #expect(try await db.rowCount("audit_log") == audited)
        }
    }

    @Test("viewers and anonymous readers see the expansion queue without forms")
    func readersSeeNoForms() async throws {
        try await withReviewApp(.sqlite) { client, _ in
            let anonymous = try await client.get("/facilities/review")
            #expect(anonymous.body.contains("<code>award:E2</code>") && !anonymous.body.contains("value=\"award:E2\""))
            var (viewer, _) = try await signedIn(.viewer, client)
            let page = try await viewer.get("/facilities/review")
            #expect(page.body.contains("<code>award:E2</code>") && !page.body.contains("value=\"award:E2\""))
        }
    }
}
