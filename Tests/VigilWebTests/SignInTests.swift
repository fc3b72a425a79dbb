import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// A browser's cookie jar and the forms it posts, enough for sign-in tests.
struct Browser {
    var client: any TestClientProtocol
    var cookies: [String: String] = [:]

    mutating func get(_ uri: String) async throws -> Page {
        let response = try await client.execute(uri: uri, method: .get, headers: cookieHeader)
        keep(response.headers)
        return Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }

    mutating func post(_ uri: String, _ fields: [(String, String)]) async throws -> Page {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = fields.map { "\(SiteURL.encodeQueryValue($0.0))=\(SiteURL.encodeQueryValue($0.1))" }.joined(separator: "&")
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        keep(response.headers)
        return Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }

    /// Opens the sign-in form and posts it.
    mutating func signIn(_ email: String, _ password: String) async throws -> Page {
        let form = try await get("/sign-in")
        return try await post("/sign-in", [("csrf_token", try #require(Self.csrfToken(in: form.body))), ("email", email), ("password", password)])
    }

    /// Sent with every request, e.g. the `X-Forwarded-For` a reverse proxy would add.
    var extraHeaders: HTTPFields = [:]

    private var cookieHeader: HTTPFields {
        var headers = extraHeaders
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        return headers
    }

    private mutating func keep(_ headers: HTTPFields) {
        for line in headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = pair.count > 1 ? String(pair[1]) : ""
            cookies[String(pair[0])] = (value.isEmpty || line.contains("Max-Age=0")) ? nil : value
        }
    }

    /// The hidden CSRF field of the first form on a page.
    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf_token\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}

/// Runs `body` against the app with one account of each role (password "a long enough password").
func withAccounts(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
    try await withApp(releases: [Fixtures.hostileRelease()]) { client, db in
        for role in Role.allCases {
            try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role,
                                                     password: "a long enough password", by: .commandLine)
        }
        try await body(client, db)
    }
}

@Suite("Sign-in")
struct SignInTests {
    @Test("anonymous readers see public pages with a Sign in link and get no cookie")
    func anonymous() async throws {
        try await withAccounts { client, _ in
            var browser = Browser(client: client)
            let page = try await browser.get("/")
            #expect(page.status == .ok)
            #expect(page.body.contains("href=\"/sign-in\""))
            #expect(page.headers[values: .setCookie].isEmpty)
        }
    }

    @Test("signing in sets an HttpOnly, SameSite=Lax session cookie and the header shows the user")
    func success() async throws {
        try await withAccounts { client, db in
            var browser = Browser(client: client)
            // when an editor signs in
            let response = try await browser.signIn("Editor@Example.org", "a long enough password")
            // then they are sent on with a session cookie
            #expect(response.status == .seeOther)
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("vigil_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"))
            // and every page's header names them, with a sign-out form carrying the session's token
            let page = try await browser.get("/releases")
            #expect(page.body.contains("editor@example.org"))
            #expect(page.body.contains("Sign out"))
            let token = try #require(Browser.csrfToken(in: page.body))
            // and the sign-in is audited
            #expect(try await AuditLog(database: db).latest().first?.action == "user.sign_in")
            // when they sign out with the token
            let out = try await browser.post("/sign-out", [("csrf_token", token)])
            #expect(out.status == .seeOther)
            #expect(try await browser.get("/").body.contains("editor@example.org") == false)
            #expect(try await db.rowCount("sessions") == 0)
        }
    }

    @Test("with secure cookies configured, the session cookie is Secure")
    func secureCookie() async throws {
        try await withTestDatabase { db in
            try await UserAccounts(database: db).add(email: "ana@example.org", role: .editor, password: "a long enough password", by: .commandLine)
            let app = try await buildApplication(configuration: AppConfig(logLevel: .warning, secureCookies: true), database: db)
            try await app.test(.router) { client in
                var browser = Browser(client: client)
                let response = try await browser.signIn("ana@example.org", "a long enough password")
                let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("vigil_session=") })
                #expect(cookie.contains("Secure") && cookie.contains("HttpOnly"))
            }
        }
    }

    @Test("a wrong password is refused, audited, and sets no session")
    func wrongPassword() async throws {
        try await withAccounts { client, db in
            var browser = Browser(client: client)
            let response = try await browser.signIn("editor@example.org", "not the password at all")
            #expect(response.status == .unauthorized)
            #expect(response.body.contains(SignInController.wrongCredentials))
            #expect(browser.cookies["vigil_session"] == nil)
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "user.sign_in_failed" && entry.subject == "editor@example.org")
            #expect(entry.details["reason"] == "wrong password")
        }
    }

    @Test("an account hashed at 210,000 iterations signs in, and its hash is upgraded to 600,000 then; a wrong password upgrades nothing")
    func hashUpgradedAtSignIn() async throws {
        try await withAccounts { client, db in
            // given an editor whose stored hash predates today's iteration count
            let old = try PasswordHash.make("a long enough password", iterations: 210_000)
            try await db.sql.raw("UPDATE users SET password_hash = \(bind: old) WHERE email = 'editor@example.org'").run()
            var browser = Browser(client: client)
            // when a wrong password is tried, then the hash stays as it was
            #expect(try await browser.signIn("editor@example.org", "not the password at all").status == .unauthorized)
            #expect(try await UserAccounts(database: db).credentials(email: "editor@example.org")?.passwordHash == old)
            // when the right one is given, then they are signed in
            #expect(try await browser.signIn("editor@example.org", "a long enough password").status == .seeOther)
            // and the stored hash is now at 600,000 iterations and verifies the same password
            let stored = try #require(try await UserAccounts(database: db).credentials(email: "editor@example.org")?.passwordHash)
            #expect(PasswordHash.iterations(of: stored) == 600_000)
            #expect(PasswordHash.verify("a long enough password", against: stored))
            // and the upgrade is audited beside the sign-in
            let actions = try await AuditLog(database: db).latest().prefix(2).map(\.action)
            #expect(actions == ["user.sign_in", "user.password_rehashed"])
        }
    }

    @Test("a disabled account cannot sign in")
    func disabled() async throws {
        try await withAccounts { client, db in
            try await UserAccounts(database: db).disable(email: "editor@example.org", by: .commandLine)
            var browser = Browser(client: client)
            #expect(try await browser.signIn("editor@example.org", "a long enough password").status == .unauthorized)
        }
    }

    @Test("after five failures the sixth attempt gets 429, even with the right password")
    func rateLimit() async throws {
        try await withAccounts { client, db in
            var browser = Browser(client: client)
            for _ in 0..<5 {
                #expect(try await browser.signIn("viewer@example.org", "wrong password, again").status == .unauthorized)
            }
            let limited = try await browser.signIn("viewer@example.org", "a long enough password")
            #expect(limited.status == .tooManyRequests)
            #expect(limited.body.contains("Wait 15 minutes"))
            #expect(try await db.rowCount("sessions") == 0)
        }
    }

    @Test("the rate limiter counts per account and per address, within the window")
    func limiter() async {
        let limiter = LoginRateLimiter(maxFailures: 2, window: 60)
        let start = Date(timeIntervalSince1970: 0)
        await limiter.recordFailure(email: "a", address: "1", now: start)
        await limiter.recordFailure(email: "b", address: "1", now: start)
        #expect(await limiter.isLimited(email: "c", address: "1", now: start))   // the address is used up
        #expect(await !limiter.isLimited(email: "a", address: "2", now: start))  // one failure for a
        await limiter.recordFailure(email: "a", address: "3", now: start)
        #expect(await limiter.isLimited(email: "a", address: "4", now: start))   // the account is used up
        #expect(await !limiter.isLimited(email: "a", address: "1", now: start.addingTimeInterval(61)))
    }

    @Test("a storm of concurrent attempts gets exactly the allowed number past the limiter; a success gives its claim back")
    func limiterUnderConcurrency() async {
        let limiter = LoginRateLimiter(maxFailures: 5, window: 60)
        // 200 attempts at once on one account from one address, as a sign-in storm sends them
        let passed = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<200 { group.addTask { await limiter.claimAttempt(email: "storm@example.org", address: "10.0.0.1") } }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(passed == 5)
        // a success clears the account and takes back only its own claim from the address
        let other = LoginRateLimiter(maxFailures: 2, window: 60)
        #expect(await other.claimAttempt(email: "a", address: "1"))
        await other.recordSuccess(email: "a", address: "1")
        #expect(await other.claimAttempt(email: "b", address: "1"))
        #expect(await other.claimAttempt(email: "c", address: "1"))
        #expect(await !other.claimAttempt(email: "d", address: "1"))
    }

    @Test("a POST without the CSRF token, or with a wrong one, is 403 and changes nothing",
          arguments: [nil, "forged-token"] as [String?])
    func csrf(token: String?) async throws {
        try await withAccounts { client, db in
            // given a signed-in admin
            var browser = Browser(client: client)
            _ = try await browser.signIn("admin@example.org", "a long enough password")
            let audited = try await db.rowCount("audit_log")
            // when they are made to post a sign-out without the right token
            let fields = token.map { [("csrf_token", $0)] } ?? []
            let response = try await browser.post("/sign-out", fields)
            // then it is refused and they are still signed in
            #expect(response.status == .forbidden)
            #expect(try await db.rowCount("sessions") == 1)
            #expect(try await db.rowCount("audit_log") == audited)
            #expect(try await browser.get("/").body.contains("admin@example.org"))
        }
    }

    @Test("a sign-in form posted without its cookie's token is 403 and signs no one in")
    func signInCSRF() async throws {
        try await withAccounts { client, db in
            var browser = Browser(client: client)
            let response = try await browser.post("/sign-in", [("csrf_token", "made-up"), ("email", "admin@example.org"),
                                                               ("password", "a long enough password")])
            #expect(response.status == .forbidden)
            #expect(try await db.rowCount("sessions") == 0)
            #expect(try await db.rowCount("audit_log") == 3)  // the three accounts added
        }
    }

    @Test("an expired session reads as signed out")
    func expired() async throws {
        try await withAccounts { client, db in
            var browser = Browser(client: client)
            _ = try await browser.signIn("editor@example.org", "a long enough password")
            try await db.sql.raw("UPDATE sessions SET expires_at = '2001-01-01T00:00:00Z'").run()
            let page = try await browser.get("/")
            #expect(page.body.contains("editor@example.org") == false)
            #expect(page.body.contains("href=\"/sign-in\""))
            #expect(browser.cookies["vigil_session"] == nil)
            #expect(try await db.rowCount("sessions") == 0)
        }
    }

    @Test("requireRole: 401 when signed out, 403 below the role, the user at or above it")
    func requireRole() async throws {
        try await withTestDatabase { db in
            for role in Role.allCases {
                try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role,
                                                         password: "a long enough password", by: .commandLine)
            }
            let router = Router(context: VigilRequestContext.self)
            Routes.register(on: router, database: db)
            router.get("/editors-only") { _, context in
                try context.requireRole(.editor).email
            }
            let app = Application(router: router)
            try await app.test(.router) { client in
                var anonymous = Browser(client: client)
                #expect(try await anonymous.get("/editors-only").status == .unauthorized)
                for (role, status) in [(Role.viewer, HTTPResponse.Status.forbidden), (.editor, .ok), (.admin, .ok)] {
                    var browser = Browser(client: client)
                    _ = try await browser.signIn("\(role.rawValue)@example.org", "a long enough password")
                    let page = try await browser.get("/editors-only")
                    #expect(page.status == status, "\(role)")
                    if status == .ok { #expect(page.body == "\(role.rawValue)@example.org") }
                }
            }
        }
    }
}
