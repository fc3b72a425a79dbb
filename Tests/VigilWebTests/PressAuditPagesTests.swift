import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// The small letter the press audit pages are tested against, stored as imported (sent, three
/// approved signatories).
enum PressAuditFixtures {
    static let letter = LetterDraft(
        date: CalendarDate(year: 2024, month: 11, day: 15)!, to: [LetterRecipient(name: "The Secretary")], subject: "Close them",
        body: ["We ask that you close detention centers now.", "We do not want the agency to expand detention."],
        organizations: ["Lead Network", "Second Coalition", "Third Project"])

    static func importLetter(_ db: VigilDatabase) async throws -> Int {
        try await LetterArchive(database: db).importLetter(
            letter, source: SourceFile(fileName: "letter.txt", sha256: String(repeating: "c", count: 64), byteCount: 10),
            status: .sent, audit: .commandLine).letterID
    }

    /// An article with one finding of each kind, and markup that must stay text.
    static let text = """
        The letter, signed by 3 organizations including Second Coalition, says “we ask that they close detention centers now.”
        The groups say they want the agency to expand detention. <script>document.title='PWNED'</script>
        """

    static func fields(token: String, title: String = "Groups <b>want</b> more", text: String = PressAuditFixtures.text) -> [(String, String)] {
        [("csrf_token", token), ("title", title), ("outlet", "The Example Post"), ("url", "https://example.org/story"),
         ("date", "2024-11-19"), ("text", text)]
    }
}

/// Runs `body` against the app on `engine` with the fixture letter and one account of each role.
func withPressAuditApp(_ engine: TestEngine,
                       _ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase, Int) async throws -> Void) async throws {
    try await withTestDatabase(engine) { db in
        for role in Role.allCases {
            try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role,
                                                     password: IncidentPagesTests.password, by: .commandLine)
        }
        let letterID = try await PressAuditFixtures.importLetter(db)
        let app = try await buildApplication(configuration: AppConfig(logLevel: .warning), database: db)
        try await app.test(.router) { client in try await body(client, db, letterID) }
    }
}

@Suite("Press audit pages")
struct PressAuditPagesTests {
    @Test("an editor pastes an article: saved, reported with highlights and notes, rolled up, downloadable, audited",
          arguments: TestEngine.available)
    func editorAudits(engine: TestEngine) async throws {
        try await withPressAuditApp(engine) { client, db, letterID in
            // given a signed-in editor on the form
            var browser = Browser(client: client)
            _ = try await browser.signIn("editor@example.org", IncidentPagesTests.password)
            let form = try await browser.get("/letters/\(letterID)/press/new")
            #expect(form.status == .ok)
            let token = try #require(Browser.csrfToken(in: form.body))
            for field in ["title", "outlet", "url", "date", "text"] { #expect(form.body.contains("name=\"\(field)\"")) }

            // when they post an article
            let posted = try await browser.post("/letters/\(letterID)/press", PressAuditFixtures.fields(token: token))
            // then it is saved and they are sent to its report
            #expect(posted.status == .seeOther)
            let saved = try #require(try await PressAuditQueries(database: db).audits(letterID: letterID).first)
            #expect(posted.headers[.location] == "/press-audits/\(saved.id)")
            #expect(saved.article.title == "Groups <b>want</b> more" && saved.article.publishedOn == CalendarDate(year: 2024, month: 11, day: 19))
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "press-audit.create" && entry.actor == "editor@example.org")

            // and the report shows the counts, each finding highlighted and noted beside the letter's words, all escaped
            let report = try await browser.get("/press-audits/\(saved.id)")
            #expect(report.status == .ok)
            let body = report.body
            #expect(body.contains("Groups &lt;b&gt;want&lt;/b&gt; more"))
            #expect(!body.contains("<script>document.title"))
            #expect(body.contains("&lt;script&gt;document.title="))
            #expect(occurrences(of: "class=\"press-note ", in: body) == saved.findings.count)
            #expect(saved.findings.count >= 4)
            for (index, finding) in saved.findings.enumerated() {
                #expect(body.contains("id=\"finding-\(index + 1)\""))
                #expect(body.contains("href=\"#finding-\(index + 1)\""))
                #expect(body.contains(">\(finding.verdict.rawValue)</span>"))
            }
            #expect(body.contains("class=\"press-mark press-quote press-flag\""), "the misquote is highlighted as flagged")
            #expect(body.contains("class=\"press-mark press-claim press-flag\""), "the flipped claim is highlighted as flagged")
            #expect(body.contains("We do not want the agency to expand detention."), "the letter's sentence is beside the claim")
            #expect(body.contains("[-you-]{+they+}"))
            #expect(body.contains("it does not accuse"))
            #expect(body.contains("How the audit decides, and what it cannot see"))
            #expect(report.headers[.contentSecurityPolicy] == SecurityHeadersMiddleware<VigilRequestContext>.contentSecurityPolicy)
            #expect(!body.contains("style=\""), "no inline styles (CSP)")

            // and the findings download with the columns exactly, the article named by its title
            let csvPage = try await browser.get("/press-audits/\(saved.id)/findings.csv")
            let csv = CSV.parse(csvPage.body)
            #expect(csv.first == PressFindingTable.columns)
            #expect(csv.count == saved.findings.count + 1)
            #expect(csv.dropFirst().allSatisfy { $0[0] == "Groups <b>want</b> more" })
            #expect(csv.contains { $0[1] == "quote" && $0[3] == "misquote" && $0[4] == "We ask that you close detention centers now" })
            let json = try await browser.get("/press-audits/\(saved.id)/findings.json")
            #expect(try jsonKeysInOrder(json.body) == PressFindingTable.columns)

            // and a second outlet's article rolls up with the first, counted per verdict
            _ = try await browser.post("/letters/\(letterID)/press", PressAuditFixtures.fields(
                token: token, title: "Second story", text: "The letter was signed by 5 organizations including Lead Network."))
            let rollUp = try await browser.get("/letters/\(letterID)/press")
            #expect(rollUp.status == .ok)
            #expect(occurrences(of: "href=\"/press-audits/", in: rollUp.body) == 2)
            #expect(rollUp.body.contains(">contradicts</th>"))
            #expect(rollUp.body.contains("All outlets"))
            let allPage = try await browser.get("/letters/\(letterID)/press/findings.csv")
            let all = CSV.parse(allPage.body)
            #expect(Set(all.dropFirst().map { $0[0] }) == ["Groups <b>want</b> more", "Second story"])
            // and the letter's page links its editors there
            let response1 = try await browser.get("/letters/\(letterID)")
            #expect(response1.body.contains("href=\"/letters/\(letterID)/press\""))
        }
    }

    @Test("only editors audit and read audits; a bad form saves nothing and says why; no CSRF token, no save")
    func access() async throws {
        try await withPressAuditApp(.sqlite) { client, db, letterID in
            // anonymous readers are sent to sign in, or told to
            let anonymous = try await client.get("/letters/\(letterID)/press")
            #expect(anonymous.status == .seeOther)
            let response2 = try await client.get("/letters/\(letterID)/press/new")
            #expect(response2.status == .seeOther)
            // a viewer may not
            var viewer = Browser(client: client)
            _ = try await viewer.signIn("viewer@example.org", IncidentPagesTests.password)
            let response3 = try await viewer.get("/letters/\(letterID)/press")
            #expect(response3.status == .forbidden)
            let letters = try await viewer.get("/letters")
            let viewerToken = try #require(Browser.csrfToken(in: letters.body))
            let response4 = try await viewer.post("/letters/\(letterID)/press", PressAuditFixtures.fields(token: viewerToken))
            #expect(response4.status == .forbidden)
            // an editor without the form's token is refused
            var editor = Browser(client: client)
            _ = try await editor.signIn("editor@example.org", IncidentPagesTests.password)
            let response5 = try await editor.post("/letters/\(letterID)/press", PressAuditFixtures.fields(token: "wrong"))
            #expect(response5.status == .forbidden)
            // a blank text and a bad date are named, and the typed fields kept
            let newForm = try await editor.get("/letters/\(letterID)/press/new")
            let token = try #require(Browser.csrfToken(in: newForm.body))
            var fields = PressAuditFixtures.fields(token: token, text: "   ")
            fields = fields.map { $0.0 == "date" ? ("date", "19/11/2024") : $0 }
            let refused = try await editor.post("/letters/\(letterID)/press", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Text: Paste the article"))
            #expect(refused.body.contains("Date: A date as YYYY-MM-DD"))
            #expect(refused.body.contains("value=\"The Example Post\""))
            #expect(try await PressAuditQueries(database: db).audits(letterID: letterID).isEmpty)
            // an unknown letter or audit is not found
            let response6 = try await editor.get("/letters/999/press/new")
            #expect(response6.status == .notFound)
            let response7 = try await editor.get("/press-audits/999")
            #expect(response7.status == .notFound)
        }
    }
}
