import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

@Suite("Facility registry", .serialized)
struct FacilityRegistryTests {
    static func listing(_ text: String, name: String = "list.csv") throws -> FacilityListing {
        try FacilityListReader.read(data: Data(text.utf8), fileName: name)
    }

    static let marshall = "DETLOC,Name,Address,City,County,State,Zip,AOR,Date of Last Use,Date of First Use,Lat,Lng\r"
        + "STWRTGA,STEWART DETENTION CENTER,146 CCA RD,LUMPKIN,STEWART,GA,31815,ATL,4/11/17,23/05/2006,32.05,-84.77\r"
        + "IRWINGA,IRWIN COUNTY DETENTION CENTER,132 COTTON DR,OCILLA,IRWIN,GA,31774,ATL,,,31.6,-83.25\r"

    @Test("CR-only line ends, day-first dates, and the format are recognised")
    func readsMarshall() throws {
        let l = try Self.listing(Self.marshall)
        #expect(l.format == .marshallLocations)
        #expect(l.entries.map(\.code) == ["STWRTGA", "IRWINGA"])
        #expect(l.entries[0].firstUse == CalendarDate(year: 2006, month: 5, day: 23))
        #expect(l.entries[0].sourceRow == 2)
    }

    @Test("missing codes are left out and listed; identical repeats kept once; conflicting repeats refuse the file")
    func badRows() throws {
        let header = "detloc|name|city|state|aor\n"
        let l = try Self.listing(header + "A1|ONE|X|GA|ATL\n|NO CODE|X|GA|ATL\nRedacted|R|X|GA|ATL\nA1|ONE|X|GA|ATL\n")
        #expect(l.entries.count == 1)
        #expect(l.notes.joined().contains("rows 3, 4"))
        #expect(l.notes.joined().contains("row 5"))
        #expect(throws: ImportFailure.self) { try Self.listing(header + "A1|ONE|X|GA|ATL\nA1|TWO|X|GA|ATL\n") }
        do { _ = try Self.listing(header + "A1|ONE|X|GA|ATL\nA1|TWO|X|GA|ATL\n") } catch {
            #expect(String(describing: error).contains("rows 2 and 3"))
        }
        #expect(throws: ImportFailure.self) { try Self.listing("name,city\nX,Y\n") }
    }

    @Test("import is one transaction per file; re-import changes nothing; matching and decisions persist",
          arguments: TestEngine.available)
    func importAndMatch(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a release naming Stewart and an unknown facility
            var stewart = FacilityObservation(sourceRow: 8, name: "STEWART DETENTION CENTER")
            stewart.state = "GA"; stewart.city = "LUMPKIN"; stewart.levelA = 90; stewart.areaOfResponsibility = "ATL"
            var other = FacilityObservation(sourceRow: 9, name: "SOMEWHERE ELSE JAIL")
            other.state = "GA"; other.levelA = 10
            let date = CalendarDate(year: 2024, month: 1, day: 1)!
            try await ReleaseArchive(database: db).archive(IceStatsRelease(
                source: SourceFile(fileName: "r.xlsx", sha256: String(repeating: "a", count: 64), byteCount: 1), sheetName: "Facilities FY24",
                fiscalYear: FiscalYear(2024), asOfDate: date, printedAsOfDate: date, fileNameDate: nil, headerRow: 7, layout: .fy24Pending,
                columns: [], facilities: [stewart, other], anomalies: []))
            let registry = FacilityRegistry(database: db)
            // when a list is imported twice
            let first = try await registry.importListing(try Self.listing(Self.marshall))
            let second = try await registry.importListing(try Self.listing(Self.marshall))
            guard case .imported(_, 2, 2, _, _) = first else { Issue.record("\(first)"); return }
            #expect(second == .alreadyArchived(asFileName: "list.csv"))
            // and operators are added from a cited CSV
            let (source, records) = try OperatorCSVReader.read(data: Data("code,as_of_date,operator,citation\nSTWRTGA,2017-11-06,CCA,ICE list row 12\n".utf8), fileName: "ops.csv")
            _ = try await registry.importOperators(records, from: source)
            let summary = try await FacilityMatching(database: db).run()
            // then Stewart matches exactly, the other awaits review, and the private share follows
            #expect(summary.matched[.exact] == 1 && summary.unmatched == 1)
            let crosswalkBefore = try await FacilityMatching(database: db).crosswalk().csv()
            _ = try await FacilityMatching(database: db).run()
            #expect(try await FacilityMatching(database: db).crosswalk().csv() == crosswalkBefore)
            let release = try #require(try await ReleaseQueries(database: db).latest())
            let national = try #require(try await PrivateShareQueries(database: db).shares(ofRelease: release.id).first { $0.areaKind == .national })
            #expect(national.privateADP == 90 && national.unknownADP == 10)
            // when a person links the other key, then a conflicting decision is refused
            let key = FacilityKey(rawValue: "somewhere-else-jail-ga")
            try await FacilityMatching(database: db).decide(key: key, code: "IRWINGA", note: "checked", by: "test")
            await #expect(throws: FacilityMatching.DecisionError.self) {
                try await FacilityMatching(database: db).decide(key: key, code: "STWRTGA", note: nil, by: "other")
            }
            _ = try await FacilityMatching(database: db).run()
            #expect(try await RegistryQueries(database: db).match(key: key)?.code == "IRWINGA")
            // and facility-releases carries the code and method at the end
            let table = try await Exporter(database: db).table(.facilityReleases)
            #expect(Array(table.columns.suffix(2)) == ["facility_code", "match_method"])
            #expect(try await Exporter(database: db).table(.facilities).rows.count == 2)
        }
    }

    @Test("a match by address cites the first alias at the address in key order, on every run and both engines",
          arguments: TestEngine.available)
    func addressEvidenceIsStable(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given two spellings of Stewart, each tied by name, at a new address no list gives,
            // and a renamed facility at that address
            func facility(_ row: Int, _ name: String, _ address: String) -> FacilityObservation {
                var o = FacilityObservation(sourceRow: row, name: name)
                o.state = "GA"; o.city = "LUMPKIN"; o.address = address; o.levelA = 10
                return o
            }
            let date = CalendarDate(year: 2024, month: 1, day: 1)!
            try await ReleaseArchive(database: db).archive(IceStatsRelease(
                source: SourceFile(fileName: "r.xlsx", sha256: String(repeating: "b", count: 64), byteCount: 1), sheetName: "Facilities FY24",
                fiscalYear: FiscalYear(2024), asOfDate: date, printedAsOfDate: date, fileNameDate: nil, headerRow: 7, layout: .fy24Pending,
                columns: [], facilities: [facility(8, "STEWART DETENTION CENTER", "999 New St"), facility(9, "STEWART DET CTR", "999 NEW STREET"),
                                          facility(10, "LUMPKIN PROCESSING FACILITY", "999 NEW ST.")],
                anomalies: []))
            _ = try await FacilityRegistry(database: db).importListing(try Self.listing(Self.marshall))
            // when matching runs
            _ = try await FacilityMatching(database: db).run()
            // then the renamed one follows the address, and its evidence names the alias of the
            // first key (`stewart-det-ctr-ga`), not whichever the process's hashing put first
            struct Row: Decodable { var code: String?; var method: String; var note: String? }
            let row = try #require(try await db.sql.raw("""
                SELECT code, method, note FROM facility_matches WHERE facility_key = 'lumpkin-processing-facility-ga'
                """).first(decoding: Row.self))
            #expect(row.code == "STWRTGA" && row.method == "address")
            #expect(row.note == "same address as STEWART DET CTR (999 NEW STREET)")
        }
    }

    @Test("the shared reference lists import and most workbook ADP matches a code",
          SharedData.required("facilities", "ice-stats"))
    func sharedLists() async throws {
        let folder = try SharedData.require("facilities")
        try await withTestDatabase { db in
            let batch = ReleaseImportBatch(database: db) { try IceStatsWorkbookReader.read(fileAt: $0) }
            _ = await batch.run(try ReleaseImportBatch.workbooks(in: [try SharedData.require("ice-stats")]))
            for name in ["ICE_Facility_List_11-06-2017-web.xlsx", "2015IceDetentionFacilityListing.xlsx", "uwchr-facilities-geocoded.csv.gz",
                         "marshall-locations.csv", "ddp_facility_codes.csv"] {
                _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(fileAt: folder.appendingPathComponent(name)))
            }
            #expect(throws: ImportFailure.self) { try FacilityListReader.read(fileAt: folder.appendingPathComponent("Over72HourFacilities.xlsx")) }
            let summary = try await FacilityMatching(database: db).run()
            #expect(summary.matchedADPShare > 0.75)
            let stewart = try await RegistryQueries(database: db).facility(code: "STWRTGA")
            #expect(stewart?.latestOperator?.operatorKind == .private)
            #expect(stewart?.latitude != nil)
        }
    }
}
