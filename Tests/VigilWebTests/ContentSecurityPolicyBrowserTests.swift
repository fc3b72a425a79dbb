import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// The paths and statuses the server answered, in order.
actor RequestLog {
    private(set) var entries: [(path: String, status: Int, contentType: String?)] = []
    func add(_ path: String, _ status: Int, _ contentType: String?) { entries.append((path, status, contentType)) }
}

/// Records every request outside all of Vigil's own middleware.
struct RequestRecorder: RouterMiddleware {
    typealias Context = VigilRequestContext
    let log: RequestLog

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        await log.add(request.uri.path, Int(response.status.code), response.headers[.contentType])
        return response
    }
}

@Suite("Content-Security-Policy in a real browser", .serialized)
struct ContentSecurityPolicyBrowserTests {
    @Test("Chromium reports a violation when a page breaks the policy (so the check below can fail)",
          .enabled(if: HeadlessBrowser.path != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func violationsAreSeen() async throws {
        // given a file with the policy in a meta tag, an inline <style> and a style attribute
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-csp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("breaks-policy.html")
        try Data("""
            <!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="\(SecurityHeadersMiddleware<VigilRequestContext>.contentSecurityPolicy)">
            <style>p{color:red}</style></head><body><p style="color:blue">x</p></body></html>
            """.utf8).write(to: file)
        // when Chromium loads it, then its console names the broken directive
        let (_, console) = try await HeadlessBrowser.load(file.absoluteString)
        #expect(console.contains { $0.contains("Content Security Policy") && $0.contains("style-src") }, "console: \(console)")
    }

    @Test("the national page, a facility page and the ranking load their stylesheet and break no policy",
          .enabled(if: HeadlessBrowser.path != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func pagesKeepThePolicy() async throws {
        let releases = DemoDataset.releases(seed: 2024, count: 6)
        let facility = releases.last!.facilities[0]
        try await withTestDatabase { database in
            let archive = ReleaseArchive(database: database)
            for release in releases { try await archive.archive(release, synthetic: true) }
            // given Vigil's routes behind a recorder of what the browser asks for, on a free loopback port
            let log = RequestLog()
            let router = Router(context: VigilRequestContext.self)
            router.add(middleware: RequestRecorder(log: log))
            Routes.register(on: router, database: database)
            var logger = Logger(label: "vigil.test")
            logger.logLevel = .warning
            let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
            try await app.test(.live) { client in
                let base = "http://127.0.0.1:\(try #require(client.port))"
                for path in ["/", "/facilities/\(facility.key.rawValue)", "/ranking"] {
                    // when Chromium loads the page
                    let (dom, console) = try await HeadlessBrowser.load(base + path)
                    // then it rendered it, and logged no policy violation and no refused resource
                    #expect(dom.contains("class=\"site-header\""), "\(path) did not render: \(dom.prefix(300))")
                    #expect(!console.contains { $0.contains("Content Security Policy") || $0.contains("Refused") },
                            "\(path): \(console.joined(separator: "\n"))")
                }
                // and it fetched the stylesheet for every page (or once and kept it), served as CSS
                let sheets = await log.entries.filter { $0.path == SiteURL.stylesheet.path }
                #expect(!sheets.isEmpty)
                #expect(sheets.allSatisfy { $0.status == 200 && $0.contentType == "text/css; charset=utf-8" })
            }
        }
    }
}
