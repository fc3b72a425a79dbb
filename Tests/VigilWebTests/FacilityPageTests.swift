import Foundation
import Testing
import VigilCore
import VigilStore
@testable import VigilWeb

@Suite("Facility page")
struct FacilityPageTests {
    @Test("shows identity, the history chart with ADP and guaranteed minimum, and inspection lines")
    func facilityPage() async throws {
        // given demo releases and the largest demo facility (it has a guaranteed minimum)
        let releases = Fixtures.demoReleases(count: 8)
        let observation = releases.last!.facilities[0]
        let key = observation.key
        try await withApp(releases: releases) { client, _ in
            // when its page is read
            let page = try await client.get("/facilities/\(key.rawValue)")
            // then it names it and charts every release, with a second series for the guaranteed minimum
            #expect(page.status == .ok)
            #expect(page.body.contains(observation.name))
            #expect(page.body.contains(observation.areaOfResponsibility!))
            let chart = try #require(page.body.components(separatedBy: "id=\"facility-history\"").dropFirst().first?
                .components(separatedBy: "</svg>").first)
            #expect(occurrences(of: "class=\"dot-0 point\"", in: chart) == releases.count)
            #expect(occurrences(of: "class=\"dot-1 point\"", in: chart) == releases.count)
            #expect(chart.contains("Guaranteed minimum"))
            // and lists each distinct inspection once, with the releases that reported it
            let distinct = Set(releases.flatMap { $0.facilities.filter { $0.key == key }.flatMap(\.inspections) }
                .map { "\($0.inspector)|\($0.type ?? "")|\($0.date?.iso ?? "")|\($0.rating ?? "")|\($0.standard ?? "")" })
            #expect(occurrences(of: "class=\"inspection-row\"", in: page.body) == distinct.count)
            #expect(page.body.contains("Level A"))
            #expect(page.body.contains(releases.last!.source.fileName))
        }
    }

    @Test("an unknown facility key is a 404 page")
    func unknownFacility() async throws {
        try await withApp { client, _ in
            // when a key that no release lists is asked for
            let page = try await client.get("/facilities/no-such-facility-zz")
            // then the answer is a 404 HTML page saying so
            #expect(page.status == .notFound)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.body.contains("no-such-facility-zz"))
            #expect(page.body.contains("Not found"))
        }
    }

    @Test("an unknown address is a 404 page in the site's frame; under /api/ it is JSON")
    func unknownAddress() async throws {
        try await withApp { client, _ in
            let html = try await client.get("/nowhere")
            #expect(html.status == .notFound)
            #expect(html.body.contains("site-header"))
            let json = try await client.get("/api/v1/nowhere")
            #expect(json.status == .notFound)
            #expect(json.headers[.contentType] == "application/json")
            let decoded = try JSONDecoder().decode(APIErrorBody.self, from: Data(json.body.utf8))
            #expect(decoded.error.status == 404)
        }
    }
}

@Suite("Inspection history")
struct InspectionHistoryTests {
    static func row(releaseID: Int, asOf: String, _ inspections: [ReportedInspection]) -> FacilityReleaseRow {
        var o = FacilityObservation(sourceRow: 8, name: "Stewart Detention Center")
        o.state = "GA"
        o.inspections = inspections
        return FacilityReleaseRow(releaseID: releaseID, asOfDate: CalendarDate(iso: asOf)!, fiscalYear: FiscalYear(2023),
                                  sourceFile: SourceFile(fileName: "r\(releaseID).xlsx", sha256: "\(releaseID)", byteCount: 1),
                                  isSynthetic: false, key: o.key, observation: o)
    }

    @Test("repeated inspections collapse to one line; ODO and Nakamoto stay apart")
    func deduplicates() {
        // given an ODO inspection reported as last, then as second to last, and a Nakamoto one on the same day
        let day = CalendarDate(year: 2023, month: 3, day: 2)
        let odoLast = ReportedInspection(position: .last, inspector: .odo, type: "ODO", standard: "NDS 2019", rating: nil, date: day)
        var odoSecond = odoLast
        odoSecond.position = .secondToLast
        let nakamoto = ReportedInspection(position: .last, inspector: .nakamoto, type: "Nakamoto", standard: "NDS 2019",
                                          rating: "Meets Standards", date: day)
        let newer = ReportedInspection(position: .last, inspector: .odo, type: "ODO", standard: "NDS 2019",
                                       date: CalendarDate(year: 2023, month: 9, day: 1))
        let rows = [
            Self.row(releaseID: 1, asOf: "2023-04-01", [odoLast, nakamoto]),
            Self.row(releaseID: 2, asOf: "2023-05-01", [odoLast, nakamoto]),
            Self.row(releaseID: 3, asOf: "2023-10-01", [newer, odoSecond]),
        ]
        // when the history is built
        let records = InspectionHistory.records(from: rows)
        // then there are three lines, newest first, each with the releases that reported it
        #expect(records.count == 3)
        #expect(records[0].date == newer.date && records[0].reportedIn.map(\.releaseID) == [3])
        let odo = records.first { $0.inspector == .odo && $0.date == day }
        #expect(odo?.reportedIn.map(\.releaseID) == [1, 2, 3])
        let naka = records.first { $0.inspector == .nakamoto }
        #expect(naka?.reportedIn.map(\.releaseID) == [1, 2])
    }
}
