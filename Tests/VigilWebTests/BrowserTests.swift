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
    static let path: String? = Chromium.locate()

    static var skipReason: String { "Browser test skipped: no `chromium` on PATH (apt-get install -y chromium)" }

    /// Runs Chromium headless with `arguments` and returns what it printed, without holding a
    /// concurrency thread while it runs (the app under test needs those threads to answer it).
    static func run(_ arguments: [String]) async throws -> String {
        let path = try #require(path)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-chromium-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let outcome = try await ChildProcess.run(path, Chromium.headlessArguments(profile: profile) + arguments, timeout: .seconds(90))
        return String(decoding: outcome.standardOutput, as: UTF8.self)
    }

    /// Loads `url` and returns the DOM Chromium built and the console messages it logged
    /// (Content-Security-Policy violations among them), one per line.
    static func load(_ url: String) async throws -> (dom: String, console: [String]) {
        let path = try #require(path)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-chromium-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let outcome = try await ChildProcess.run(path, Chromium.headlessArguments(profile: profile)
                                                     + ["--enable-logging=stderr", "--v=0", "--dump-dom", url], timeout: .seconds(90))
        let log = String(decoding: outcome.standardError, as: UTF8.self)
        return (String(decoding: outcome.standardOutput, as: UTF8.self),
                log.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init))
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
