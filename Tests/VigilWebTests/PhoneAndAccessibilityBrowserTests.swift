import Foundation
import HummingbirdTesting
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Every page, opened in headless Chromium as a phone (390×844, mobile, touch) by `scripts/check-pages`,
/// which drives the system Chromium through Python's Playwright and runs axe-core (from
/// `axe-playwright-python`) on each page.
enum PagesChecker {
    static let script = SharedData.packageRoot.appendingPathComponent("scripts/check-pages").path

    /// True when python3 can import Playwright and axe, and Chromium is installed.
    static let isAvailable: Bool = {
        guard HeadlessBrowser.path != nil else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import playwright.sync_api, axe_playwright_python"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// In CI (where `.ci/run` installs them) the test runs regardless, so a missing piece fails it.
    static var runs: Bool { isAvailable || SharedData.isCI }
    static let skipReason: Comment =
        "skipped: needs chromium and Python's playwright and axe-playwright-python (pip install playwright axe-playwright-python)"

    struct Report: Decodable {
        struct PageResult: Decodable {
            var path: String
            var status: Int?
            /// The path the browser ended on: a page that needs signing in and redirected elsewhere shows here.
            var final_path: String
            var scroll_width: Int
            var lang: String
            var h1_count: Int
            var overflowing: [Overflow]?
            var small_targets: [Target]
            var axe: [Violation]?
        }
        struct Overflow: Decodable, CustomStringConvertible {
            var tag: String
            var right: Int
            var text: String
            var description: String { "<\(tag)> to \(right) px: \(text)" }
        }
        struct Target: Decodable, CustomStringConvertible {
            var tag: String
            var text: String
            var width: Int
            var height: Int
            var description: String { "<\(tag)> \(text) \(width)×\(height)" }
        }
        struct Violation: Decodable, CustomStringConvertible {
            var id: String
            var impact: String?
            var help: String
            var nodes: [[String]]
            var description: String { "\(id) (\(impact ?? "?")): \(help) at \(nodes)" }
        }
        var width: Int
        var pages: [PageResult]
    }

    static func check(base: String, paths: [String], cookie: String? = nil) async throws -> Report {
        var arguments = [script, base] + paths
        if let cookie { arguments += ["--cookie", cookie] }
        let outcome = try await ChildProcess.run("/usr/bin/env", ["python3"] + arguments, timeout: .seconds(600))
        guard outcome.status == 0 else {
            throw CheckFailed(message: String(decoding: outcome.standardError, as: UTF8.self))
        }
        return try JSONDecoder().decode(Report.self, from: outcome.standardOutput)
    }

    struct CheckFailed: Error, CustomStringConvertible {
        var message: String
        var description: String { "scripts/check-pages failed: \(message.suffix(2000))" }
    }
}

@Suite("Every page on a phone, and accessible", .serialized)
struct PhoneAndAccessibilityBrowserTests {
    @Test("every page, in English and Spanish, fits a 390 px phone, has one h1 and its language, and axe finds nothing serious or critical",
          .enabled(if: PagesChecker.runs, PagesChecker.skipReason))
    func everyPage() async throws {
        try await withTestDatabase { database in
            // given the demo Vigil serves on a fresh clone, with a facility list, letters and an admin
            let tour = try await PageTour.prepare(database)
            let app = try await buildApplication(configuration: AppConfig(host: "127.0.0.1", port: 0, logLevel: .warning,
                                                                          dataKey: PageTour.dataKey),
                                                 database: database)
            try await app.test(.live) { client in
                let base = "http://127.0.0.1:\(try #require(client.port))"
                // in English and in Spanish
                let publicPaths = tour.publicPaths.flatMap { [PageTour.english($0), PageTour.spanish($0)] }
                let signedInPaths = tour.signedInPaths.flatMap { [PageTour.english($0), PageTour.spanish($0)] }

                // when each is opened as a phone
                let anonymous = try await PagesChecker.check(base: base, paths: publicPaths)
                let signedIn = try await PagesChecker.check(base: base, paths: signedInPaths, cookie: tour.cookie)
                let member = tour.memberPaths.isEmpty ? [] : try await PagesChecker.check(
                    base: base, paths: tour.memberPaths.flatMap { [PageTour.english($0), PageTour.spanish($0)] }, cookie: tour.memberCookie).pages

                // then none is wider than the phone, each has one h1 and says its language, and axe-core
                // (WCAG 2.0–2.2 A and AA rules) finds no serious or critical violation
                for page in anonymous.pages + signedIn.pages + member {
                    #expect(page.status == (page.path.hasPrefix(PageTour.missingPath) ? 404 : 200), "\(page.path): status \(page.status ?? 0)")
                    // (signed in: a signed-in page was not redirected to the sign-in form)
                    #expect(page.final_path == String(page.path.prefix { $0 != "?" }), "\(page.path) ended on \(page.final_path)")
                    #expect(page.scroll_width <= 390, "\(page.path) is \(page.scroll_width) px wide: \(page.overflowing ?? [])")
                    #expect(page.h1_count == 1, "\(page.path) has \(page.h1_count) h1")
                    #expect(page.lang == (page.path.hasSuffix("lang=es") ? "es" : "en"), "\(page.path): lang \(page.lang)")
                    let severe = (page.axe ?? []).filter { $0.impact == "serious" || $0.impact == "critical" }
                    #expect(severe.isEmpty, "\(page.path): \(severe)")
                    #expect(page.axe != nil, "\(page.path): axe did not run")
                    // and every control and link a thumb must hit is at least 44×44 px, except links inline in
                    // running text and points of charts, whose data is also a table (scripts/check-pages says how)
                    #expect(page.small_targets.isEmpty, "\(page.path): \(page.small_targets.prefix(6))")
                }
            }
        }
    }
}
