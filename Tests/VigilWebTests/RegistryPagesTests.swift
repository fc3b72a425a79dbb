import Foundation
import HummingbirdTesting
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Two releases of four facilities, ICE's 2017 list (built as a workbook) for three of them,
/// a geocoded list placing two, and a cited operator record: small enough that every figure
/// on the registry pages can be worked out by hand.
///
/// | workbook name | state | ADP | code | how matched | operator in force | kind | coordinates |
/// |---|---|---|---|---|---|---|---|
/// | STEWART DETENTION CENTER | GA | 1000 | STWRTGA | exact | CoreCivic (2020 record) | private | yes |
/// | ALAMANCE CO. DET. FAC. | NC | 300 | ALAMANC | normalized | COUNTY (2017 list) | public | yes |
/// | CAROLINE DETENTION FACILITY | VA | 200 | CAROLVA | exact | OTHER (2017 list) | unknown | no |
/// | MYSTERY HOLD ROOM | TX | 100 | — | none | — | unknown | — |
enum RegistryFixture {
    static let listFileName = "ICE_Facility_List_test.xlsx"
    static let stewartKey = FacilityKey(rawValue: "stewart-detention-center-ga")
    static let mysteryKey = FacilityKey(rawValue: "mystery-hold-room-tx")

    static func releases() -> [IceStatsRelease] {
        let facilities: [(name: String, city: String, state: String, aor: String, type: String, adp: Double)] = [
            ("STEWART DETENTION CENTER", "LUMPKIN", "GA", "ATL", "CDF", 1000),
            ("ALAMANCE CO. DET. FAC.", "GRAHAM", "NC", "ATL", "IGSA", 300),
            ("CAROLINE DETENTION FACILITY", "BOWLING GREEN", "VA", "WAS", "IGSA", 200),
            ("MYSTERY HOLD ROOM", "EL PASO", "TX", "ELP", "Hold", 100),
        ]
        return [("2024-01-04", Character("1")), ("2024-07-18", Character("2"))].map { asOf, sha in
            let date = CalendarDate(iso: asOf)!
            let rows = facilities.enumerated().map { index, f in
                var o = FacilityObservation(sourceRow: 8 + index, name: f.name)
                o.city = f.city
                o.state = f.state
                o.areaOfResponsibility = f.aor
                o.typeDetailed = f.type
                o.levelA = f.adp
                return o
            }
            return IceStatsRelease(
                source: SourceFile(fileName: "FY24_detentionStats_\(asOf).xlsx", sha256: String(repeating: sha, count: 64), byteCount: 100),
                sheetName: "Facilities FY24", fiscalYear: FiscalYear(2024), asOfDate: date, printedAsOfDate: date, fileNameDate: nil,
                headerRow: 7, layout: .fy24Pending, columns: [], facilities: rows, anomalies: [])
        }
    }

    /// ICE's 2017 list as ICE lays it out: title rows, the header on row 9, one facility a row.
    static func iceList() throws -> Data {
        typealias Cell = WorkbookBuilder.Cell
        let header: [Cell] = ["DETLOC", "Name", "Address", "City", "County", "State", "Zip", "AOR", "Type Detailed",
                              "Facility Operator", "Facility Owner", "Capacity", "Guaranteed Minimum"]
        var builder = WorkbookBuilder()
        builder.addSheet(named: "Facility List - Main", numberedRows: [
            (1, ["ICE Detention Facility List"]), (3, ["As of 11/6/2017"]), (9, header),
            (10, ["STWRTGA", "STEWART DETENTION CENTER", "146 CCA ROAD", "LUMPKIN", "STEWART", "GA", 31815, "ATL", "CDF", "CCA", "CCA", 1752, 600]),
            (11, ["ALAMANC", "ALAMANCE COUNTY DETENTION FACILITY", "109 S MAPLE ST", "GRAHAM", "ALAMANCE", "NC", 27253, "ATL", "IGSA",
                  "COUNTY", "COUNTY", 400, .empty]),
            (12, ["CAROLVA", "CAROLINE DETENTION FACILITY", "11093 S.W. LEWIS MEMORIAL DR", "BOWLING GREEN", "CAROLINE", "VA", 22427,
                  "WAS", "IGSA", "OTHER", .empty, 336, .empty]),
        ])
        return try builder.data()
    }

    /// A UWCHR-geocoded-style list placing two of them (Stewart under another spelling).
    static let geocoded = """
        detloc|name|city|state|lat|long
        STWRTGA|Stewart Detention Ctr|LUMPKIN|GA|32.0497|-84.7724
        ALAMANC|ALAMANCE COUNTY DETENTION FACILITY|GRAHAM|NC|36.0726|-79.4003

        """

    static let operators = """
        code,as_of_date,operator,owner,contract_type,citation
        STWRTGA,2020-02-01,CoreCivic,CoreCivic,CDF,"Contract 70CDCR20D00000009, p. 2"

        """

    /// Imports the lists and operators and runs the matcher, as `vigil import facilities` does.
    static func load(_ database: VigilDatabase) async throws {
        let registry = FacilityRegistry(database: database)
        try await registry.importListing(try FacilityListReader.read(data: try iceList(), fileName: listFileName))
        try await registry.importListing(try FacilityListReader.read(data: Data(geocoded.utf8), fileName: "uwchr-facilities-geocoded.csv"))
        let (source, records) = try OperatorCSVReader.read(data: Data(operators.utf8), fileName: "operators.csv")
        try await registry.importOperators(records, from: source)
        try await FacilityMatching(database: database).run()
    }
}

@Suite("Facility registry pages")
struct RegistryPagesTests {
    typealias R = RegistryFixture

    /// Runs `body` against the app holding the fixture releases and registry.
    func withRegistryApp(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
        try await withApp(releases: R.releases(), synthetic: false) { client, database in
            try await R.load(database)
            try await body(client, database)
        }
    }

    /// The text of the element that starts with `start` and ends at the first `end` after it.
    func fragment(_ html: String, from start: String, to end: String) -> String? {
        guard let from = html.range(of: start), let to = html.range(of: end, range: from.upperBound..<html.endIndex) else { return nil }
        return String(html[from.lowerBound..<to.upperBound])
    }

    @Test("the private-share page shows the method, the export's national share and the trend chart")
    func privateSharePage() async throws {
        try await withRegistryApp { client, database in
            // given the private-share export's national row for the latest release
            let table = try await Exporter(database: database).table(.privateShare)
            let column = Dictionary(uniqueKeysWithValues: table.columns.enumerated().map { ($1, $0) })
            let national = try #require(table.rows.first {
                $0[column["as_of_date"]!] == .text("2024-07-18") && $0[column["area_kind"]!] == .text("national")
            })
            guard case .number(let share) = national[column["private_share"]!],
                  case .number(let ofKnown) = national[column["private_share_of_known"]!] else {
                Issue.record("no national share in \(national)"); return
            }
            // worked by hand: 1000 private of 1600 (1300 known)
            #expect(share == 0.625)
            #expect(ofKnown == 0.7692)

            // when the page is read
            let page = try await client.get("/private-share")
            // then it shows the method, that share and the share of known operators, and the chart
            #expect(page.status == .ok)
            #expect(page.body.contains("id=\"method\""))
            #expect(page.body.contains("Private share = private ADP ÷ all ADP"))
            #expect(page.body.contains(Format.percent(share)) && Format.percent(share) == "62.5%")
            #expect(page.body.contains(Format.percent(0.7692307)))
            let chart = try #require(fragment(page.body, from: "<svg", to: "</svg>"))
            #expect(chart.contains("id=\"private-share-trend\""))
            // and every row is listed with how it was counted
            let rows = try #require(fragment(page.body, from: "<table id=\"classified-table\"", to: "</table>"))
            #expect(occurrences(of: "<tr", in: rows) == 4 + 1)
            #expect(rows.contains("CoreCivic") && rows.contains("kind-private") && rows.contains("kind-public"))

            // when an earlier release is asked for, then it is selected
            let releases = try await ReleaseQueries(database: database).all()
            let earlier = try await client.get("/private-share?release=\(releases[0].id)")
            #expect(earlier.body.contains("as of \(releases[0].asOfDate.iso)"))
        }
    }

    @Test("private-share downloads carry the documented leading columns", arguments: ["csv", "json"])
    func privateShareDownload(format: String) async throws {
        try await withRegistryApp { client, _ in
            // when the table is downloaded
            let download = try await client.get("/private-share.\(format)")
            // then its columns start as documented, and the national row is the first for each release
            #expect(download.status == .ok)
            let leading = ["as_of_date", "area", "private_adp", "public_adp", "unknown_adp", "private_share"]
            if format == "csv" {
                let rows = CSV.parse(download.body)
                #expect(Array(rows[0].prefix(6)) == leading)
                #expect(rows.contains { $0.prefix(6) == ["2024-07-18", PrivateShare.nationalArea, "1000", "300", "300", "0.625"] })
            } else {
                #expect(Array(try jsonKeysInOrder(download.body).prefix(6)) == leading)
            }
        }
    }

    @Test("the facilities download carries the documented leading columns and one row per code")
    func facilitiesDownload() async throws {
        try await withRegistryApp { client, _ in
            // when the registry is downloaded
            let rows = CSV.parse(try await client.get("/facilities.csv").body)
            // then it starts code,name,city,state,aor,latitude,longitude, one row per code, coordinates where known
            #expect(Array(rows[0].prefix(7)) == ["code", "name", "city", "state", "aor", "latitude", "longitude"])
            #expect(rows.dropFirst().map { $0[0] } == ["ALAMANC", "CAROLVA", "STWRTGA"])
            let stewart = try #require(rows.first { $0.first == "STWRTGA" })
            #expect(Array(stewart.prefix(7)) == ["STWRTGA", "STEWART DETENTION CENTER", "LUMPKIN", "GA", "ATL", "32.0497", "-84.7724"])
            let caroline = try #require(rows.first { $0.first == "CAROLVA" })
            #expect(caroline[5] == "" && caroline[6] == "")
            let json = try await client.get("/facilities.json")
            #expect(Array(try jsonKeysInOrder(json.body).prefix(7)) == ["code", "name", "city", "state", "aor", "latitude", "longitude"])
        }
    }

    @Test("the review page lists the unmatched key and not the matched ones, and marks its nav link")
    func reviewPage() async throws {
        try await withRegistryApp { client, _ in
            // when the review queue is read
            let page = try await client.get("/facilities/review")
            // then it lists the facility no list names, linked, and none of the matched ones
            #expect(page.status == .ok)
            let table = try #require(fragment(page.body, from: "<table id=\"review-table\"", to: "</table>"))
            #expect(table.contains("href=\"/facilities/\(R.mysteryKey.rawValue)\""))
            #expect(!table.contains(R.stewartKey.rawValue))
            #expect(occurrences(of: "<tr", in: table) == 1 + 1)
            #expect(page.body.contains("2 exact, 1 normalized"))
            // and the nav marks this page, and only this page, as current (in the row and in the phone menu)
            try expectCurrent("/facilities/review", in: page.body)
        }
    }

    @Test("the nav marks the current page", arguments: [
        ("/private-share", "/private-share"), ("/facilities/review", "/facilities/review"), ("/", "/"), ("/releases", "/releases"),
    ])
    func navCurrent(path: String, link: String) async throws {
        try await withRegistryApp { client, _ in
            let page = try await client.get(path)
            try expectCurrent(link, in: page.body)
        }
    }

    /// The nav is drawn twice, as a row of links for wide screens and as the phone's menu (CSS shows
    /// one): each marks `link`, and only `link`, as the current page.
    func expectCurrent(_ link: String, in body: String) throws {
        for (start, end) in [("<nav class=\"nav-wide\"", "</nav>"), ("<details class=\"nav-menu\"", "</details>")] {
            let nav = try #require(fragment(body, from: start, to: end), "no \(start)")
            #expect(nav.contains("href=\"\(link)\" aria-current=\"page\""), "\(start) does not mark \(link)")
            #expect(occurrences(of: "aria-current=\"page\"", in: nav) == 1, "\(start) marks more than one page")
        }
        #expect(occurrences(of: "aria-current=\"page\"", in: body) == 2)
    }

    @Test("a facility's page is the same by its DETLOC code and by its workbook key")
    func facilityByCodeAndKey() async throws {
        try await withRegistryApp { client, _ in
            // when Stewart is read by code and by key
            let byCode = try await client.get("/facilities/STWRTGA")
            let byKey = try await client.get("/facilities/\(R.stewartKey.rawValue)")
            // then both render the registry section for STWRTGA
            for page in [byCode, byKey] {
                #expect(page.status == .ok)
                #expect(page.body.contains("<code>STWRTGA</code>"))
                #expect(page.body.contains("STEWART DETENTION CENTER"))
                // with every name the lists gave, and the operator history with citations, newest first
                let names = try #require(fragment(page.body, from: "<table id=\"registry-names\"", to: "</table>"))
                #expect(names.contains("STEWART DETENTION CENTER") && names.contains("Stewart Detention Ctr"))
                #expect(names.contains(R.listFileName) && names.contains("uwchr-facilities-geocoded.csv"))
                let history = try #require(fragment(page.body, from: "<table id=\"operator-history\"", to: "</table>"))
                #expect(history.contains("Contract 70CDCR20D00000009, p. 2"))
                #expect(history.contains("\(R.listFileName), sheet") && history.contains("row 10"))
                let newest = try #require(history.range(of: "2020-02-01")), older = try #require(history.range(of: "2017-11-06"))
                #expect(newest.lowerBound < older.lowerBound)
                #expect(history.contains(">CCA<") && history.contains(">CoreCivic<"))
                // and the facility on its own map
                let map = try #require(fragment(page.body, from: "id=\"facility-map\"", to: "</svg>"))
                #expect(occurrences(of: "class=\"map-dot", in: map) == 1)
            }
            // and the two sections agree
            #expect(fragment(byCode.body, from: "<table id=\"operator-history\"", to: "</table>")
                    == fragment(byKey.body, from: "<table id=\"operator-history\"", to: "</table>"))
            #expect(fragment(byCode.body, from: "<table id=\"registry-names\"", to: "</table>")
                    == fragment(byKey.body, from: "<table id=\"registry-names\"", to: "</table>"))
            // and the page by key says how it was matched
            #expect(byKey.body.contains("<dd>exact</dd>"))
        }
    }

    @Test("a code no release lists still has a page with its registry facts")
    func registryOnlyFacility() async throws {
        try await withApp(releases: [], synthetic: false) { client, database in
            // given the registry but no releases
            try await RegistryFixture.load(database)
            // when a code is read
            let page = try await client.get("/facilities/CAROLVA")
            // then it shows the registry facts and no map point
            #expect(page.status == .ok)
            #expect(page.body.contains("<code>CAROLVA</code>"))
            #expect(page.body.contains("CAROLINE DETENTION FACILITY"))
            #expect(page.body.contains("OTHER"))
        }
    }

    @Test("the national page maps each located facility once and lists the rest")
    func nationalMap() async throws {
        try await withRegistryApp { client, _ in
            // when the national page is read
            let page = try await client.get("/")
            // then its map has one circle per facility with coordinates (Stewart, Alamance)
            let map = try #require(fragment(page.body, from: "id=\"national-map\"", to: "</svg>"))
            #expect(occurrences(of: "class=\"map-dot", in: map) == 2)
            #expect(occurrences(of: "class=\"map-dot map-private\"", in: map) == 1)
            #expect(occurrences(of: "class=\"map-dot map-public\"", in: map) == 1)
            #expect(map.contains("href=\"/facilities/STWRTGA\"") && map.contains("href=\"/facilities/ALAMANC\""))
            // and the facilities it cannot place are listed beside it, linked
            let unplaced = try #require(fragment(page.body, from: "<ul class=\"unplaced-list\"", to: "</ul>"))
            #expect(occurrences(of: "<li", in: unplaced) == 2)
            #expect(unplaced.contains("CAROLINE DETENTION FACILITY") && unplaced.contains("href=\"/facilities/CAROLVA\""))
            #expect(unplaced.contains("MYSTERY HOLD ROOM") && unplaced.contains("href=\"/facilities/\(R.mysteryKey.rawValue)\""))
        }
    }
}
