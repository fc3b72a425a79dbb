import Foundation
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Audit log page and error pages")
struct AuditLogPageTests {
    static let password = "a long enough password"

    func withAccounts(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
        try await withApp(releases: Fixtures.demoReleases(count: 2)) { client, db in
            for role in Role.allCases {
                try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role, password: Self.password,
                                                         by: .commandLine)
            }
            try await body(client, db)
        }
    }

    @Test("admins see every change and sign-in, newest first, as a page, CSV and JSON")
    func adminSeesLog() async throws {
        try await withAccounts { client, _ in
            var admin = Browser(client: client)
            _ = try await admin.signIn("admin@example.org", Self.password)
            var intruder = Browser(client: client)
            _ = try await intruder.signIn("editor@example.org", "wrong password entirely")
            let page = try await admin.get("/admin/audit")
            #expect(page.status == .ok)
            #expect(page.body.contains("user.add") && page.body.contains("viewer@example.org"))
            #expect(page.body.contains("admin@example.org"))
            #expect(page.body.contains("href=\"/admin/audit\""), "admins find the log from the header")
            let csv = CSV.parse(try await admin.get("/admin/audit.csv").body)
            #expect(csv.first == AuditLogTable.columns)
            let actions = csv.dropFirst().map { $0[4] }
            #expect(actions.filter { $0 == "user.add" }.count == Role.allCases.count)
            // newest first: the sign-ins come before the accounts were added
            let ids = csv.dropFirst().map { Int($0[0])! }
            #expect(ids == ids.sorted(by: >))
            let json = try JSONSerialization.jsonObject(with: Data(try await admin.get("/admin/audit.json").body.utf8)) as? [[String: Any]]
            #expect(json?.count == csv.count - 1)
        }
    }

    @Test("editors and viewers are refused; anonymous readers are asked to sign in")
    func othersRefused() async throws {
        try await withAccounts { client, _ in
            for role in [Role.viewer, .editor] {
                var browser = Browser(client: client)
                _ = try await browser.signIn("\(role.rawValue)@example.org", Self.password)
                #expect(try await browser.get("/admin/audit").status == .forbidden)
                #expect(!(try await browser.get("/").body.contains("href=\"/admin/audit\"")))
                #expect(try await browser.get("/admin/audit.csv").status == .forbidden)
            }
            let anonymous = try await client.get("/admin/audit")
            #expect(anonymous.status == .unauthorized)
            #expect(!anonymous.body.contains("user.add"))
        }
    }

    @Test("error pages know who is signed in: a 404 or 403 shows the account, not “Sign in”")
    func errorPagesShowViewer() async throws {
        try await withAccounts { client, _ in
            var viewer = Browser(client: client)
            _ = try await viewer.signIn("viewer@example.org", Self.password)
            let missing = try await viewer.get("/facilities/no-such-place-zz")
            #expect(missing.status == .notFound)
            #expect(missing.body.contains("viewer@example.org"))
            #expect(!missing.body.contains(">Sign in</a>"))
            let refused = try await viewer.get("/admin/audit")
            #expect(refused.status == .forbidden && refused.body.contains("viewer@example.org"))
            #expect(try await client.get("/no/such/page").body.contains(">Sign in</a>"))
        }
    }
}
