import Testing
import VigilCore
import VigilStore
@testable import VigilWeb

@Suite("Facility table query")
struct FacilityListQueryTests {
    @Test("parses a form's query string, with + as a space")
    func parse() {
        let query = FacilityListQuery(QueryParameters(query: "q=county+jail&state=TX&aor=&sort=alos&order=asc"))
        #expect(query.text == "county jail")
        #expect(query.state == "TX")
        #expect(query.aor == nil)
        #expect(query.sort == .alos && query.order == .ascending)
        #expect(FacilityListQuery(QueryParameters(query: "sort=bogus")).sort == .adp)
    }

    @Test("sorting by the current column flips the order; another column starts at its default")
    func toggling() {
        let byADP = FacilityListQuery()
        #expect(byADP.sorted(by: .adp).order == .ascending)
        #expect(byADP.sorted(by: .name).order == .ascending)
        #expect(byADP.sorted(by: .alos).order == .descending)
        #expect(byADP.queryItems.isEmpty)
        #expect(byADP.sorted(by: .name).queryItems.map(\.0) == ["sort", "order"])
    }

    @Test("links carry the query percent-encoded")
    func href() {
        let url = SiteURL.national(NationalQuery(releaseID: 3, list: FacilityListQuery(text: "a&b c", state: "TX")))
        #expect(url.href == "/?release=3&q=a%26b%20c&state=TX")
        #expect(SiteURL.download(.breakdown(releaseID: 3, .areaOfResponsibility, .csv)).path == "/releases/3/breakdown/aor.csv")
        #expect(SiteURL.download(.breakdown(releaseID: 3, .state, .json)).routePattern == "/releases/{id}/breakdown/{dimension}.json")
        #expect(SiteURL.facility(FacilityKey(rawValue: "stewart-detention-center-ga")).path == "/facilities/stewart-detention-center-ga")
    }

    @Test("missing values sort last in either direction")
    func missingLast() {
        func row(_ name: String, _ minimum: Double?) -> FacilityReleaseRow {
            var o = FacilityObservation(sourceRow: 1, name: name)
            o.guaranteedMinimum = minimum
            return FacilityReleaseRow(releaseID: 1, asOfDate: CalendarDate(year: 2024, month: 1, day: 1)!, fiscalYear: FiscalYear(2024),
                                      sourceFile: SourceFile(fileName: "f", sha256: "s", byteCount: 1), isSynthetic: false,
                                      key: o.key, observation: o)
        }
        let rows = [row("A", nil), row("B", 5), row("C", 10)]
        let descending = FacilityListQuery(sort: .guaranteedMinimum).apply(to: rows).map(\.observation.name)
        let ascending = FacilityListQuery(sort: .guaranteedMinimum, order: .ascending).apply(to: rows).map(\.observation.name)
        #expect(descending == ["C", "B", "A"])
        #expect(ascending == ["B", "C", "A"])
    }
}
