import Foundation
import Testing
import VigilCore
import VigilStore
@testable import VigilWeb

@Suite("National page")
struct NationalPageTests {
    @Test("shows the trend chart with one point per release and the latest total")
    func trendAndLatestTotal() async throws {
        // given eight demo releases
        let releases = Fixtures.demoReleases(count: 8)
        let latest = releases.last!
        try await withApp(releases: releases) { client, _ in
            // when the national page is read
            let page = try await client.get("/")
            // then it has the trend chart, one point per release, and the latest total, formatted
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.body.contains("<svg"))
            #expect(page.body.contains("id=\"national-trend\""))
            let trendChart = try #require(page.body.components(separatedBy: "id=\"national-trend\"").dropFirst().first?
                .components(separatedBy: "</svg>").first)
            #expect(occurrences(of: "<circle", in: trendChart) == releases.count)
            #expect(trendChart.contains("data-date=\"\(latest.asOfDate.iso)\""))
            #expect(page.body.contains(Format.count(latest.totalAverageDailyPopulation)))
            #expect(page.body.contains("average daily population, fiscal year to date"))
        }
    }

    @Test("the model picks the latest release by default and the requested one otherwise")
    func selectedRelease() async throws {
        try await withApp { _, database in
            // given the archive
            let all = try await ReleaseQueries(database: database).all()
            // when the model is built without and with a release
            let latestModel = try await NationalController.model(NationalQuery(), database: database)
            let firstModel = try await NationalController.model(NationalQuery(releaseID: all[0].id), database: database)
            // then they show those releases
            guard case .populated(let latest) = latestModel.content, case .populated(let first) = firstModel.content else {
                Issue.record("expected populated pages"); return
            }
            #expect(latest.release.id == all.last!.id && latest.release.isLatest)
            #expect(first.release.id == all[0].id && !first.release.isLatest)
            #expect(first.totals.previous == nil)
            #expect(latest.totals.previous?.asOfDate == all[all.count - 2].asOfDate)
            #expect(latest.breakdowns.map(\.dimension) == BreakdownDimension.allCases)
        }
    }

    @Test("filters narrow the facility table and sorting orders it")
    func filterAndSort() async throws {
        try await withApp { client, database in
            // given the latest release's rows
            let latest = try await ReleaseQueries(database: database).latest()!
            let rows = try await FacilityQueries(database: database).rows(inRelease: latest.id)
            let texasCount = rows.filter { $0.observation.state == "TX" }.count
            // when the table is filtered by state
            let filtered = try await client.get("/?state=TX")
            // then only Texas rows show
            #expect(occurrences(of: "class=\"facility-row\"", in: filtered.body) == texasCount)
            #expect(filtered.body.contains("Showing \(texasCount) of \(rows.count) facilities"))

            // when it is searched by text (a GET form sends spaces as +)
            let searched = try await client.get("/?q=county+jail")
            let jails = rows.filter { $0.observation.name.lowercased().contains("county jail") }.count
            #expect(jails > 0 && jails < rows.count)
            #expect(occurrences(of: "class=\"facility-row\"", in: searched.body) == jails)

            // when it is sorted by name ascending, then by ADP descending
            let byName = try await client.get("/?sort=name&order=asc")
            let byADP = try await client.get("/")
            let namesInOrder = facilityNames(in: byName.body)
            #expect(namesInOrder == rows.map(\.observation.name).sorted { $0.lowercased() < $1.lowercased() })
            let largest = rows.max { ($0.observation.averageDailyPopulation ?? 0) < ($1.observation.averageDailyPopulation ?? 0) }!
            #expect(facilityNames(in: byADP.body).first == largest.observation.name)
            #expect(facilityNames(in: byName.body).first != facilityNames(in: byADP.body).first)
            #expect(byName.body.contains("aria-sort=\"ascending\""))
        }
    }

    @Test("filter by AOR and type together, with a descending sort by state")
    func combinedFilters() async throws {
        try await withApp { client, database in
            // given the latest rows
            let latest = try await ReleaseQueries(database: database).latest()!
            let rows = try await FacilityQueries(database: database).rows(inRelease: latest.id)
            let expected = rows.filter { $0.observation.areaOfResponsibility == "SNA" && $0.observation.typeDetailed == "IGSA" }
            // when both filters apply
            let page = try await client.get("/?aor=SNA&type=IGSA&sort=state&order=desc")
            // then exactly those rows show
            #expect(occurrences(of: "class=\"facility-row\"", in: page.body) == expected.count)
        }
    }

    @Test("an empty archive shows how to import")
    func emptyDatabase() async throws {
        try await withApp(releases: []) { client, _ in
            // when the national page is read with nothing imported
            let page = try await client.get("/")
            // then it says how to import, and shows no banner
            #expect(page.status == .ok)
            #expect(page.body.contains("vigil import ice-stats &lt;folder&gt;"))
            #expect(!page.body.contains("Synthetic demo data"))
        }
    }

    @Test("an unknown or malformed release is an error page", arguments: [("/?release=9999", 404), ("/?release=abc", 400)])
    func badRelease(uri: String, status: Int) async throws {
        try await withApp { client, _ in
            let page = try await client.get(uri)
            #expect(Int(page.status.code) == status)
            #expect(page.body.contains("<html"))
        }
    }

    /// The facility names in the table, in order.
    func facilityNames(in html: String) -> [String] {
        html.components(separatedBy: "class=\"facility-row\"").dropFirst().compactMap { row in
            guard let link = row.range(of: "<a href=\"/facilities/") else { return nil }
            let afterTag = row[link.upperBound...].drop { $0 != ">" }.dropFirst()
            return String(afterTag.prefix { $0 != "<" })
        }
    }
}
