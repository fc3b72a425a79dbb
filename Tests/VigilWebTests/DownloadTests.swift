import Foundation
import Testing
import VigilCore
import VigilStore
@testable import VigilWeb

@Suite("Downloads")
struct DownloadTests {
    /// Each download's path (with `{id}` and `{key}` filled in later) and the columns it must carry.
    static let downloads: [(path: String, columns: [String])] = [
        ("/releases", ReleaseTable.columns),
        ("/facility-releases", FacilityReleaseTable.columns),
        ("/releases/{id}/facilities", FacilityReleaseTable.columns),
        ("/national/trend", NationalTrendTable.columns),
        ("/releases/{id}/breakdown/type", BreakdownTable.columns),
        ("/releases/{id}/breakdown/aor", BreakdownTable.columns),
        ("/releases/{id}/breakdown/state", BreakdownTable.columns),
        ("/facilities/{key}/history", FacilityReleaseTable.columns),
        ("/facilities/{key}/inspections", InspectionHistoryTable.columns),
    ]

    @Test("every table downloads as CSV and JSON with the table's columns", arguments: 0..<downloads.count)
    func download(index: Int) async throws {
        let (template, columns) = Self.downloads[index]
        try await withApp { client, database in
            // given a release and a facility in it
            let release = try await ReleaseQueries(database: database).latest()!
            let row = try await FacilityQueries(database: database).rows(inRelease: release.id)[0]
            let path = template.replacingOccurrences(of: "{id}", with: String(release.id))
                .replacingOccurrences(of: "{key}", with: row.key.rawValue)

            // when the CSV is downloaded
            let csv = try await client.get(path + ".csv")
            // then it is an attachment whose header row is the table's columns, with rows under it
            #expect(csv.status == .ok, "\(path).csv")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"vigil-") == true)
            let parsed = CSV.parse(csv.body)
            #expect(parsed.first == columns)
            #expect(parsed.count > 1)
            #expect(parsed.dropFirst().allSatisfy { $0.count == columns.count })

            // when the JSON is downloaded
            let json = try await client.get(path + ".json")
            // then it is an array of objects with the same keys in the same order, one per CSV row
            #expect(json.status == .ok)
            #expect(json.headers[.contentType] == "application/json")
            let array = try #require(try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [[String: Any]])
            #expect(array.count == parsed.count - 1)
            #expect(try jsonKeysInOrder(json.body) == columns)
        }
    }

    @Test("a filtered facility download holds exactly the rows the page shows")
    func filteredDownload() async throws {
        try await withApp { client, database in
            // given the latest release's Texas facilities
            let release = try await ReleaseQueries(database: database).latest()!
            let rows = try await FacilityQueries(database: database).rows(inRelease: release.id)
            let texas = rows.filter { $0.observation.state == "TX" }
            // when the page's download link for the filtered table is followed
            let page = try await client.get("/?state=TX")
            let link = "/releases/\(release.id)/facilities.csv?state=TX"
            #expect(page.body.contains("href=\"\(link)\""))
            let csv = CSV.parse(try await client.get(link).body)
            // then it has the Texas rows only
            #expect(csv.count - 1 == texas.count)
            let stateColumn = csv[0].firstIndex(of: "state")!
            #expect(csv.dropFirst().allSatisfy { $0[stateColumn] == "TX" })
        }
    }

    @Test("the trend download matches the trend query, with provenance")
    func trendTable() async throws {
        try await withApp { _, database in
            let table = try await DownloadController.nationalTrendTable(database: database)
            let trend = try await NationalQueries(database: database).trend()
            #expect(table.rows.count == trend.count)
            #expect(table.rows.allSatisfy { $0[6] != .null })  // release_file_name
        }
    }

    @Test("downloads of unknown releases and facilities are 404", arguments: [
        "/releases/9999/facilities.csv", "/releases/9999/breakdown/state.json", "/releases/1/breakdown/color.csv",
        "/facilities/nope/history.csv", "/facilities/nope/inspections.json",
    ])
    func missing(path: String) async throws {
        try await withApp { client, _ in
            let status = try await client.get(path).status
            #expect(status == .notFound)
        }
    }
}
