import Foundation
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Python's feedparser, a real Atom parser, run on a feed Vigil served.
enum FeedParser {
    /// The first Python that can import feedparser: the one on PATH (where `scripts/test` pip-installs
    /// it), else Debian's (where `.ci/run` installs python3-feedparser).
    static let python: [String]? = [["/usr/bin/env", "python3"], ["/usr/bin/python3"]].first { command in
        (try? run(["-c", "import feedparser"], python: command).status) == 0
    }
    static var isAvailable: Bool { python != nil }
    static let skipReason = "skipped: python3 cannot import feedparser (pip install feedparser; scripts/test installs it)"

    /// Parses `xml` and prints what the test checks, as JSON.
    static let script = """
        import feedparser, json, sys
        d = feedparser.parse(sys.stdin.buffer.read())
        print(json.dumps({
            "bozo": int(d.bozo), "bozo_exception": str(d.get("bozo_exception", "")), "version": d.version,
            "id": d.feed.get("id"), "title": d.feed.get("title"), "updated": d.feed.get("updated"),
            "author": d.feed.get("author"), "links": [l.get("rel") for l in d.feed.get("links", [])],
            "entries": [{"id": e.get("id"), "title": e.get("title"), "updated": e.get("updated"), "link": e.get("link"),
                         "summary": e.get("summary"), "tags": [t.get("term") for t in e.get("tags", [])]} for e in d.entries]}))
        """

    struct Parsed: Decodable {
        struct Entry: Decodable { var id: String?; var title: String?; var updated: String?; var link: String?; var summary: String?; var tags: [String] }
        var bozo: Int; var bozo_exception: String; var version: String; var id: String?; var title: String?; var updated: String?
        var author: String?; var links: [String?]; var entries: [Entry]
    }

    static func parse(_ xml: String) throws -> Parsed {
        let result = try run(["-c", script], input: Data(xml.utf8), python: python ?? ["/usr/bin/env", "python3"])
        guard result.status == 0 else { throw ParseFailed(output: result.output) }
        return try JSONDecoder().decode(Parsed.self, from: Data(result.output.utf8))
    }

    struct ParseFailed: Error { var output: String }

    static func run(_ arguments: [String], input: Data = Data(), python: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python[0])
        process.arguments = Array(python.dropFirst()) + arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}

@Suite("Alerts on the web: events, Atom feed, subscriptions, delivery log", .serialized)
struct AlertPagesTests {
    static let password = "a long enough password"

    static var releases: [IceStatsRelease] {
        [ExpansionFixtures.release(asOf: "2025-06-01", sha: "a", facilities: [("DILLEY <FAMILY> & CO", "TX", 1500, 2400), ("KROME", "FL", 600, nil)]),
         ExpansionFixtures.release(asOf: "2025-07-01", sha: "b", facilities: [
            ("DILLEY <FAMILY> & CO", "TX", 1500, 2000), ("CAMP EAST MONTANA", "TX", 2700, nil), ("KROME", "FL", 900, nil)])]
    }

    func withAlertsApp(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
        try await withApp(releases: Self.releases, synthetic: false) { client, db in
            for role in [Role.viewer, .editor] {
                try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role, password: Self.password, by: .commandLine)
            }
            try await body(client, db)
        }
    }

    @Test("the Atom feed is valid Atom to feedparser: id, title, updated, author, self link, one entry per event with its evidence",
          .enabled(if: FeedParser.isAvailable, Comment(rawValue: FeedParser.skipReason)))
    func atomFeedParses() async throws {
        try await withAlertsApp { client, _ in
            // when the Texas feed is fetched
            let response = try await client.get("/alerts.atom?state=TX")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/atom+xml; charset=utf-8")
            // then feedparser reads it as Atom 1.0 without complaint
            let feed = try FeedParser.parse(response.body)
            #expect(feed.bozo == 0, "\(feed.bozo_exception)")
            #expect(feed.version == "atom10")
            #expect(feed.id == "urn:vigil:alerts:state=TX" && feed.title?.contains("state TX") == true)
            #expect(feed.updated != nil && feed.author == "Vigil" && feed.links.contains("self"))
            // with one entry per Texas event: Camp East Montana new, Dilley's guaranteed minimum cut (Krome's surge is in Florida)
            #expect(feed.entries.count == 2)
            let new = try #require(feed.entries.first { $0.tags == ["new"] })
            #expect(new.title == "New facility: CAMP EAST MONTANA, TX (as of 2025-07-01)")
            #expect(new.link?.hasSuffix("/facilities/camp-east-montana-tx") == true)
            #expect(new.id?.hasPrefix("urn:vigil:expansion-event:new:camp-east-montana-tx:") == true && new.updated != nil)
            #expect(new.summary?.contains("FY25_detentionStats_2025-07-01.xlsx") == true)
            let gm = try #require(feed.entries.first { $0.tags == ["guaranteed-minimum-change"] })
            #expect(gm.title?.contains("DILLEY <FAMILY> & CO") == true)  // escaped in the XML, read back as written
            // and narrowing by kind and facility narrows the feed
            #expect(try FeedParser.parse(try await client.get("/alerts.atom?state=TX&kind=surge").body).entries.isEmpty)
            #expect(try FeedParser.parse(try await client.get("/alerts.atom?kind=surge").body).entries.count == 1)
            #expect(try FeedParser.parse(try await client.get("/alerts.atom?facility=krome-fl").body).entries.count == 1)
        }
    }

    @Test("feeds escape what workbooks write, and refuse an unknown kind with 400")
    func feedEscapingAndErrors() async throws {
        try await withAlertsApp { client, _ in
            let feed = try await client.get("/alerts.atom")
            #expect(feed.body.contains("DILLEY &lt;FAMILY&gt; &amp; CO") && !feed.body.contains("<FAMILY>"))
            #expect(occurrences(of: "<entry>", in: feed.body) == 3)
            #expect(try await client.get("/alerts.atom?kind=growth").status == .badRequest)
            let page = try await client.get("/alerts?state=TX")
            #expect(page.status == .ok && page.body.contains("CAMP EAST MONTANA") && !page.body.contains(">KROME<"))
            #expect(page.body.contains("href=\"/alerts.atom?state=TX\""))
            let csv = try await client.get("/alerts/events.csv")
            #expect(csv.body.hasPrefix("event,facility_code,facility_key,name,state,previous_as_of,as_of,previous_adp,adp,change"))
        }
    }

    @Test("a signed-in person subscribes on the web with the CSRF token; the address and secret never reach public pages")
    func subscribeOnTheWeb() async throws {
        try await withAlertsApp { client, db in
            // given someone not signed in: sent to sign in
            #expect(try await client.get("/alerts/subscriptions").status == .seeOther)
            var browser = Browser(client: client)
            _ = try await browser.signIn("viewer@example.org", Self.password)
            let form = try await browser.get("/alerts/subscriptions")
            #expect(form.status == .ok)
            let token = try #require(Browser.csrfToken(in: form.body))
            let fields: [(String, String)] = [("state", "tx"), ("kind", "new"), ("kind", "surge"),
                                              ("webhook_url", "https://hooks.example.org/private-path"),
                                              ("webhook_secret", "private-secret-0123456789")]
            // when posting without the token: refused, nothing stored
            #expect(try await browser.post("/alerts/subscriptions", fields).status == .forbidden)
            // when posting a form that names nothing to watch: refused with the reason, nothing stored
            let refused = try await browser.post("/alerts/subscriptions", [("csrf_token", token), ("email", "me@example.org")])
            #expect(refused.status == .unprocessableContent && refused.body.contains("Say what to watch"))
            #expect(try await AlertSubscriptions(database: db).all().isEmpty)
            // when posting a good one
            let added = try await browser.post("/alerts/subscriptions", [("csrf_token", token)] + fields)
            #expect(added.status == .seeOther)
            // then it is stored as theirs, audited, and listed for them
            let stored = try await AlertSubscriptions(database: db).all()
            #expect(stored.count == 1 && stored[0].scope == AlertScope(state: "TX", kinds: [.new, .surge]) && stored[0].createdBy == "viewer@example.org")
            #expect(stored[0].channel == .webhook(url: "https://hooks.example.org/private-path", secret: "private-secret-0123456789"))
            #expect(try await AuditLog(database: db).latest(limit: 5).contains { $0.action == "alert.subscribe" && $0.actor == "viewer@example.org" })
            let list = try await browser.get("/alerts/subscriptions")
            #expect(list.body.contains("https://hooks.example.org/private-path") && !list.body.contains("private-secret-0123456789"))
            // and no public page, feed or download shows the address or the secret
            for uri in ["/alerts", "/alerts?state=TX", "/alerts.atom", "/alerts.atom?state=TX", "/alerts/events.csv", "/alerts/events.json"] {
                let page = try await client.get(uri)
                #expect(!page.body.contains("hooks.example.org") && !page.body.contains("private-secret"), "\(uri)")
            }
            // and the delivery log is for editors only
            #expect(try await browser.get("/alerts/deliveries").status == .forbidden)
        }
    }

    @Test("a subscription made on the Spanish page is stored as Spanish, so its e-mails are written in Spanish")
    func subscribeInSpanish() async throws {
        try await withAlertsApp { client, db in
            var browser = Browser(client: client)
            _ = try await browser.signIn("viewer@example.org", Self.password)
            // given the form read in Spanish (the choice is remembered in a cookie)
            let form = try await browser.get("/alerts/subscriptions?lang=es")
            #expect(form.status == .ok && form.body.contains("Sus suscripciones a alertas"))
            let token = try #require(Browser.csrfToken(in: form.body))
            // when a form naming nothing to watch is posted, the refusal is in Spanish
            let refused = try await browser.post("/alerts/subscriptions", [("csrf_token", token), ("email", "me@example.org")])
            #expect(refused.status == .unprocessableContent && refused.body.contains("Diga qué quiere vigilar"))
            // when a good one is posted
            let added = try await browser.post("/alerts/subscriptions", [("csrf_token", token), ("state", "TX"), ("email", "yo@example.org")])
            #expect(added.status == .seeOther)
            // then it is stored with its language, and the list names its scope in Spanish
            let stored = try await AlertSubscriptions(database: db).all()
            #expect(stored.count == 1 && stored[0].language == .spanish)
            #expect(try await browser.get("/alerts/subscriptions").body.contains("estado TX; todos los tipos"))
            // and one made from the command line (no page) stays English
            try await AlertSubscriptions(database: db).add(AlertScope(state: "NJ"), channel: .email(address: "cli@example.org"), by: "command line")
            #expect(try await AlertSubscriptions(database: db).all().map(\.language) == [.spanish, .english])
        }
    }

    @Test("the delivery log page shows editors what went where")
    func deliveryLog() async throws {
        try await withApp(releases: [], synthetic: false) { client, db in
            try await UserAccounts(database: db).add(email: "editor@example.org", role: .editor, password: Self.password, by: .commandLine)
            try await AlertSubscriptions(database: db).add(AlertScope(state: "TX"), channel: .email(address: "ally@example.org"), by: "command line")
            let archive = ReleaseArchive(database: db)
            for release in Self.releases { try await archive.archive(release) }
            let queue = AlertDeliveryQueue(database: db)
            #expect(try await queue.enqueue() == 2)
            for due in try await queue.claimDue() {
                try await queue.record(AlertAttemptOutcome(succeeded: false, detail: "no SMTP server configured"), for: due)
            }
            var browser = Browser(client: client)
            _ = try await browser.signIn("editor@example.org", Self.password)
            let page = try await browser.get("/alerts/deliveries")
            #expect(page.status == .ok)
            #expect(occurrences(of: "ally@example.org", in: page.body) == 2)
            #expect(page.body.contains("no SMTP server configured") && page.body.contains("CAMP EAST MONTANA"))
        }
    }
}
