import CompressNIO
import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Runs `body` against an app on a SQLite file in a fresh folder, so a test can open the same
/// database again: as another process, or after a restart.
func withFileDatabase(_ body: (DatabaseLocation) async throws -> Void) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-http-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try await body(.sqliteFile(path: folder.appendingPathComponent("vigil.sqlite").path))
}

func withApp(on location: DatabaseLocation, _ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
    let database = try await VigilDatabase.open(location)
    do {
        let app = try await buildApplication(configuration: AppConfig(logLevel: .warning, chromiumPath: nil), database: database)
        try await app.test(.router) { client in try await body(client, database) }
        try await database.shutdown()
    } catch {
        try? await database.shutdown()
        throw error
    }
}

extension TestClientProtocol {
    func get(_ uri: String, headers: HTTPFields) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: headers)
    }
}

/// The cache rules: pages are worked out once per data version and any write shows at the next
/// request; HTTP validators, 304, HEAD and gzip; signed-in pages never meet the shared cache.
@Suite("HTTP caching")
struct HTTPCachingTests {
    typealias F = IncidentFixtures
    static let gzip: HTTPFields = [.acceptEncoding: "gzip, deflate, br"]

    @Test("an import changes what the next request shows")
    func importInvalidates() async throws {
        try await withApp(releases: Fixtures.demoReleases(count: 2)) { client, db in
            // given the national page and the releases API, asked twice (the second from the cache)
            let before = try await client.get("/")
            #expect(try await client.get("/").body == before.body)
            let api = try await client.get("/api/v1/releases")
            #expect(!before.body.contains("Plain County Jail"))
            // when a real workbook is imported
            try await ReleaseArchive(database: db).archive(Fixtures.hostileRelease())
            // then the next requests show it
            let after = try await client.get("/")
            #expect(after.body.contains("Plain County Jail"))
            #expect(!after.body.contains(Catalogue.english.text("layout.synthetic.label")))
            #expect(try await client.get("/api/v1/releases").body != api.body)
        }
    }

    @Test("an edit changes what the next request shows")
    func editInvalidates() async throws {
        try await withIncidentApp(.sqlite) { client, db in
            // given the incidents page and its download, with nothing recorded
            let before = try await client.get("/incidents")
            let csv = try await client.get("/incidents.csv")
            #expect(!before.body.contains("Insulin was withheld"))
            // when an editor records a public incident
            let id = try await IncidentArchive(database: db).add(F.incident(), by: "editor@example.org", audit: .commandLine)
            // then the page and the download show it at once
            #expect(try await client.get("/incidents").body.contains("Insulin was withheld"))
            #expect(try await client.get("/incidents.csv").body != csv.body)
            // and making it internal takes it away again
            _ = try await IncidentArchive(database: db).update(id: id, status: .alleged, visibility: .internal, audit: .commandLine)
            #expect(!(try await client.get("/incidents").body.contains("Insulin was withheld")))
        }
    }

    @Test("an import by another process (vigil import beside vigil serve) shows at the next request")
    func otherProcessInvalidates() async throws {
        try await withFileDatabase { location in
            try await withApp(on: location) { client, _ in
                let before = try await client.get("/releases")
                #expect(before.status == .ok && !before.body.contains("FY24_detentionStats&lt;x&gt;.xlsx"))
                // another connection to the same file imports a workbook, as `vigil import` would
                let importer = try await VigilDatabase.open(location)
                try await ReleaseArchive(database: importer).archive(Fixtures.hostileRelease())
                try await importer.shutdown()
                #expect(try await client.get("/releases").body.contains("FY24_detentionStats&lt;x&gt;.xlsx"))
            }
        }
    }

    @Test("ETag, Last-Modified and Cache-Control on public pages; 304 for an unchanged ETag or date, 200 after a change")
    func conditionalRequests() async throws {
        try await withApp(releases: Fixtures.demoReleases(count: 2)) { client, db in
            for path in ["/releases", "/api/v1/releases", "/releases.csv"] {
                // given a first response with validators
                let first = try await client.get(path, headers: [:])
                #expect(first.status == .ok)
                let tag = try #require(first.headers[.eTag], "\(path)")
                let modified = try #require(first.headers[.lastModified])
                #expect(tag.hasPrefix("\"v") && tag.hasSuffix("\""))
                #expect(HTTPDate.parse(modified) != nil)
                #expect(first.headers[.cacheControl] == ResponseCacheMiddleware.publicCacheControl)
                // when it is asked for again with its tag or its date
                let unchanged = try await client.get(path, headers: [.ifNoneMatch: tag])
                #expect(unchanged.status == .notModified, "\(path)")
                #expect(unchanged.body.readableBytes == 0)
                #expect(unchanged.headers[.eTag] == tag)
                #expect(try await client.get(path, headers: [.ifModifiedSince: modified]).status == .notModified)
                #expect(try await client.get(path, headers: [.ifNoneMatch: "\"something-else\""]).status == .ok)
                // If-None-Match decides over If-Modified-Since
                #expect(try await client.get(path, headers: [.ifNoneMatch: "\"something-else\"", .ifModifiedSince: modified]).status == .ok)
            }
            let tag = try #require(try await client.get("/releases", headers: [:]).headers[.eTag])
            // when the data changes, the old tag gets the new page
            try await ReleaseArchive(database: db).archive(Fixtures.hostileRelease())
            let changed = try await client.get("/releases", headers: [.ifNoneMatch: tag])
            #expect(changed.status == .ok)
            #expect(changed.headers[.eTag] != nil && changed.headers[.eTag] != tag)
            #expect(String(buffer: changed.body).contains("FY24_detentionStats&lt;x&gt;.xlsx"))
        }
    }

    @Test("HEAD answers wherever GET does, with GET's headers and no body", arguments: ["/", "/releases", "/ranking", "/api/v1/releases",
                                                                                        "/releases.csv", "/health"])
    func head(path: String) async throws {
        try await withApp(releases: Fixtures.demoReleases(count: 2)) { client, _ in
            let head = try await client.execute(uri: path, method: .head)
            let get = try await client.execute(uri: path, method: .get)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(get.body.readableBytes > 0)
            #expect(head.headers[.contentLength] == String(get.body.readableBytes))
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(head.headers[.eTag] == get.headers[.eTag])
            // and with gzip accepted, the length of the gzipped body
            let gzipHead = try await client.execute(uri: path, method: .head, headers: Self.gzip)
            let gzipGet = try await client.execute(uri: path, method: .get, headers: Self.gzip)
            #expect(gzipHead.headers[.contentEncoding] == gzipGet.headers[.contentEncoding])
            #expect(gzipHead.headers[.contentLength] == String(gzipGet.body.readableBytes))
        }
    }

    @Test("HEAD of an unknown address is 404, as GET is")
    func headNotFound() async throws {
        try await withApp(releases: Fixtures.demoReleases(count: 2)) { client, _ in
            let head = try await client.execute(uri: "/no-such-page", method: .head)
            #expect(head.status == .notFound)
        }
    }

    @Test("with gzip accepted, pages, downloads and the API come gzipped and decompress to the same bytes",
          arguments: ["/", "/releases", "/ranking", "/ranking?deaths=5&population=0", "/api/v1/releases", "/facility-releases.csv",
                     "/no-such-page"])
    func gzip(path: String) async throws {
        try await withApp(releases: Fixtures.demoReleases(count: 2)) { client, _ in
            let plain = try await client.get(path, headers: [:])
            let zipped = try await client.get(path, headers: Self.gzip)
            #expect(plain.headers[.contentEncoding] == nil)
            #expect(zipped.status == plain.status)
            #expect(zipped.headers[.contentEncoding] == "gzip")
            #expect(zipped.body.readableBytes < plain.body.readableBytes)
            var body = zipped.body
            let unzipped = try body.decompress(with: .gzip())
            #expect(unzipped == plain.body)
            for response in [plain, zipped] {
                let vary = response.headers[.vary] ?? ""
                #expect(vary.contains("Accept-Encoding") && vary.contains("Cookie"), "\(vary)")
            }
            if plain.status == .ok {
                // the two encodings are two representations: two tags
                #expect(zipped.headers[.eTag] != plain.headers[.eTag])
                #expect(try await client.get(path, headers: [.acceptEncoding: "gzip", .ifNoneMatch: zipped.headers[.eTag]!]).status == .notModified)
            }
            // a client that refuses gzip gets it plain
            #expect(try await client.get(path, headers: [.acceptEncoding: "gzip;q=0"]).headers[.contentEncoding] == nil)
        }
    }

    @Test("the same ranking for the same weights before and after a restart")
    func rankingAcrossRestart() async throws {
        try await withFileDatabase { location in
            let setup = try await VigilDatabase.open(location)
            for release in ClosureFixture.releases() { try await ReleaseArchive(database: setup).archive(release) }
            try await ClosureFixture.load(setup)
            try await setup.shutdown()

            let paths = ["/api/v1/ranking?deaths=5&population=0", "/ranking?deaths=5&population=0", "/ranking.csv?deaths=5&population=0"]
            let responses = Mutex<[[String]]>([])
            for _ in 0..<2 {
                try await withApp(on: location) { client, _ in
                    var run: [String] = []
                    for path in paths {
                        let response = try await client.get(path, headers: [:])
                        #expect(response.status == .ok)
                        run += [String(buffer: response.body), response.headers[.eTag] ?? "none"]
                    }
                    responses.withLock { $0.append(run) }
                }
            }
            let (first, second) = responses.withLock { ($0[0], $0[1]) }
            #expect(first == second)
            #expect(first[0].contains("STWRTGA") && first[1] != "none")
        }
    }

    @Test("the ranking's inputs are gathered again after an import, also with no response cache")
    func rankingInputsInvalidated() async throws {
        try await withTestDatabase { db in
            for release in ClosureFixture.releases() { try await ReleaseArchive(database: db).archive(release) }
            try await ClosureFixture.load(db)
            let app = try await buildApplication(configuration: AppConfig(logLevel: .warning, chromiumPath: nil, responseCacheBytes: 0),
                                                 database: db)
            try await app.test(.router) { client in
                // given Alamance's deaths since 2016 in the ranking: none (its one death is from 2010)
                func alamancDeaths() async throws -> String? {
                    let csv = CSV.parse(try await client.get("/ranking.csv").body)
                    let column = try #require(csv.first?.firstIndex(of: "deaths"))
                    return csv.first { $0[1] == "ALAMANC" }?[column]
                }
                #expect(try await alamancDeaths() == "0")
                #expect(try await client.get("/ranking.csv").headers[.eTag] == nil, "nothing is kept with no response cache")
                // when a list with a 2024 death there is imported
                let list = """
                    Name,Sex,Age,Country,Date_of_Death,Cause_of_Death,Facility_Name,Facility_Location,Facility_Type,PDF_URL,Period
                    "Roe, Newer Case",Male,50,HONDURAS,2024-03-01,Pneumonia,Alamance County Detention Facility,"Alamance County Detention Facility, NC",IGSA,,FY

                    """
                _ = try await DeathArchive(database: db).importList(
                    try DeathListReader.read(data: Data(list.utf8), fileName: "deaths-later.csv", today: ClosureFixture.today))
                // then the next ranking counts it
                #expect(try await alamancDeaths() == "1")
            }
        }
    }

    @Test("the sign-in form carries each visitor's own token: it is never cached, even when it sets no cookie")
    func signInFormNotShared() async throws {
        try await withAccounts { client, _ in
            // given a visitor who has the form's cookie already, so the form comes without Set-Cookie
            var first = Browser(client: client)
            _ = try await first.get("/sign-in")
            let again = try await first.get("/sign-in")
            #expect(again.headers[.setCookie] == nil)
            #expect(again.headers[.cacheControl] == "private, no-store")
            // when another visitor opens the form
            var second = Browser(client: client)
            let other = try await second.get("/sign-in")
            // then they get their own token, not the first visitor's
            #expect(Browser.csrfToken(in: other.body) != Browser.csrfToken(in: again.body))
            #expect(try await second.signIn("editor@example.org", "a long enough password").status == .seeOther)
        }
    }

    @Test("a signed-in reader never gets a cached anonymous page, and an anonymous one never gets a signed-in page")
    func signedInAndAnonymousApart() async throws {
        try await withIncidentApp(.sqlite) { client, db in
            // given a public and an internal incident
            _ = try await IncidentArchive(database: db).add(F.incident(description: "Public note."), by: "x", audit: .commandLine)
            _ = try await IncidentArchive(database: db).add(F.incident(visibility: .internal, description: "Internal note."), by: "x",
                                                              audit: .commandLine)
            // an anonymous reader first: the public page, cached
            let anonymous = try await client.get("/incidents", headers: [:])
            #expect(anonymous.headers[.cacheControl] == ResponseCacheMiddleware.publicCacheControl)
            #expect(String(buffer: anonymous.body).contains("Public note.") && !String(buffer: anonymous.body).contains("Internal note."))
            // then a signed-in editor: the internal incident too, private, with no tag a shared cache could use
            var (editor, _) = try await IncidentPagesTests.signedIn(.editor, client)
            for path in ["/incidents", "/incidents?category=negligent-or-abusive-medical-care", "/incidents.csv", "/api/v1/incidents"] {
                let page = try await editor.get(path)
                #expect(page.body.contains("Internal note."), "\(path)")
                #expect(page.headers[.cacheControl] == "private, no-store", "\(path)")
                #expect(page.headers[.eTag] == nil, "\(path)")
                // and the anonymous reader, after the signed-in one, still gets the public page only
                let after = try await client.get(path, headers: [:])
                #expect(!String(buffer: after.body).contains("Internal note."), "\(path)")
                #expect(after.headers[.cacheControl] == ResponseCacheMiddleware.publicCacheControl, "\(path)")
            }
            // the editor's own page is not answered 304 with the anonymous tag either
            let tag = try #require(anonymous.headers[.eTag])
            let conditional = try await client.execute(uri: "/incidents", method: .get,
                                                       headers: [.ifNoneMatch: tag, .cookie: editor.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")])
            #expect(conditional.status == .ok)
            #expect(String(buffer: conditional.body).contains("Internal note."))
        }
    }
}

@Suite("Response cache bounds")
struct ResponseCacheTests {
    static func entry(_ size: Int, version: Int64 = 1, type: String = "application/pdf") -> CachedResponse {
        CachedResponse(headers: [.contentType: type], body: ByteBuffer(repeating: 1, count: size),
                       version: DataVersionStamp(number: version, changedAt: Date()))
    }

    static func store(_ cache: ResponseCache, _ path: String, _ query: String = "", size: Int, version: Int64 = 1) {
        let key = ResponseCache.Key(path: path, query: query)
        guard case .make(let pending) = cache.claim(key, version: version) else { Issue.record("expected to make \(path)?\(query)"); return }
        cache.fulfil(pending, key: key, with: entry(size, version: version))
    }

    static func isKept(_ cache: ResponseCache, _ path: String, _ query: String = "", version: Int64 = 1) -> Bool {
        let key = ResponseCache.Key(path: path, query: query)
        switch cache.claim(key, version: version) {
        case .hit: return true
        case .make(let pending): cache.fulfil(pending, key: key, with: nil); return false
        case .wait: return false
        }
    }

    @Test("bytes are bounded: the least recently used entry goes first; an entry over an eighth of the budget is not kept")
    func byteLimit() {
        // given room for eight entries of 4,000 bytes (each held as 4,512 with its allowance)
        let cache = ResponseCache(byteLimit: 40_000)
        for n in 0..<8 { Self.store(cache, "/\(n)", size: 4_000) }
        #expect(Self.isKept(cache, "/0"))  // /0 is now the most recently used, /1 the least
        // when a ninth comes
        Self.store(cache, "/8", size: 4_000)
        // then the least recently used went, and the rest stayed
        #expect(cache.usage.bytes <= 40_000)
        #expect(!Self.isKept(cache, "/1"))
        #expect((0..<9).filter { $0 != 1 }.allSatisfy { Self.isKept(cache, "/\($0)") })
        // an entry over an eighth of the budget (5,000) is not kept
        Self.store(cache, "/huge", size: 4_489)
        #expect(!Self.isKept(cache, "/huge"))
    }

    @Test("query variants of one path are capped, so endless ranking weights cannot push other pages out")
    func variantsPerPath() {
        let cache = ResponseCache(byteLimit: 1 << 20, variantsPerPath: 3)
        Self.store(cache, "/", size: 100)
        for n in 0..<10 { Self.store(cache, "/ranking", "deaths=\(n)", size: 100) }
        #expect(cache.usage.entries == 4)
        #expect(Self.isKept(cache, "/"))
        #expect(Self.isKept(cache, "/ranking", "deaths=9") && !Self.isKept(cache, "/ranking", "deaths=0"))
    }

    @Test("a newer data version empties the cache; a response made at an older one is not kept")
    func versions() {
        let cache = ResponseCache(byteLimit: 1 << 20)
        Self.store(cache, "/", size: 100, version: 1)
        #expect(Self.isKept(cache, "/", version: 1))
        #expect(!Self.isKept(cache, "/", version: 2))
        #expect(cache.usage.entries == 0)
        Self.store(cache, "/late", size: 100, version: 1)
        #expect(cache.usage.entries == 0)
    }

    @Test("requests for the same address while it is being made wait for it rather than make it again")
    func singleFlight() async {
        let cache = ResponseCache(byteLimit: 1 << 20)
        let key = ResponseCache.Key(path: "/", query: "")
        guard case .make(let pending) = cache.claim(key, version: 1) else { Issue.record("expected to make"); return }
        guard case .wait(let waiting) = cache.claim(key, version: 1) else { Issue.record("expected to wait"); return }
        // a request that has seen a newer version does not wait for the older one
        guard case .make(let newer) = cache.claim(key, version: 2) else { Issue.record("expected to make at version 2"); return }
        cache.fulfil(pending, key: key, with: Self.entry(100, version: 1))
        #expect(await waiting.value()?.identity.readableBytes == 100)
        cache.fulfil(newer, key: key, with: Self.entry(200, version: 2))
        #expect(Self.isKept(cache, "/", version: 2))
    }

    @Test("the data version is read once for requests that wait together")
    func versionReadsCoalesce() async throws {
        let reads = Mutex(0)
        let watch = DataVersionWatch {
            reads.withLock { $0 += 1 }
            try await Task.sleep(for: .milliseconds(100))
            return DataVersion(number: 7, changedAt: Date())
        }
        let versions = try await withThrowingTaskGroup(of: Int64.self) { group in
            for _ in 0..<20 { group.addTask { try await watch.current().number } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(versions == Array(repeating: 7, count: 20))
        #expect(reads.withLock { $0 } < 20)
    }
}

@Suite("HTTP header values")
struct HTTPHeaderValueTests {
    @Test("HTTP dates are IMF-fixdates in GMT and read back")
    func dates() {
        let date = Date(timeIntervalSince1970: 784_111_777)
        #expect(HTTPDate.format(date) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == date)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
    }

    @Test("Accept-Encoding: gzip unless refused with q=0", arguments: [
        ("gzip", true), ("gzip, deflate, br", true), ("br;q=1.0, gzip;q=0.8", true), ("*", true), ("x-gzip", true),
        ("gzip;q=0", false), ("identity", false), ("br", false), ("", false),
    ])
    func acceptEncoding(value: String, accepted: Bool) {
        #expect(Gzip.isAccepted(by: value) == accepted)
    }

    @Test("If-None-Match lists, weak tags and * match")
    func entityTags() {
        let tags = [EntityTag("v3-ab")]
        #expect(EntityTag.list("\"v3-ab\"", contains: tags))
        #expect(EntityTag.list("\"x\", W/\"v3-ab\"", contains: tags))
        #expect(EntityTag.list("*", contains: tags))
        #expect(!EntityTag.list("\"v3-abc\"", contains: tags))
        #expect(!EntityTag.list("v3-ab", contains: tags))
    }
}
