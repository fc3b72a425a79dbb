import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// `/expansion`, `/expansion/money`, their downloads and API, on `ExpansionFixture`.
@Suite("Expansion pages")
struct ExpansionPageTests {
    /// The app on a database holding the fixture (its two releases, registry and lists).
    static func withExpansionApp(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
        try await withTestDatabase { database in
            _ = try await ExpansionFixture.load(database)
            let app = try await buildApplication(configuration: AppConfig(logLevel: .warning), database: database)
            try await app.test(.router) { client in try await body(client, database) }
        }
    }

    @Test("/expansion lists sites newest activity first, with timelines, the map, downloads and the licence")
    func page() async throws {
        try await Self.withExpansionApp { client, _ in
            let page = try await client.get("/expansion")
            #expect(page.status == .ok)
            #expect(page.body.contains("id=\"expansion-table\"") && page.body.contains("id=\"expansion-map\""))
            #expect(page.body.contains("CC BY-SA 4.0") && page.body.contains("creativecommons.org/licenses/by-sa/4.0"))
            #expect(page.body.contains("data-site=\"code:ECHONY\"") && page.body.contains("data-site=\"place:TX:LUBBOCK\""))
            #expect(page.body.range(of: "code:ALPHATX")!.lowerBound < page.body.range(of: "place:TX:LUBBOCK")!.lowerBound)
            #expect(page.body.contains("Award E1 to AKIMA GLOBAL SERVICES LLC"))
            #expect(page.body.contains("href=\"/expansion.csv\"") && page.body.contains("href=\"/expansion/timeline.json\""))
        }
    }

    @Test("filters by state, stage and operator narrow the page and its downloads alike")
    func filters() async throws {
        try await Self.withExpansionApp { client, _ in
            let ny = try await client.get("/expansion?state=ny")
            #expect(ny.body.contains("data-site=\"code:ECHONY\"") && !ny.body.contains("data-site=\"code:ALPHATX\""))
            #expect(ny.body.contains("href=\"/expansion.csv?state=NY\""))
            let signal = try await client.get("/expansion?stage=signal")
            #expect(signal.body.contains("data-site=\"code:ALPHATX\"") && !signal.body.contains("data-site=\"code:ECHONY\""))
            let sabot = CSV.parse(try await client.get("/expansion.csv?operator=sabot").body)
            #expect(sabot.first == ExpansionTables.siteColumns)
            #expect(sabot.dropFirst().map { $0[0] } == ["place:TX:LUBBOCK"])
            #expect(sabot.dropFirst().allSatisfy { $0.last == "CC BY-SA 4.0" })
        }
    }

    @Test("the timeline download cites a source for every stage; the API nests timelines and carries the licence")
    func downloadsAndAPI() async throws {
        try await Self.withExpansionApp { client, _ in
            let rows = CSV.parse(try await client.get("/expansion/timeline.csv?state=NY").body)
            #expect(rows.first == ExpansionTables.timelineColumns)
            #expect(rows.dropFirst().map { $0[4] } == ["award", "funded-beds", "first-book-in", "growth"])
            #expect(rows.dropFirst().allSatisfy { !$0[7].isEmpty })
            let api = try await client.get("/api/v1/expansion?state=NY")
            let json = try JSONDecoder().decode(APIExpansion.self, from: Data(api.body.utf8))
            #expect(json.licence == "CC BY-SA 4.0" && json.sites.map(\.siteID) == ["code:ECHONY"])
            #expect(json.sites.first?.events.first?.citation == "awards.csv, row 2, award E1 (CC BY-SA 4.0)")
        }
    }

    @Test("/expansion/money: funded beds, ADP and minimums on one chart; who profits; a year with no minimum is null, not zero")
    func money() async throws {
        try await Self.withExpansionApp { client, _ in
            let page = try await client.get("/expansion/money")
            #expect(page.status == .ok)
            #expect(page.body.contains("id=\"beds-chart\"") && page.body.contains("Funded beds (appropriations)"))
            #expect(page.body.contains("Guaranteed minimums, summed"))
            #expect(page.body.contains("id=\"recipients-table\"") && page.body.contains("no minimum"))
            #expect(page.body.contains("CC BY-SA 4.0"))
            let recipients = CSV.parse(try await client.get("/expansion/recipients.csv").body)
            #expect(recipients.dropFirst().first?.prefix(3) == ["AKIMA GLOBAL SERVICES LLC", "1", "1000000"])
            let beds = CSV.parse(try await client.get("/expansion/funded-beds.csv").body)
            #expect(beds.dropFirst().map { $0[1] } == ["34000", ""])
            let api = try await client.get("/api/v1/expansion/money")
            #expect(api.body.contains("\"beds\" : null"))
            let dollars = CSV.parse(try await client.get("/expansion/money.csv").body)
            #expect(dollars.first == ExpansionTables.dollarColumns && dollars.count == 5)
        }
    }

    @Test("a facility page and its dossier show the facility's own timeline; the review page lists doubtful records")
    func facilityAndReview() async throws {
        try await Self.withExpansionApp { client, _ in
            let facility = try await client.get("/facilities/ECHONY")
            #expect(facility.body.contains("id=\"expansion-timeline\"") && facility.body.contains("Award E1"))
            let dossier = try await client.get("/facilities/ECHONY/dossier")
            #expect(dossier.body.contains("id=\"expansion-timeline\"") && dossier.body.contains("CC BY-SA 4.0"))
            let review = try await client.get("/facilities/review")
            #expect(review.body.contains("id=\"expansion-review-table\"") && review.body.contains("award:E2"))
        }
    }
}

@Suite("Expansion page in a real browser", .serialized)
struct ExpansionBrowserTests {
    @Test("Chromium renders /expansion: the sites table, the map, a filter applied by the form's own address",
          .enabled(if: HeadlessBrowser.path != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func rendersInChromium() async throws {
        try await withTestDatabase { database in
            _ = try await ExpansionFixture.load(database)
            let app = try await buildApplication(configuration: AppConfig(host: "127.0.0.1", port: 0, logLevel: .warning), database: database)
            try await app.test(.live) { client in
                let base = "http://127.0.0.1:\(try #require(client.port))"
                let (dom, console) = try await HeadlessBrowser.load(base + "/expansion")
                #expect(dom.contains("id=\"expansion-table\"") && dom.contains("<svg") && dom.contains("id=\"expansion-map\""))
                #expect(occurrences(of: "data-site=", in: dom) == 3)
                #expect(console.isEmpty, "console: \(console)")
                let filtered = try await HeadlessBrowser.run(["--dump-dom", base + "/expansion?state=TX&stage=award"])
                #expect(filtered.contains("data-site=\"place:TX:LUBBOCK\"") && !filtered.contains("data-site=\"code:ECHONY\""))
                _ = try await HeadlessBrowser.run(["--screenshot=/tmp/vigil-expansion.png", "--window-size=1280,2200", base + "/expansion"])
                #expect(FileManager.default.fileExists(atPath: "/tmp/vigil-expansion.png"))
            }
        }
    }
}
