import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Casework in real Chromium: a draft printed to PDF by the server's printer, and the signed-in
/// pages (case, queue, draft) loaded by a headless browser, with markup typed into a case inert.
@Suite("Casework in a real browser", .serialized)
struct CaseworkBrowserTests {
    typealias F = CaseFixtures
    static let attack = "Zuleima <script>document.title='PWNED'</script><img src=x onerror=\"document.title='PWNED'\">"

    @Test("a draft is printed to PDF by headless Chromium, in Spanish, and the print is an audited read",
          .enabled(if: HeadlessBrowser.path != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func draftPDF() async throws {
        // Live: Chromium fetches the draft to print from the running server.
        try await withCaseApp(testing: .live) { client, db, id in
            let (browser, _) = try await CaseworkPagesTests.signedIn("member@example.org", client)
            let response = try await slowGet(port: try #require(client.port), "/orgs/first-legal/cases/\(id)/drafts/custody-redetermination/pdf?lang=es",
                                             cookie: browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/pdf")
            #expect(response.header("Content-Disposition")?.contains("vigil-case-\(id)-custody-redetermination-es.pdf") == true)
            let bytes = Array(response.body)
            #expect(bytes.starts(with: Array("%PDF-".utf8)) && bytes.count > 5_000, "\(bytes.count) bytes")
            let log = try await AuditLog(database: db).latest(limit: 1)
            #expect(log.first?.action == "case.read" && log.first?.details["purpose"] == "draft:custody-redetermination:pdf")
        }
    }

    @Test("the case page, the queue and a draft render in Chromium; markup in a name shows as text and never runs",
          .enabled(if: HeadlessBrowser.path != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func pagesInChromium() async throws {
        try await withTestDatabase { db in
            let (first, _) = try await F.load(db)
            let id = try await CaseArchive(database: db, key: F.key).add(F.file(name: Self.attack), to: first, recordedBy: "m", audit: .commandLine)
            let app = try await buildApplication(configuration: AppConfig(logLevel: .warning, dataKey: F.key), database: db)
            try await app.test(.router) { client in
                var (browser, _) = try await CaseworkPagesTests.signedIn("member@example.org", client)
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-case-pages-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: folder) }
                for (name, path, marker) in [("case", "/orgs/first-legal/cases/\(id)", "id=\"custody-history\""),
                                             ("queue", "/orgs/first-legal/queue", "class=\"queue-row\""),
                                             ("draft", "/orgs/first-legal/cases/\(id)/drafts/parole?lang=es", "id=\"draft\"")] {
                    // given the page as a signed-in member's browser receives it
                    let page = try await browser.get(path)
                    #expect(page.status == .ok)
                    let file = folder.appendingPathComponent("\(name).html")
                    try Data(page.body.utf8).write(to: file)
                    // when Chromium loads it and runs whatever scripts it finds
                    let dom = try await HeadlessBrowser.run(["--dump-dom", file.absoluteString])
                    // then the page is there, the name shown as text, and no script of it ran
                    #expect(dom.contains(marker), "\(name): no \(marker) in \(dom.prefix(300))")
                    #expect(dom.contains("Zuleima &lt;script&gt;document.title='PWNED'&lt;/script&gt;"), "\(name)")
                    #expect(!dom.contains("<title>PWNED</title>") && !dom.contains("<img src=\"x\""), "\(name)")
                }
            }
        }
    }
}
