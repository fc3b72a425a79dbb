import Foundation
import Hummingbird
import HummingbirdTesting
import Plot
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Security headers")
struct SecurityHeadersTests {
    static let policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'"

    /// Every header but HSTS, as a browser reads them.
    static func expectHardened(_ page: Page, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(page.headers[.contentSecurityPolicy] == policy, "CSP on \(what)", sourceLocation: sourceLocation)
        #expect(page.headers[.xContentTypeOptions] == "nosniff", "nosniff on \(what)", sourceLocation: sourceLocation)
        #expect(page.headers[.init("X-Frame-Options")!] == "DENY", "X-Frame-Options on \(what)", sourceLocation: sourceLocation)
        #expect(page.headers[.init("Referrer-Policy")!] == "same-origin", "Referrer-Policy on \(what)", sourceLocation: sourceLocation)
    }

    @Test("a page, an API answer, a download, the stylesheet and 404s all carry the headers, and no HSTS without secure cookies",
          arguments: [("/", HTTPResponse.Status.ok), ("/api/v1/releases", .ok), ("/releases.csv", .ok), ("/facilities.json", .ok),
                      (SiteURL.stylesheet.path, .ok), ("/no-such-page", .notFound), ("/api/v1/no-such-thing", .notFound),
                      ("/facilities/NOSUCHKEY", .notFound), ("/api/v1/releases/999999", .notFound)])
    func everyResponse(path: String, status: HTTPResponse.Status) async throws {
        try await withApp(releases: Fixtures.demoReleases(count: 2)) { client, _ in
            let page = try await client.get(path)
            #expect(page.status == status)
            Self.expectHardened(page, path)
            #expect(page.headers[.strictTransportSecurity] == nil)
        }
    }

    @Test("a form refused by the CSRF check (403) carries the headers too")
    func refusedPost() async throws {
        try await withApp(releases: Fixtures.demoReleases(count: 1)) { client, _ in
            let response = try await client.execute(uri: "/sign-out", method: .post,
                                                    headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: "a=b"))
            #expect(response.status == .forbidden)
            Self.expectHardened(Page(status: response.status, headers: response.headers, body: ""), "a 403")
        }
    }

    @Test("with --secure-cookies every response also carries Strict-Transport-Security", arguments: ["/", "/api/v1/releases", "/releases.csv", "/nope"])
    func strictTransportSecurity(path: String) async throws {
        try await withTestDatabase { database in
            try await ReleaseArchive(database: database).archive(Fixtures.demoReleases(count: 1)[0], synthetic: true)
            let app = try await buildApplication(configuration: AppConfig(logLevel: .warning, secureCookies: true), database: database)
            try await app.test(.router) { client in
                let page = try await client.get(path)
                #expect(page.headers[.strictTransportSecurity] == "max-age=31536000")
                Self.expectHardened(page, path)
            }
        }
    }

    @Test("the stylesheet is a file named by its content hash, kept a year; pages link it and inline no style or script")
    func stylesheetFile() async throws {
        try await withApp(releases: Fixtures.demoReleases(count: 3)) { client, _ in
            // given the stylesheet's address, with its content hash in the name
            let path = SiteURL.stylesheet.path
            #expect(path.hasPrefix("/assets/vigil-") && path.hasSuffix(".css") && Stylesheet.fingerprint.count == 16)
            // when it is fetched, then it is the stylesheet, as CSS, cacheable for a year by anyone
            let css = try await client.get(path)
            #expect(css.status == .ok)
            #expect(css.body == Stylesheet.css)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.headers[.cacheControl] == "public, max-age=31536000, immutable")
            // (the same for everyone: it varies by the encoding asked for, never by cookie)
            #expect(css.headers[.vary] == nil || css.headers[.vary] == "Accept-Encoding")
            // and an old name is not found
            #expect(try await client.get("/assets/vigil-0000000000000000.css").status == .notFound)

            // when the pages are fetched, then each links the stylesheet and has no inline style, script or event handler
            let facility = Fixtures.demoReleases(count: 3).last!.facilities[0].key.rawValue
            for page in ["/", "/releases", "/facilities/\(facility)", "/facilities/\(facility)/dossier", "/ranking", "/daily", "/deaths",
                         "/segregation", "/private-share", "/incidents", "/sign-in", "/no-such-page"] {
                let html = try await client.get(page).body
                #expect(html.contains("<link rel=\"stylesheet\" href=\"\(path)\""), "\(page) does not link the stylesheet")
                #expect(!html.contains("<style"), "\(page) has a <style> element")
                #expect(!html.contains(" style=\""), "\(page) has a style attribute")
                #expect(!html.contains("<script"), "\(page) has a script")
                #expect(html.firstRange(of: /\son[a-z]+=/) == nil, "\(page) has an event handler attribute")
            }
        }
    }

    @Test("a page printed from a file carries its stylesheet inside, since there is no server to fetch it from")
    func printedPageInlinesStylesheet() {
        let chrome = PageChrome(showsSyntheticBanner: false, viewer: nil)
        let printed = Layout.page(title: "T", description: "D", chrome: chrome, stylesheet: .inline, .p(.text("x"))).render()
        #expect(printed.contains("<style>" + Stylesheet.css + "</style>"))
        #expect(!printed.contains("rel=\"stylesheet\""))
        let served = Layout.page(title: "T", description: "D", chrome: chrome, .p(.text("x"))).render()
        #expect(!served.contains("<style"))
    }
}
