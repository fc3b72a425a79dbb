import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Segregation page in a real browser", .serialized)
struct SegregationBrowserTests {
    @Test("Chromium renders /segregation: a point per month, the ranked facilities, the quarters",
          .enabled(if: HeadlessBrowser.path != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func rendersInChromium() async throws {
        // given the demo dataset, which generates segregation sheets, served on a free loopback port
        let releases = DemoDataset.releases(count: 8)
        try await withTestDatabase { database in
            let archive = ReleaseArchive(database: database)
            for release in releases { try await archive.archive(release, synthetic: true) }
            let months = try await SegregationQueries(database: database).nationalMonths()
            let app = try await buildApplication(configuration: AppConfig(host: "127.0.0.1", port: 0, logLevel: .warning),
                                                 database: database)
            try await app.test(.live) { client in
                let base = "http://127.0.0.1:\(try #require(client.port))"
                // when Chromium loads the page
                let dom = try await HeadlessBrowser.run(["--dump-dom", base + "/segregation"])
                // then the chart has one point per month, and the tables their rows
                #expect(months.count >= 3)
                #expect(occurrences(of: "class=\"dot-0 point\"", in: dom) == months.count)
                #expect(dom.contains("id=\"segregation-latest-month\"") && dom.contains("id=\"vulnerable-quarters\""))
                #expect(dom.contains("Synthetic demo data"))
                _ = try await HeadlessBrowser.run(["--screenshot=/tmp/vigil-segregation.png", "--window-size=1280,3000", base + "/segregation"])
                #expect(FileManager.default.fileExists(atPath: "/tmp/vigil-segregation.png"))
            }
        }
    }
}
