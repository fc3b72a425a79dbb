import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// A response read as text.
struct Page: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: String
}

extension TestClientProtocol {
    func get(_ uri: String) async throws -> Page {
        let response = try await execute(uri: uri, method: .get)
        return Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }
}

enum Fixtures {
    /// The generated demo releases; `count` keeps tests quick while still spanning fiscal years.
    static func demoReleases(count: Int = 8) -> [IceStatsRelease] {
        DemoDataset.releases(seed: 2024, count: count)
    }

    /// One small release with a facility whose name and type try to inject markup.
    static func hostileRelease() -> IceStatsRelease {
        var facility = FacilityObservation(sourceRow: 8, name: "<script>alert('x')</script> \"Quoted\" & County Jail")
        facility.city = "<img src=x onerror=alert(1)>"
        facility.state = "TX"
        facility.areaOfResponsibility = "<b>HOU</b>"
        facility.typeDetailed = "IGSA\"><script>alert(2)</script>"
        facility.levelA = 10
        facility.levelB = 5
        facility.guaranteedMinimum = 20
        facility.inspections = [ReportedInspection(position: .last, inspector: .odo, type: "<i>ODO</i>", standard: "NDS 2019",
                                                   rating: "Meets <Standards>", date: CalendarDate(year: 2024, month: 3, day: 1))]
        var plain = FacilityObservation(sourceRow: 9, name: "Plain County Jail")
        plain.state = "TX"
        plain.levelA = 3
        let date = CalendarDate(year: 2024, month: 7, day: 8)!
        return IceStatsRelease(
            source: SourceFile(fileName: "FY24_detentionStats<x>.xlsx", sha256: String(repeating: "ab", count: 32), byteCount: 1000),
            sheetName: "Facilities FY24", fiscalYear: FiscalYear(2024), asOfDate: date, printedAsOfDate: date,
            fileNameDate: date, headerRow: 7, layout: .fy24Pending, columns: [], facilities: [facility, plain],
            anomalies: [ReleaseAnomaly(.placeholderValue, "A cell held \"<N/A>\".", at: SourceLocation(file: "f.xlsx", row: 9))])
    }
}

/// Runs `body` against the application on a fresh in-memory database holding `releases`,
/// through Hummingbird's router test client (no socket).
func withApp(releases: [IceStatsRelease] = Fixtures.demoReleases(), synthetic: Bool = true, testing: TestingSetup = .router,
             _ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
    try await withTestDatabase { database in
        let archive = ReleaseArchive(database: database)
        for release in releases { try await archive.archive(release, synthetic: synthetic) }
        let app = try await buildApplication(configuration: AppConfig(logLevel: .warning, printTimeoutSeconds: testPrintTimeoutSeconds),
                                             database: database)
        try await app.test(testing) { client in try await body(client, database) }
    }
}

/// A small RFC 4180 reader, for checking downloads.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}

/// Counts occurrences of `needle` in `text`.
func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

/// The keys of the first object in a JSON array, in the order written.
func jsonKeysInOrder(_ text: String) throws -> [String] {
    let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    guard let first = array.first else { return [] }
    // JSONSerialization loses order; recover it from the text of the first object.
    let firstObject = text[text.range(of: "{")!.lowerBound...text.range(of: "}")!.upperBound]
    return first.keys.sorted { firstObject.range(of: "\"\($0)\":")!.lowerBound < firstObject.range(of: "\"\($1)\":")!.lowerBound }
}

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// How long test servers let a print take (`vigil serve --print-timeout`). The whole suite loads the
/// machine, Chromium starts slowly then, and a PDF test should fail on what is printed, not on the wait.
let testPrintTimeoutSeconds = 240

/// A session that waits as long as the test server's printer may take (`TestApp.printTimeoutSeconds`)
/// and then some. Set on the session: on Linux a request's own `timeoutInterval` does not lengthen the
/// session's 60 s (a request given 300 s to a server answering in 75 s timed out after 60 s).
let slowSession: URLSession = {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = 300
    configuration.timeoutIntervalForResource = 300
    // Tests share the session, so it keeps no cookies (a `?lang=es` would set the next test's language); a test passes its own.
    configuration.httpCookieStorage = nil
    configuration.httpShouldSetCookies = false
    return URLSession(configuration: configuration)
}()

/// A GET to the live test server with a long deadline, for what the server makes slowly (a PDF printed
/// by Chromium, which fetches its page from the same server): the test client's own deadline is 20 s,
/// which a loaded machine running the whole suite can pass.
func slowGet(port: Int, _ path: String, cookie: String? = nil) async throws -> (status: Int, header: (String) -> String?, body: Data) {
    var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!, timeoutInterval: 300)
    if let cookie { request.setValue(cookie, forHTTPHeaderField: "Cookie") }
    let (data, response) = try await slowSession.data(for: request)
    let http = try #require(response as? HTTPURLResponse)
    return (http.statusCode, { name in http.value(forHTTPHeaderField: name) }, data)
}
