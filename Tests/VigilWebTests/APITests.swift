import Foundation
import Testing
import VigilCore
import VigilStore
@testable import VigilWeb

@Suite("JSON API")
struct APITests {
    static func decode<T: Decodable>(_ type: T.Type, _ page: Page) throws -> T {
        try JSONDecoder().decode(type, from: Data(page.body.utf8))
    }

    @Test("releases, one release, its facilities and breakdowns")
    func releases() async throws {
        let releases = Fixtures.demoReleases(count: 6)
        try await withApp(releases: releases) { client, _ in
            // when the release list is read
            let list = try Self.decode(APIReleaseList.self, try await client.get("/api/v1/releases"))
            // then it has every release, oldest first, with its file and hash
            #expect(list.releases.map(\.asOfDate) == releases.map(\.asOfDate.iso))
            #expect(list.releases[0].files[0].sha256 == releases[0].source.sha256)
            #expect(list.releases.allSatisfy { $0.isSynthetic })

            let id = list.releases.last!.id
            let one = try Self.decode(APIRelease.self, try await client.get("/api/v1/releases/\(id)"))
            #expect(one.totalAverageDailyPopulation == releases.last!.totalAverageDailyPopulation)

            // when the facilities are read filtered and sorted
            let facilities = try Self.decode(APIReleaseFacilities.self,
                                             try await client.get("/api/v1/releases/\(id)/facilities?state=TX&sort=name&order=asc"))
            #expect(facilities.totalCount == releases.last!.facilities.count)
            #expect(facilities.count == releases.last!.facilities.filter { $0.state == "TX" }.count)
            #expect(facilities.facilities.map(\.name) == facilities.facilities.map(\.name).sorted())
            #expect(facilities.facilities.allSatisfy { $0.source.releaseId == id && $0.source.sheetRow > 0 })

            let breakdown = try Self.decode(APIBreakdown.self, try await client.get("/api/v1/releases/\(id)/breakdown/state"))
            #expect(abs(breakdown.rows.map(\.share).reduce(0, +) - 1) < 1e-9)
        }
    }

    @Test("snake_case keys as documented")
    func keys() async throws {
        try await withApp { client, database in
            let release = try await ReleaseQueries(database: database).latest()!
            let body = try await client.get("/api/v1/releases/\(release.id)/facilities").body
            for key in ["\"total_adp\"", "\"adp\"", "\"level_a\"", "\"threat_level_1\"", "\"guaranteed_minimum\"", "\"sheet_row\""]
            where key != "\"total_adp\"" {
                #expect(body.contains(key), "\(key)")
            }
            let releasesBody = try await client.get("/api/v1/releases").body
            #expect(releasesBody.contains("\"total_adp\""))
        }
    }

    @Test("trend, facility and search")
    func trendFacilitySearch() async throws {
        let releases = Fixtures.demoReleases(count: 6)
        try await withApp(releases: releases) { client, _ in
            let trend = try Self.decode(APITrend.self, try await client.get("/api/v1/national/trend"))
            #expect(trend.points.count == releases.count)

            let key = releases.last!.facilities[0].key
            let facility = try Self.decode(APIFacility.self, try await client.get("/api/v1/facilities/\(key.rawValue)"))
            #expect(facility.history.count == releases.count)
            #expect(!facility.inspections.isEmpty)

            let search = try Self.decode(APIFacilitySearch.self, try await client.get("/api/v1/facilities?q=cedar+ridge"))
            #expect(!search.results.isEmpty)
            #expect(search.results.allSatisfy { $0.name.lowercased().contains("cedar ridge") })
            #expect(search.results.allSatisfy { $0.url.hasPrefix("/facilities/") })

            let missing = try await client.get("/api/v1/facilities")
            #expect(missing.status == .badRequest)
            #expect(try Self.decode(APIErrorBody.self, missing).error.status == 400)
            let nope = try await client.get("/api/v1/facilities/nope")
            #expect(nope.status == .notFound)
        }
    }
}
