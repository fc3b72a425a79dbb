import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Incidents in a real browser", .serialized)
struct IncidentBrowserTests {
    @Test("a facility page shows a public incident, and markup in it does not run",
          .enabled(if: HeadlessBrowser.path != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func scriptDoesNotRun() async throws {
        try await withTestDatabase { database in
            // given a public incident whose text would retitle the page if it ever ran as script
            try await IncidentFixtures.loadFacilities(database)
            let attack = "Water was cut off.<script>document.title='PWNED'</script><img src=x onerror=\"document.title='PWNED'\">"
            try await IncidentArchive(database: database).add(
                IncidentFixtures.incident(category: .inadequateFoodOrWater, description: attack,
                                          sourceTitle: "<script>document.title='PWNED'</script>Report"),
                by: "editor@example.org", audit: .commandLine)
            let app = try await buildApplication(configuration: AppConfig(host: "127.0.0.1", port: 0, logLevel: .warning), database: database)
            try await app.test(.live) { client in
                let base = "http://127.0.0.1:\(try #require(client.port))"
                // when Chromium loads the facility page and runs whatever scripts it finds
                let dom = try await HeadlessBrowser.run(["--dump-dom", base + "/facilities/\(IncidentFixtures.stewartCode)"])
                // then the incident is there, as text
                #expect(dom.contains("id=\"incidents\""), "no incidents section in: \(dom.prefix(300))")
                #expect(dom.contains("Water was cut off.&lt;script&gt;document.title='PWNED'&lt;/script&gt;"))
                #expect(dom.contains("Inadequate food or water"))
                // and no script of it ran: the title is still the facility's
                let title = dom.range(of: "<title>").flatMap { start in dom.range(of: "</title>").map { String(dom[start.upperBound..<$0.lowerBound]) } }
                #expect(title == "\(IncidentFixtures.stewartName) · Vigil")
                #expect(!dom.contains("<img src=\"x\""))
            }
        }
    }
}
