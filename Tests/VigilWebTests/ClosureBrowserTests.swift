import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Closure ranking and dossier in a real browser", .serialized)
struct ClosureBrowserTests {
    @Test("Chromium draws the ranking chart and table, and the dossier with its sources",
          .enabled(if: HeadlessBrowser.path != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func rankingAndDossier() async throws {
        try await withTestDatabase { database in
            let archive = ReleaseArchive(database: database)
            for release in ClosureFixture.releases() { try await archive.archive(release) }
            try await ClosureFixture.load(database)
            let app = try await buildApplication(configuration: AppConfig(host: "127.0.0.1", port: 0, logLevel: .warning), database: database)
            try await app.test(.live) { client in
                let base = "http://127.0.0.1:\(try #require(client.port))"
                // when Chromium loads the ranking with inspections weighted alone
                let ranking = try await HeadlessBrowser.run(["--dump-dom", base + "/ranking?deaths=0&population=0&guaranteed_minimum=0&private_operator=0"])
                // then the chart has a bar per facility, and the first table row is Alamance, the only one with failed inspections
                #expect(ranking.contains("id=\"ranking-chart\""))
                #expect(occurrences(of: "class=\"bar-label\"", in: ranking) == 4)
                let table = try #require(ranking.range(of: "id=\"ranking-heading\"").map { ranking[$0.upperBound...] })
                let firstRow = try #require(table.range(of: "<tbody>").map { table[$0.upperBound...] })
                #expect(firstRow.prefix(600).contains("ALAMANCE"))
                #expect(ranking.contains("name=\"inspections\" value=\"2\""))

                // when it loads Stewart's dossier
                let dossier = try await HeadlessBrowser.run(["--dump-dom", base + "/facilities/STWRTGA/dossier"])
                #expect(dossier.contains("Closure dossier"))
                #expect(dossier.contains("id=\"facility-history\""))
                #expect(dossier.contains("id=\"source-1\""))
                #expect(dossier.contains("Jiminez-Joseph, Jean Carlos"))
                _ = try await HeadlessBrowser.run(["--screenshot=/tmp/vigil-ranking.png", "--window-size=1280,2000", base + "/ranking"])
                _ = try await HeadlessBrowser.run(["--screenshot=/tmp/vigil-dossier.png", "--window-size=1100,3000", base + "/facilities/STWRTGA/dossier"])
                #expect(FileManager.default.fileExists(atPath: "/tmp/vigil-dossier.png"))
            }
        }
    }
}
