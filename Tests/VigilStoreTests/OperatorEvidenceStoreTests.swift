import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

/// One release of six facilities, each counted by a different method, worked out by hand:
///
/// | workbook row | type | ADP | code | evidence | counted |
/// |---|---|---|---|---|---|
/// | ALPHA PROCESSING CENTER, TX | DIGSA | 500 | ALPHATX | FY26-style list: GEO Group | private, name-and-place |
/// | BRAVO COUNTY JAIL, GA | IGSA | 300 | BRAVOGA | cited record COUNTY (and the list says GEO) | public, cited-record |
/// | CHARLIE CONTRACT DETENTION FACILITY, CO | CDF | 200 | — | ICE's CDF definition | private, facility-type |
/// | DELTA COUNTY JAIL, OH | USMS IGA | 100 | — | local jail | public, local-government-inference |
/// | ECHO SERVICE PROCESSING CENTER, NY | SPC | 50 | ECHONY | award to Akima for detention support | private, contract-award |
/// | FOXTROT HOLD ROOM, TX | Hold | 25 | — | none | unknown |
@Suite("Operator evidence in the store", .serialized)
struct OperatorEvidenceStoreTests {
    static let registryList = """
        detloc|name|city|state|lat|long
        ALPHATX|ALPHA PROCESSING CENTER|HOUSTON|TX|29.7|-95.3
        BRAVOGA|BRAVO COUNTY JAIL|MACON|GA|32.8|-83.6
        ECHONY|ECHO SERVICE PROCESSING CENTER|BATAVIA|NY|43.0|-78.2

        """

    static let fy26List = """
        Facility Name,Location,Management
        Alpha Processing Center,"Houston, TX",GEO Group
        Bravo County Jail,"Macon, GA",GEO Group
        Nowhere Detention Center,"Nome, AK",CoreCivic

        """

    static let awards = """
        usaspending_award_id,recipient,amount_usd,description,period_start,period_end,place_state,place_county,detention_related
        70A1,AKIMA GLOBAL SERVICES LLC,1,"DETENTION SUPPORT SERVICES FOR THE ECHO SERVICE PROCESSING CENTER IN BATAVIA, NY.",2025-01-01,,NY,,True
        70A2,ROOFING CO,1,ROOF REPLACEMENT AT THE ECHO SERVICE PROCESSING CENTER,2025-01-01,,NY,,True
        70A3,THE GEO GROUP INC,1,DETENTION SERVICES AT THE ZULU PROCESSING CENTER,2025-01-01,,FL,,True
        70A4,THE GEO GROUP INC,1,DETENTION SERVICES AT THE ALPHA PROCESSING CENTER,2025-01-01,,TX,,False

        """

    static func release() -> IceStatsRelease {
        let rows: [(String, String, String, Double)] = [
            ("ALPHA PROCESSING CENTER", "TX", "DIGSA", 500), ("BRAVO COUNTY JAIL", "GA", "IGSA", 300),
            ("CHARLIE CONTRACT DETENTION FACILITY", "CO", "CDF", 200), ("DELTA COUNTY JAIL", "OH", "USMS IGA", 100),
            ("ECHO SERVICE PROCESSING CENTER", "NY", "SPC", 50), ("FOXTROT HOLD ROOM", "TX", "Hold", 25),
        ]
        let date = CalendarDate(year: 2026, month: 2, day: 2)!
        return IceStatsRelease(
            source: SourceFile(fileName: "FY26_detentionStats02022026.xlsx", sha256: String(repeating: "b", count: 64), byteCount: 1),
            sheetName: "Facilities FY26", fiscalYear: FiscalYear(2026), asOfDate: date, printedAsOfDate: date, fileNameDate: nil,
            headerRow: 7, layout: .fy24Pending, columns: [],
            facilities: rows.enumerated().map { i, r in
                var o = FacilityObservation(sourceRow: 8 + i, name: r.0)
                o.state = r.1; o.typeDetailed = r.2; o.levelA = r.3
                return o
            }, anomalies: [])
    }

    /// The release, the registry list, a cited record for Bravo, the FY26-style list and the awards.
    static func load(_ db: VigilDatabase) async throws -> (list: FacilityRegistry.EvidenceImportReport, awards: FacilityRegistry.EvidenceImportReport) {
        try await ReleaseArchive(database: db).archive(release())
        let registry = FacilityRegistry(database: db)
        try await registry.importListing(try FacilityListReader.read(data: Data(registryList.utf8), fileName: "uwchr-facilities-geocoded.csv"))
        let (source, records) = try OperatorCSVReader.read(data: Data("code,as_of_date,operator,citation\nBRAVOGA,2017-11-06,COUNTY,ICE list row 9\n".utf8),
                                                           fileName: "ops.csv")
        try await registry.importOperators(records, from: source)
        try await FacilityMatching(database: db).run()
        let (listSource, list) = try OperatorCSVReader.contents(of: Data(fy26List.utf8), fileName: "operators-fy26-contractors.csv")
        guard case .list(let asOf, let rows) = list else { throw ImportFailure(file: "fy26", "not read as a list") }
        let listReport = try await registry.importOperatorList(rows, asOf: asOf, from: listSource)
        let (awardSource, awardContents) = try OperatorCSVReader.contents(of: Data(awards.utf8), fileName: "awards.csv")
        guard case .awards(let awardRows) = awardContents else { throw ImportFailure(file: "awards", "not read as awards") }
        return (listReport, try await registry.importContractAwards(awardRows, from: awardSource))
    }

    @Test("the FY26 list shape: told from its header, dated by its file name or --as-of, a bad place refused by row and column")
    func listShape() throws {
        let (_, contents) = try OperatorCSVReader.contents(of: Data(Self.fy26List.utf8), fileName: "operators-fy26-contractors.csv")
        guard case .list(let asOf, let rows) = contents else { Issue.record("\(contents)"); return }
        #expect(asOf == CalendarDate(year: 2025, month: 10, day: 1))
        #expect(rows.first == OperatorListRow(name: "Alpha Processing Center", city: "Houston", state: "TX", operatorName: "GEO Group", sourceRow: 2))
        // a name without a fiscal year needs --as-of
        #expect(throws: ImportFailure.self) { try OperatorCSVReader.contents(of: Data(Self.fy26List.utf8), fileName: "contractors.csv") }
        let given = try OperatorCSVReader.contents(of: Data(Self.fy26List.utf8), fileName: "contractors.csv", asOf: CalendarDate(iso: "2026-01-01"))
        guard case .list(let date, _) = given.1 else { Issue.record("\(given.1)"); return }
        #expect(date == CalendarDate(iso: "2026-01-01"))
        // a place that is not “City, ST” refuses the file, naming row and column
        do {
            _ = try OperatorCSVReader.contents(of: Data("Facility Name,Location,Management\nA,\"Houston, TX\",GEO\nB,Houston,GEO\n".utf8), fileName: "fy26.csv")
            Issue.record("a bad Location was accepted")
        } catch let failure as ImportFailure {
            #expect(failure.location.row == 3 && failure.location.column == "Location")
        }
    }

    @Test("each method counts its rows, in precedence; unmatched rows are kept for review; re-import changes nothing; the export adds a column per method",
          arguments: TestEngine.available)
    func methods(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given every source loaded
            let (list, awards) = try await Self.load(db)
            // then the list matched two rows and kept the third for review, not guessed
            #expect(list.records == 2 && list.unmatched.map(\.row) == [4])
            #expect(list.unmatched.first?.name == "Nowhere Detention Center")
            // and of four awards, two qualify; one names Echo, the other no known facility
            #expect(awards.considered == 2 && awards.records == 1 && awards.unmatched.map(\.row) == [4])
            let echo = try await RegistryQueries(database: db).operatorRecords(code: "ECHONY")
            #expect(echo.map(\.method) == [.contractAward] && echo.first?.operatorName == "AKIMA GLOBAL SERVICES LLC")
            #expect(echo.first?.citation?.contains("award 70A1") == true && echo.first?.citation?.contains("CC BY-SA 4.0") == true)
            let alpha = try await RegistryQueries(database: db).operatorRecords(code: "ALPHATX")
            #expect(alpha.first?.method == .nameAndPlace && alpha.first?.matchMethod == .exact && alpha.first?.matchConfidence == 1)
            #expect(alpha.first?.citation == "operators-fy26-contractors.csv, row 2: “Alpha Processing Center”, Houston, TX")
            #expect(try await FacilityRegistry(database: db).unmatchedOperatorRows().count == 2)

            // when the release is classified
            let release = try #require(try await ReleaseQueries(database: db).latest())
            let (_, rows) = try #require(try await PrivateShareQueries(database: db).rows(ofRelease: release.id))
            let method = Dictionary(uniqueKeysWithValues: rows.map { ($0.name, $0.evidence?.method) })
            // then each row carries the method that decided it
            #expect(method["ALPHA PROCESSING CENTER"] == .nameAndPlace)
            #expect(method["BRAVO COUNTY JAIL"] == .citedRecord)
            #expect(method["CHARLIE CONTRACT DETENTION FACILITY"] == .facilityType)
            #expect(method["DELTA COUNTY JAIL"] == .localGovernmentInference)
            #expect(method["ECHO SERVICE PROCESSING CENTER"] == .contractAward)
            #expect(method["FOXTROT HOLD ROOM"] == .some(nil))
            let national = try #require(try await PrivateShareQueries(database: db).shares(ofRelease: release.id).first { $0.areaKind == .national })
            #expect(national.privateADP == 750 && national.publicADP == 400 && national.unknownADP == 25)

            // and the export keeps its columns and adds one per method, at the end
            let table = try await Exporter(database: db).table(.privateShare)
            #expect(Array(table.columns.prefix(11)) == ["as_of_date", "area", "private_adp", "public_adp", "unknown_adp", "private_share",
                                                        "area_kind", "private_share_of_known", "private_facilities", "public_facilities",
                                                        "unknown_facilities"])
            #expect(Array(table.columns.suffix(5)) == ["adp_cited_record", "adp_name_and_place", "adp_contract_award", "adp_facility_type",
                                                       "adp_local_government_inference"])
            let row = try #require(table.rows.first { $0[6] == .text("national") })
            #expect(Array(row.suffix(5)) == [.number(300), .number(500), .number(50), .number(200), .number(100)])

            // when both files are imported again, then nothing changes
            let before = try await RegistryQueries(database: db).operatorRecords().values.map(\.count).reduce(0, +)
            let (listSource, listContents) = try OperatorCSVReader.contents(of: Data(Self.fy26List.utf8), fileName: "copy-fy26.csv")
            guard case .list(let asOf, let listRows) = listContents else { return }
            let again = try await FacilityRegistry(database: db).importOperatorList(listRows, asOf: asOf, from: listSource)
            #expect(again.alreadyArchivedAs == "operators-fy26-contractors.csv")
            #expect(try await RegistryQueries(database: db).operatorRecords().values.map(\.count).reduce(0, +) == before)
            #expect(try await FacilityRegistry(database: db).unmatchedOperatorRows().count == 2)
        }
    }

    @Test("an editor's record is stored with its audit entry; an unknown code stores neither", arguments: TestEngine.available)
    func editorRecord(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            _ = try await Self.load(db)
            var record = OperatorRecord(code: "ECHONY", asOfDate: CalendarDate(iso: "2026-01-15")!, source: "web form")
            record.operatorName = "ICE"
            record.citation = "ICE press release, 15 Jan 2026"
            try await FacilityRegistry(database: db).addOperatorRecord(record, by: "ed@example.org", audit: .commandLine)
            let stored = try await RegistryQueries(database: db).operatorRecords(code: "ECHONY").first { $0.method == .citedRecord }
            #expect(stored?.operatorName == "ICE" && stored?.source == "entered by ed@example.org on the web")
            #expect(try await AuditLog(database: db).latest().first?.action == "operator.add")
            record.code = "NOSUCHX"
            let audited = try await AuditLog(database: db).latest().count
            await #expect(throws: FacilityRegistry.EditorRecordRefusal.self) {
                try await FacilityRegistry(database: db).addOperatorRecord(record, by: "ed@example.org", audit: .commandLine)
            }
            #expect(try await AuditLog(database: db).latest().count == audited)
        }
    }

    @Test("the real FY26 list: how many of its rows the registry matcher ties to a code",
          .enabled(if: SharedData.path("facilities/operators-fy26-contractors.csv") != nil, "needs ../shared/data/facilities"))
    func realList() async throws {
        let folder = try #require(SharedData.path("facilities"))
        try await withTestDatabase { db in
            for name in ["ICE_Facility_List_11-06-2017-web.xlsx", "2015IceDetentionFacilityListing.xlsx", "uwchr-facilities-geocoded.csv.gz",
                         "marshall-locations.csv", "ddp_facility_codes.csv"] {
                _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(fileAt: folder.appendingPathComponent(name)))
            }
            let (source, contents) = try OperatorCSVReader.contents(ofFileAt: folder.appendingPathComponent("operators-fy26-contractors.csv"))
            guard case .list(let asOf, let rows) = contents else { Issue.record("not read as a list"); return }
            #expect(rows.count == 98 && asOf == CalendarDate(iso: "2025-10-01"))
            let report = try await FacilityRegistry(database: db).importOperatorList(rows, asOf: asOf, from: source)
            print("FY26 operator list: \(report.records) of \(rows.count) rows matched a registry code; \(report.unmatched.count) kept for review")
            #expect(report.records + report.unmatched.count == 98)
            // 23 of 98 on 2026-12-01, before the matcher learns aliases and addresses; it must not fall
            #expect(report.records >= 23)
        }
    }
}
