import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Press audit report in a real browser", .serialized)
struct PressAuditBrowserTests {
    /// Chromium cannot be handed a session cookie, so the editor's page is fetched signed in by the
    /// test client from the live server and opened from a file whose base is that server (its
    /// stylesheet comes from there); the server's own headers are pinned in `PressAuditPagesTests`.
    @Test("Chromium renders a saved report: highlights, numbered notes beside the text, counts, no script run",
          .enabled(if: HeadlessBrowser.path != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func rendersReport() async throws {
        try await withTestDatabase { db in
            try await UserAccounts(database: db).add(email: "editor@example.org", role: .editor,
                                                     password: IncidentPagesTests.password, by: .commandLine)
            let letterID = try await PressAuditFixtures.importLetter(db)
            let id = try await PressAuditArchive(database: db).save(
                PressArticleDraft(title: "Groups want more", outlet: "The Example Post", text: PressAuditFixtures.text),
                letterID: letterID, by: "editor@example.org", audit: .commandLine)
            let findings = try #require(try await PressAuditQueries(database: db).audit(id: id)).findings
            let app = try await buildApplication(configuration: AppConfig(host: "127.0.0.1", port: 0, logLevel: .warning), database: db)
            try await app.test(.live) { client in
                let base = "http://127.0.0.1:\(try #require(client.port))"
                var browser = Browser(client: client)
                _ = try await browser.signIn("editor@example.org", IncidentPagesTests.password)
                let page = try await browser.get("/press-audits/\(id)")
                #expect(page.status == .ok)
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-press-report-\(UUID().uuidString).html")
                defer { try? FileManager.default.removeItem(at: file) }
                try page.body.replacingOccurrences(of: "<head>", with: "<head><base href=\"\(base)/\">")
                    .write(to: file, atomically: true, encoding: .utf8)

                // when Chromium loads the report and runs whatever scripts it finds
                let (dom, console) = try await HeadlessBrowser.load(file.absoluteString)

                // then every finding is highlighted in the text and has its note, numbered alike
                #expect(occurrences(of: "class=\"press-note ", in: dom) == findings.count, "\(dom.prefix(400))")
                #expect(occurrences(of: "class=\"press-marker\"", in: dom) == findings.count)
                #expect(dom.contains("class=\"press-mark press-quote press-flag\""))
                #expect(dom.contains("class=\"press-mark press-claim press-flag\""))
                #expect(dom.contains("class=\"press-counts\""))
                for verdict in Set(findings.map(\.verdict)) { #expect(dom.contains(">\(verdict.rawValue)</span>")) }
                // and the article's markup stayed text: the title is the page's own
                #expect(dom.contains("<title>Press audit: Groups want more · Vigil</title>"))
                #expect(!console.contains { $0.contains("PWNED") })

                // and a screenshot is taken for a person to look at
                _ = try await HeadlessBrowser.run(["--screenshot=/tmp/vigil-press-report.png", "--window-size=1280,1600", file.absoluteString])
                #expect(FileManager.default.fileExists(atPath: "/tmp/vigil-press-report.png"))
            }
        }
    }
}
