import Foundation
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Deciding review-queue rows from `/facilities/review`: only editors, only with the CSRF
/// token, only known keys and codes, and always with an audit entry.
@Suite("Facility review forms")
struct ReviewFormsTests {
    typealias R = RegistryFixture
    static let password = "a long enough password"
    static let decisions = "/facilities/review/decisions"

    /// The registry fixture (MYSTERY HOLD ROOM unmatched) with one account of each role.
    func withReviewApp(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
        try await withApp(releases: R.releases(), synthetic: false) { client, db in
            try await R.load(db)
            for role in Role.allCases {
                try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role, password: Self.password,
                                                         by: .commandLine)
            }
            try await body(client, db)
        }
    }

    /// A browser signed in as `role`, and the session's CSRF token as the review page embeds it.
    func signedIn(_ role: Role, _ client: any TestClientProtocol) async throws -> (Browser, String) {
        var browser = Browser(client: client)
        _ = try await browser.signIn("\(role.rawValue)@example.org", Self.password)
        let page = try await browser.get("/facilities/review")
        return (browser, try #require(Browser.csrfToken(in: page.body)))
    }

    struct StoredMatch: Decodable { var code: String?; var method: String; var accepted: Int; var decided_by: String }

    func storedMatch(_ key: FacilityKey, _ db: VigilDatabase) async throws -> StoredMatch? {
        try await db.sql.raw("SELECT code, method, accepted, decided_by FROM facility_matches WHERE facility_key = \(bind: key.rawValue)")
            .first(decoding: StoredMatch.self)
    }

    func linkFields(token: String?, key: FacilityKey = R.mysteryKey, code: String = "carolva") -> [(String, String)] {
        (token.map { [("csrf_token", $0)] } ?? []) + [("key", key.rawValue), ("action", "link"), ("code", code)]
    }

    @Test("an editor links a key: stored as manual with their email, audited, and sent back with a confirmation")
    func editorLinks() async throws {
        try await withReviewApp { client, db in
            // given a signed-in editor on the review page
            var (browser, token) = try await signedIn(.editor, client)
            let audited = try await db.rowCount("audit_log")
            // when they link the unmatched key to a code typed in lower case
            let response = try await browser.post(Self.decisions, linkFields(token: token))
            // then they are sent back to the queue with a confirmation flag
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/facilities/review?decided=\(R.mysteryKey.rawValue)")
            // and the match is a person's decision, by the editor
            let match = try #require(try await storedMatch(R.mysteryKey, db))
            #expect(match.code == "CAROLVA" && match.method == FacilityMatchMethod.manual.rawValue && match.accepted == 1)
            #expect(match.decided_by == "editor@example.org")
            // and one audit entry names the editor, the key and the code
            #expect(try await db.rowCount("audit_log") == audited + 1)
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "facility.review" && entry.actor == "editor@example.org" && entry.subject == R.mysteryKey.rawValue)
            #expect(entry.details == ["decision": "link", "code": "CAROLVA"])
            // and the queue confirms it and no longer lists the key
            let page = try await browser.get(try #require(response.headers[.location]))
            #expect(page.body.contains("Decision recorded for \(R.mysteryKey.rawValue)."))
            #expect(!page.body.contains("href=\"/facilities/\(R.mysteryKey.rawValue)\""))
        }
    }

    @Test("a doubtful suggestion gets a Confirm button that links the key to the suggested code")
    func confirmSuggestion() async throws {
        try await withReviewApp { client, db in
            // given a doubtful fuzzy suggestion for the unmatched key
            try await db.sql.raw("""
                INSERT INTO facility_matches (facility_key, code, method, confidence, accepted, decided_by, decided_at, note)
                VALUES (\(bind: R.mysteryKey.rawValue), 'CAROLVA', 'fuzzy', 0.5, 0, 'vigil matcher', '2024-01-01T00:00:00Z', NULL)
                """).run()
            var (browser, token) = try await signedIn(.editor, client)
            // when the editor opens the queue, then the row offers to confirm the suggestion
            let page = try await browser.get("/facilities/review")
            #expect(page.body.contains("Confirm suggested code CAROLVA"))
            #expect(page.body.contains("name=\"code\" value=\"CAROLVA\""))
            // when they confirm it, as the form posts
            let response = try await browser.post(Self.decisions, linkFields(token: token, code: "CAROLVA"))
            // then the suggestion becomes their accepted, manual decision
            #expect(response.status == .seeOther)
            let match = try #require(try await storedMatch(R.mysteryKey, db))
            #expect(match.code == "CAROLVA" && match.method == "manual" && match.accepted == 1 && match.decided_by == "editor@example.org")
        }
    }

    @Test("an editor rejects a key: stored as rejected and audited")
    func editorRejects() async throws {
        try await withReviewApp { client, db in
            // given a signed-in editor
            var (browser, token) = try await signedIn(.editor, client)
            // when they reject the unmatched key
            let response = try await browser.post(Self.decisions, [("csrf_token", token), ("key", R.mysteryKey.rawValue), ("action", "reject")])
            // then it is stored as rejected, by them, with an audit entry
            #expect(response.status == .seeOther)
            let match = try #require(try await storedMatch(R.mysteryKey, db))
            #expect(match.code == nil && match.method == FacilityMatchMethod.rejected.rawValue && match.decided_by == "editor@example.org")
            #expect(try await AuditLog(database: db).latest().first?.details == ["decision": "reject"])
        }
    }

    @Test("an anonymous visitor cannot decide, even holding the sign-in form's token, and nothing is stored")
    func anonymous() async throws {
        try await withReviewApp { client, db in
            // given an anonymous browser holding the sign-in form's (double-submit) token
            var browser = Browser(client: client)
            let form = try await browser.get("/sign-in")
            let token = try #require(Browser.csrfToken(in: form.body))
            let audited = try await db.rowCount("audit_log")
            // when it posts a decision
            let response = try await browser.post(Self.decisions, linkFields(token: token))
            // then the sign-in form's token is refused away from the sign-in form, and nothing changes
            #expect(response.status == .forbidden)
            #expect(try await storedMatch(R.mysteryKey, db) == nil)
            #expect(try await db.rowCount("audit_log") == audited)
        }
    }

    @Test("a viewer is 403 and nothing is stored")
    func viewer() async throws {
        try await withReviewApp { client, db in
            // given a signed-in viewer with a valid token
            var (browser, token) = try await signedIn(.viewer, client)
            let audited = try await db.rowCount("audit_log")
            // when they post a decision
            let response = try await browser.post(Self.decisions, linkFields(token: token))
            // then it is forbidden and nothing changes
            #expect(response.status == .forbidden)
            #expect(response.body.contains("editor role"))
            #expect(try await storedMatch(R.mysteryKey, db) == nil)
            #expect(try await db.rowCount("audit_log") == audited)
        }
    }

    @Test("an editor's post without the CSRF token, or with a forged one, is 403 and nothing is stored",
          arguments: [nil, "forged-token"] as [String?])
    func missingToken(token: String?) async throws {
        try await withReviewApp { client, db in
            // given a signed-in editor
            var (browser, _) = try await signedIn(.editor, client)
            let audited = try await db.rowCount("audit_log")
            // when a decision is posted without the session's token
            let response = try await browser.post(Self.decisions, linkFields(token: token))
            // then the CSRF check refuses it and nothing changes
            #expect(response.status == .forbidden)
            #expect(try await storedMatch(R.mysteryKey, db) == nil)
            #expect(try await db.rowCount("audit_log") == audited)
        }
    }

    @Test("an unknown code, unknown key, blank code or unknown action is 400 with the reason, and nothing is stored",
          arguments: [
              ([("key", R.mysteryKey.rawValue), ("action", "link"), ("code", "NOSUCHX")], "no facility code NOSUCHX"),
              ([("key", "no-such-facility-xx"), ("action", "link"), ("code", "CAROLVA")], "no-such-facility-xx"),
              ([("key", R.mysteryKey.rawValue), ("action", "link"), ("code", "  ")], "Enter a DETLOC code"),
              ([("key", R.mysteryKey.rawValue), ("action", "merge")], "no known decision"),
          ] as [([(String, String)], String)])
    func badDecision(fields: [(String, String)], reason: String) async throws {
        try await withReviewApp { client, db in
            // given a signed-in editor
            var (browser, token) = try await signedIn(.editor, client)
            let audited = try await db.rowCount("audit_log")
            let matches = try await db.rowCount("facility_matches")
            // when they post a decision the store cannot take
            let response = try await browser.post(Self.decisions, [("csrf_token", token)] + fields)
            // then it is a 400 page saying why, and nothing changes
            #expect(response.status == .badRequest)
            #expect(response.body.contains(reason))
            #expect(try await db.rowCount("facility_matches") == matches)
            #expect(try await db.rowCount("audit_log") == audited)
        }
    }

    @Test("a key another person decided meanwhile is 409 and their decision stands")
    func conflict() async throws {
        try await withReviewApp { client, db in
            // given a key someone rejected after the editor opened the page
            var (browser, token) = try await signedIn(.editor, client)
            try await FacilityMatching(database: db).decide(key: R.mysteryKey, code: nil, note: nil, by: "ana (cli)")
            // when the editor links it
            let response = try await browser.post(Self.decisions, linkFields(token: token))
            // then it is refused and the earlier decision is kept
            #expect(response.status == .conflict)
            #expect(response.body.contains("already decided by ana (cli)"))
            #expect(try await storedMatch(R.mysteryKey, db)?.method == FacilityMatchMethod.rejected.rawValue)
        }
    }

    @Test("the page shows decision forms to editors and admins, and only a note to viewers and anonymous readers",
          arguments: [(Role?.none, false), (.viewer, false), (.editor, true), (.admin, true)])
    func forms(role: Role?, decides: Bool) async throws {
        try await withReviewApp { client, _ in
            // given a reader with the role
            var browser = Browser(client: client)
            if let role { _ = try await browser.signIn("\(role.rawValue)@example.org", Self.password) }
            // when they open the review queue
            let page = try await browser.get("/facilities/review")
            // then editors get the forms, with the session's token; the others a note
            #expect(page.status == .ok)
            #expect(page.body.contains("action=\"\(Self.decisions)\"") == decides)
            #expect(page.body.contains("Link to code") == decides)
            #expect(page.body.contains("Reject") == decides)
            #expect(page.body.contains("Sign in as an editor to decide") == !decides)
            if decides {
                let table = try #require(page.body.range(of: "<table id=\"review-table\"").map { String(page.body[$0.lowerBound...]) })
                #expect(table.contains("name=\"csrf_token\" value=\"\(try #require(Browser.csrfToken(in: page.body)))\""))
                #expect(table.contains("name=\"key\" value=\"\(R.mysteryKey.rawValue)\""))
            }
        }
    }
}
