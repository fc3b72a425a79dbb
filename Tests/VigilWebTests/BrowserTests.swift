import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Debian's headless Chromium, when installed (`apt-get install chromium`).
enum HeadlessBrowser {
    static let path: String? = {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            .split(separator: ":").flatMap { ["\($0)/chromium", "\($0)/chromium-browser"] }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var skipReason: String { "Browser test skipped: no `chromium` on PATH (apt-get install -y chromium)" }

    /// Runs Chromium headless with `arguments` and returns what it printed.
    static func run(_ arguments: [String]) async throws -> String {
        let path = try #require(path)
        return try await Task.detached {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                 "--no-first-run", "--disable-extensions", "--user-data-dir=/tmp/vigil-chromium-profile-\(UUID().uuidString)"]
                + arguments
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }.value
    }
}

@Suite("In a real browser", .serialized)
struct BrowserTests {
    // Chromium is an optional system package: without it this suite is skipped, with the reason shown.
    @Test("Chromium renders the national and a facility page: chart, rows, names",
          .enabled(if: HeadlessBrowser.path != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func rendersInChromium() async throws {
        // given the full demo dataset served on a free loopback port
        let releases = DemoDataset.releases()
        let facility = releases.last!.facilities[0]
        try await withTestDatabase { database in
            let archive = ReleaseArchive(database: database)
            for release in releases { try await archive.archive(release, synthetic: true) }
            let app = try await buildApplication(configuration: AppConfig(host: "127.0.0.1", port: 0, logLevel: .warning),
                                                 database: database)
            try await app.test(.live) { client in
                let port = try #require(client.port)
                let base = "http://127.0.0.1:\(port)"

                // when Chromium loads the national page
                let national = try await HeadlessBrowser.run(["--dump-dom", base + "/"])
                // then the DOM it built has the trend chart with a point per release, the facility rows and the banner
                #expect(national.contains("<svg"), "no chart in: \(national.prefix(500))")
                #expect(occurrences(of: "class=\"dot-0 point\"", in: national) == releases.count)
                #expect(occurrences(of: "class=\"facility-row\"", in: national) == releases.last!.facilities.count)
                #expect(national.contains(facility.name))
                #expect(national.contains("Synthetic demo data"))

                // when it loads the facility page
                let page = try await HeadlessBrowser.run(["--dump-dom", base + "/facilities/\(facility.key.rawValue)"])
                // then it shows the name, the history chart and the inspection lines
                #expect(page.contains("id=\"facility-history\""))
                #expect(page.contains(facility.name))
                #expect(occurrences(of: "class=\"inspection-row\"", in: page) > 0)

                // and screenshots are taken for a person to look at
                _ = try await HeadlessBrowser.run(["--screenshot=/tmp/vigil-national.png", "--window-size=1280,2000", base + "/"])
                _ = try await HeadlessBrowser.run(["--screenshot=/tmp/vigil-facility.png", "--window-size=1280,2000",
                                                   base + "/facilities/\(facility.key.rawValue)"])
                _ = try await HeadlessBrowser.run(["--screenshot=/tmp/vigil-national-full.png", "--window-size=1280,6400", base + "/?state=TX"])
                _ = try await HeadlessBrowser.run(["--screenshot=/tmp/vigil-releases.png", "--window-size=1280,1400", base + "/releases"])
                #expect(FileManager.default.fileExists(atPath: "/tmp/vigil-national.png"))
                #expect(FileManager.default.fileExists(atPath: "/tmp/vigil-facility.png"))
            }
        }
    }
}
