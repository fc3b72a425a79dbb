import Foundation
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Adding a cited operator record from a facility's page: only editors, only with the CSRF
/// token, the citation required, and always with an audit entry in the same transaction.
@Suite("Operator record form")
struct OperatorFormTests {
    typealias R = RegistryFixture
    static let password = "a long enough password"
    static let form = "/facilities/CAROLVA/operators/new"
    static let post = "/facilities/CAROLVA/operators"

    func withFormApp(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
        try await withApp(releases: R.releases(), synthetic: false) { client, db in
            try await R.load(db)
            for role in Role.allCases {
                try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role, password: Self.password, by: .commandLine)
            }
            try await body(client, db)
        }
    }

    func signedIn(_ role: Role, _ client: any TestClientProtocol) async throws -> (Browser, String) {
        var browser = Browser(client: client)
        _ = try await browser.signIn("\(role.rawValue)@example.org", Self.password)
        let page = try await browser.get("/facilities/review")
        return (browser, try #require(Browser.csrfToken(in: page.body)))
    }

    static func fields(_ token: String?, citation: String = "Caroline County contract, 2025, p. 1") -> [(String, String)] {
        (token.map { [("csrf_token", $0)] } ?? []) + [("as_of_date", "2025-06-01"), ("operator", "Caroline County Sheriff"),
                                                      ("owner", "Caroline County"), ("contract_type", "IGSA"), ("capacity", "336"),
                                                      ("guaranteed_minimum", ""), ("citation", citation)]
    }

    func records(_ db: VigilDatabase) async throws -> [OperatorRecord] {
        try await RegistryQueries(database: db).operatorRecords(code: "CAROLVA")
    }

    @Test("an editor adds a record: stored as a cited record, audited, and the facility page shows it and counts it")
    func editorAdds() async throws {
        try await withFormApp { client, db in
            // given an editor on the facility page, which offers the form
            var (browser, token) = try await signedIn(.editor, client)
            let facility = try await browser.get("/facilities/CAROLVA")
            #expect(facility.body.contains("href=\"\(Self.form)\""))
            #expect(try await browser.get(Self.form).status == .ok)
            let audited = try await db.rowCount("audit_log")
            // when they post the form
            let response = try await browser.post(Self.post, Self.fields(token))
            // then the record is stored under their name and the change audited, once
            #expect(response.status == .seeOther)
            let added = try #require(try await records(db).first { $0.operatorName == "Caroline County Sheriff" })
            #expect(added.method == .citedRecord && added.capacity == 336 && added.guaranteedMinimum == nil)
            #expect(added.source == "entered by editor@example.org on the web" && added.citation == "Caroline County contract, 2025, p. 1")
            #expect(try await db.rowCount("audit_log") == audited + 1)
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "operator.add" && entry.actor == "editor@example.org" && entry.subject == "CAROLVA")
            // and the private share now counts Caroline as public, by a cited record
            let release = try #require(try await ReleaseQueries(database: db).latest())
            let rows = try #require(try await PrivateShareQueries(database: db).rows(ofRelease: release.id)).rows
            let caroline = try #require(rows.first { $0.code == "CAROLVA" })
            #expect(caroline.kind == .public && caroline.evidence?.method == .citedRecord)
        }
    }

    @Test("a record without a citation is refused with the form shown again, and nothing is stored")
    func citationRequired() async throws {
        try await withFormApp { client, db in
            var (browser, token) = try await signedIn(.editor, client)
            let before = try await records(db).count
            let response = try await browser.post(Self.post, Self.fields(token, citation: " "))
            #expect(response.status == .unprocessableContent)
            #expect(response.body.contains("every record needs a citation"))
            #expect(response.body.contains("value=\"Caroline County Sheriff\""))
            #expect(try await records(db).count == before)
        }
    }

    @Test("a viewer is 403, and nothing is stored")
    func viewer() async throws {
        try await withFormApp { client, db in
            var (browser, token) = try await signedIn(.viewer, client)
            let before = try await records(db).count, audited = try await db.rowCount("audit_log")
            #expect(try await browser.get(Self.form).status == .forbidden)
            let response = try await browser.post(Self.post, Self.fields(token))
            #expect(response.status == .forbidden)
            #expect(try await records(db).count == before)
            #expect(try await db.rowCount("audit_log") == audited)
            #expect(!(try await browser.get("/facilities/CAROLVA")).body.contains("href=\"\(Self.form)\""))
        }
    }

    @Test("an editor's post without the CSRF token, or with a forged one, is 403 and nothing is stored",
          arguments: [nil, "forged-token"] as [String?])
    func forged(token: String?) async throws {
        try await withFormApp { client, db in
            var (browser, _) = try await signedIn(.editor, client)
            let before = try await records(db).count, audited = try await db.rowCount("audit_log")
            let response = try await browser.post(Self.post, Self.fields(token))
            #expect(response.status == .forbidden)
            #expect(try await records(db).count == before)
            #expect(try await db.rowCount("audit_log") == audited)
        }
    }
}
