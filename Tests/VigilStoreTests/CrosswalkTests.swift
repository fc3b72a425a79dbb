import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

/// Small releases and reference lists whose matches and shares can be worked out by hand.
enum RegistryFixtures {
    struct Row: Sendable {
        var name: String
        var state: String
        var aor: String
        var type: String
        var adp: Double
    }

    /// Four workbook facilities: three the list names (exactly, in another case, and
    /// abbreviated), one it does not.
    static let rows: [Row] = [
        Row(name: "GEO PROCESSING CENTER", state: "GA", aor: "ATL", type: "CDF", adp: 60),
        Row(name: "Example County Jail", state: "GA", aor: "ATL", type: "IGSA", adp: 30),
        Row(name: "NO OPERATOR DET. CTR", state: "TX", aor: "HOU", type: "IGSA", adp: 10),
        Row(name: "HALL COUNTY HOLDING", state: "GA", aor: "ATL", type: "USMS IGA", adp: 5),
    ]

    static let geoKey = FacilityKey(rawValue: "geo-processing-center-ga")
    static let countyKey = FacilityKey(rawValue: "example-county-jail-ga")
    static let noOperatorKey = FacilityKey(rawValue: "no-operator-det-ctr-tx")
    static let hallKey = FacilityKey(rawValue: "hall-county-holding-ga")

    static func release(asOf: String, sha: Character, rows: [Row] = rows) -> IceStatsRelease {
        let date = CalendarDate(iso: asOf)!
        let observations = rows.enumerated().map { index, row in
            var o = FacilityObservation(sourceRow: 8 + index, name: row.name)
            o.state = row.state
            o.areaOfResponsibility = row.aor
            o.typeDetailed = row.type
            o.levelA = row.adp
            return o
        }
        return IceStatsRelease(
            source: SourceFile(fileName: "FY\(date.fiscalYear % 100)_detentionStats_\(asOf).xlsx", sha256: String(repeating: sha, count: 64), byteCount: 100),
            sheetName: "Facilities FY\(date.fiscalYear % 100)", fiscalYear: FiscalYear(date.fiscalYear), asOfDate: date,
            printedAsOfDate: date, fileNameDate: nil, headerRow: 7, layout: .fy24Pending, columns: [], facilities: observations, anomalies: [])
    }

    /// A UWCHR-joined-style list (pipe-delimited, `detloc` + `dmcp_auth`).
    static let listText = """
        detloc|name|city|state|zip|aor|dmcp_auth
        GEOFACGA|GEO PROCESSING CENTER|LUMPKIN|GA|31815|ATL|
        CNTYJGA|EXAMPLE COUNTY JAIL|OCILLA|GA|31774|ATL|
        NOOPSTX|NO OPERATOR DETENTION CENTER|DILLEY|TX|78017|HOU|
        ANNEXGA|NORTH GEORGIA ANNEX|GAINESVILLE|GA||ATL|

        """

    static func listing(_ text: String = listText, name: String = "uwchr-facilities-joined.csv") throws -> FacilityListing {
        try FacilityListReader.read(data: Data(text.utf8), fileName: name)
    }

    /// Cited operator records: GEO runs GEOFACGA from 2017 (a county before 2010's record),
    /// a county runs CNTYJGA until a 2025 record says GEO; NOOPSTX has none.
    static let operatorsCSV = """
        code,as_of_date,operator,owner,citation
        GEOFACGA,2010-01-01,COUNTY,COUNTY,contract 2010 p. 1
        GEOFACGA,2017-11-06,GEO,GEO,ICE list 2017 row 10
        CNTYJGA,2017-11-06,COUNTY,COUNTY,ICE list 2017 row 11
        CNTYJGA,2025-01-01,GEO,COUNTY,contract 2025 p. 3

        """

    /// Archives the releases, imports the list and the operators, and runs the matcher.
    static func load(_ db: VigilDatabase, releases: [IceStatsRelease] = [release(asOf: "2024-07-18", sha: "a")]) async throws {
        for r in releases { try await ReleaseArchive(database: db).archive(r) }
        try await FacilityRegistry(database: db).importListing(try listing())
        let (source, records) = try OperatorCSVReader.read(data: Data(operatorsCSV.utf8), fileName: "operators.csv")
        try await FacilityRegistry(database: db).importOperators(records, from: source)
        try await FacilityMatching(database: db).run()
    }

    /// Writes `table` as CSV to a temporary file and reads it back as a crosswalk.
    static func roundTrip(_ table: DataTable) throws -> [(line: Int, fields: [String: String])] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-crosswalk-\(UUID().uuidString).csv")
        try table.csv().write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try CrosswalkReader.read(fileAt: url)
    }
}

@Suite("Crosswalk, decisions and registry exports", .serialized)
struct CrosswalkTests {
    typealias F = RegistryFixtures

    @Test("a crosswalk exported from one database re-creates its person decisions in a fresh one", arguments: TestEngine.available)
    func roundTrip(engine: TestEngine) async throws {
        // given a database where a person linked an unmatched key and rejected an exact match
        let exported: DataTable = try await withTestDatabase(engine) { db in
            try await F.load(db)
            let matching = FacilityMatching(database: db)
            try await matching.decide(key: F.hallKey, code: "ANNEXGA", note: "-- same site, renamed; see 2019 contract", by: "analyst")
            try await matching.decide(key: F.noOperatorKey, code: nil, note: "'closed', not in any list", by: "analyst")
            return try await matching.crosswalk()
        }
        #expect(Array(exported.columns.prefix(5)) == FacilityMatching.crosswalkColumns)
        #expect(exported.csv().contains("\"'-- same site, renamed; see 2019 contract\""))
        let rows = try F.roundTrip(exported)
        #expect(rows.count == 4)

        try await withTestDatabase(engine) { db in
            // when the same data is loaded into a fresh database and the crosswalk imported
            try await F.load(db)
            let matching = FacilityMatching(database: db)
            #expect(try await RegistryQueries(database: db).match(key: F.noOperatorKey)?.method == .normalized)
            let result = try await matching.importCrosswalk(rows, fileName: "crosswalk.csv")
            // then the two person decisions are applied and the matcher's rows skipped
            #expect(result.applied == 2)
            #expect(result.automatic == 2)
            #expect(result.conflicts.isEmpty && result.errors.isEmpty)
            try await matching.run()
            let registry = RegistryQueries(database: db)
            let hall = try #require(try await registry.match(key: F.hallKey))
            #expect(hall.code == "ANNEXGA" && hall.method == .manual)
            #expect(try await registry.match(key: F.noOperatorKey) == nil)
            let crosswalk = try await matching.crosswalk()
            let byKey = Dictionary(uniqueKeysWithValues: crosswalk.rows.map { ($0[0].plainText, $0) })
            #expect(byKey[F.noOperatorKey.rawValue]?[2] == .text("rejected"))
            #expect(byKey[F.hallKey.rawValue]?[4] == .text("-- same site, renamed; see 2019 contract"))
            // (the export guards a note starting like a formula with an apostrophe, which import drops; a note's own apostrophe stays)
            #expect(byKey[F.noOperatorKey.rawValue]?[4] == .text("'closed', not in any list"))
            #expect(byKey[F.geoKey.rawValue]?[2] == .text("exact"))

            // when it is imported again, then nothing changes
            let again = try await matching.importCrosswalk(rows, fileName: "crosswalk.csv")
            #expect(again.applied == 0 && again.unchanged == 2 && again.conflicts.isEmpty)
        }
    }

    @Test("a crosswalk row contradicting a person's decision is reported and not applied, unless replace",
          arguments: TestEngine.available, [false, true])
    func conflicts(engine: TestEngine, replace: Bool) async throws {
        try await withTestDatabase(engine) { db in
            // given a person's link of the Hall key, and a crosswalk linking it elsewhere and rejecting the GEO key
            try await F.load(db)
            let matching = FacilityMatching(database: db)
            try await matching.decide(key: F.hallKey, code: "ANNEXGA", note: nil, by: "first analyst")
            let rows: [(line: Int, fields: [String: String])] = [
                (2, ["facility_key": F.hallKey.rawValue, "code": "cntyjga", "method": "manual", "note": "I think it is the jail"]),
                (3, ["facility_key": F.geoKey.rawValue, "code": "", "method": "rejected"]),
                (4, ["facility_key": "no-such-facility-zz", "code": "ANNEXGA", "method": "manual"]),
                (5, ["facility_key": F.countyKey.rawValue, "code": "NOSUCHCODE", "method": "manual"]),
            ]
            // when it is imported
            let result = try await matching.importCrosswalk(rows, fileName: "theirs.csv", replace: replace)
            try await matching.run()
            let registry = RegistryQueries(database: db)
            // then the GEO rejection applies either way (the matcher's match is no person's decision)
            #expect(try await registry.match(key: F.geoKey) == nil)
            // and unknown keys and codes are errors naming their rows
            #expect(result.errors.count == 2)
            #expect(result.errors.contains { $0.contains("row 4") && $0.contains("no-such-facility-zz") })
            #expect(result.errors.contains { $0.contains("row 5") && $0.contains("NOSUCHCODE") })
            if replace {
                // then, with replace, the Hall link moves
                #expect(result.conflicts.isEmpty && result.applied == 2)
                #expect(try await registry.match(key: F.hallKey)?.code == "CNTYJGA")
            } else {
                // then, without, the conflict is reported by row and the first decision stands
                #expect(result.applied == 1)
                #expect(result.conflicts.count == 1)
                #expect(result.conflicts.first?.contains("row 2") == true)
                #expect(result.conflicts.first?.contains("first analyst") == true)
                #expect(try await registry.match(key: F.hallKey)?.code == "ANNEXGA")
            }
        }
    }

    @Test("person decisions survive re-importing the workbooks and the facility list", arguments: TestEngine.available)
    func decisionsSurviveReimports(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a link of an unmatched key and the rejection of an exact match
            try await F.load(db)
            let matching = FacilityMatching(database: db)
            try await matching.decide(key: F.hallKey, code: "ANNEXGA", note: nil, by: "analyst")
            try await matching.decide(key: F.geoKey, code: nil, note: "different GEO site", by: "analyst")
            let before = try await matching.crosswalk()

            // when the same workbook and list are imported again (nothing changes) and the matcher re-runs
            let rearchived = try await ReleaseArchive(database: db).archive(F.release(asOf: "2024-07-18", sha: "a"))
            guard case .alreadyArchived = rearchived else { Issue.record("\(rearchived)"); return }
            #expect(try await FacilityRegistry(database: db).importListing(try F.listing()) == .alreadyArchived(asFileName: "uwchr-facilities-joined.csv"))
            try await matching.run()
            #expect(try await matching.crosswalk() == before)

            // when a new release and a new edition of the list (which now names Hall exactly) arrive
            try await ReleaseArchive(database: db).archive(F.release(asOf: "2025-01-16", sha: "b"))
            let newEdition = F.listText + "HALLCGA|HALL COUNTY HOLDING|GAINESVILLE|GA||ATL|\n"
            let outcome = try await FacilityRegistry(database: db).importListing(try F.listing(newEdition, name: "uwchr-facilities-joined-2.csv"))
            guard case .imported(_, 5, 1, _, _) = outcome else { Issue.record("\(outcome)"); return }
            let summary = try await matching.run()

            // then both decisions stand: the link is not replaced by the new exact match, the rejection not undone
            let registry = RegistryQueries(database: db)
            #expect(try await registry.match(key: F.hallKey).map { [$0.code, $0.method.rawValue] } == ["ANNEXGA", "manual"])
            #expect(try await registry.match(key: F.geoKey) == nil)
            #expect(summary.rejected == 1)
            #expect(try await matching.reviewQueue().map(\.key).contains(F.geoKey) == false)
            let rows = try await matching.crosswalk().rows.filter { $0[2] == .text("manual") || $0[2] == .text("rejected") }
            #expect(rows.map { $0[0].plainText } == [F.geoKey.rawValue, F.hallKey.rawValue])
        }
    }

    @Test("facility-releases ends with facility_code and match_method: set for accepted matches, null otherwise",
          arguments: TestEngine.available)
    func facilityReleasesColumns(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given an exact match, a normalised match, a person's link, a rejection and a doubtful suggestion
            let rows = F.rows + [F.Row(name: "GEO PROCESSING ANNEX", state: "GA", aor: "ATL", type: "CDF", adp: 1)]
            try await F.load(db, releases: [F.release(asOf: "2024-07-18", sha: "a", rows: rows)])
            let matching = FacilityMatching(database: db)
            try await matching.decide(key: F.hallKey, code: "ANNEXGA", note: nil, by: "analyst")
            try await matching.decide(key: F.countyKey, code: nil, note: nil, by: "analyst")
            let annex = FacilityKey(rawValue: "geo-processing-annex-ga")
            #expect(try await matching.reviewQueue().first { $0.key == annex }?.suggestedCode == "GEOFACGA")

            // when facility-releases is exported
            let table = try await Exporter(database: db).table(.facilityReleases)
            // then its last two columns are the code and how it was matched
            #expect(Array(table.columns.suffix(2)) == ["facility_code", "match_method"])
            let keyColumn = try #require(table.columns.firstIndex(of: "facility_key"))
            let tail = Dictionary(uniqueKeysWithValues: table.rows.map { ($0[keyColumn].plainText, Array($0.suffix(2))) })
            #expect(tail[F.geoKey.rawValue] == [.text("GEOFACGA"), .text("exact")])
            #expect(tail[F.noOperatorKey.rawValue] == [.text("NOOPSTX"), .text("normalized")])
            #expect(tail[F.hallKey.rawValue] == [.text("ANNEXGA"), .text("manual")])
            #expect(tail[F.countyKey.rawValue] == [.null, .null])
            #expect(tail[annex.rawValue] == [.null, .null])
            // and the CSV writes nulls as empty fields at the end of the line
            let csvLine = try #require(table.csv().components(separatedBy: "\r\n").first { $0.contains(annex.rawValue) })
            #expect(csvLine.hasSuffix(",,"))
        }
    }

    @Test("private-share values equal shares worked out by hand", arguments: TestEngine.available)
    func privateShareByHand(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given GEO (private, ADP 60), a county (public, 30), a code without an operator (10)
            // and an unmatched facility (5), in a 2024 release and a 2016 one when the records said otherwise
            try await F.load(db, releases: [F.release(asOf: "2016-01-04", sha: "c"), F.release(asOf: "2024-07-18", sha: "a")])

            // when the private-share table is exported
            let table = try await Exporter(database: db).table(.privateShare)
            #expect(Array(table.columns.prefix(6)) == ["as_of_date", "area", "private_adp", "public_adp", "unknown_adp", "private_share"])
            func row(_ date: String, _ area: String, _ kind: String) -> [String: TableValue]? {
                let c = Dictionary(uniqueKeysWithValues: table.columns.enumerated().map { ($1, $0) })
                return table.rows.first { $0[c["as_of_date"]!] == .text(date) && $0[c["area"]!] == .text(area) && $0[c["area_kind"]!] == .text(kind) }
                    .map { r in Dictionary(uniqueKeysWithValues: table.columns.enumerated().map { ($1, r[$0]) }) }
            }

            // then 2024, nationally: 60 private, 30 + 5 public, 10 unknown; 60/105 and 60/95 (the unmatched
            // HALL COUNTY HOLDING, a USMS IGA with a county's name, counts public by the local-government inference)
            let national = try #require(row("2024-07-18", PrivateShare.nationalArea, "national"))
            #expect(national["private_adp"] == .number(60))
            #expect(national["public_adp"] == .number(35))
            #expect(national["unknown_adp"] == .number(10))
            #expect(national["private_share"] == .number(0.5714))
            #expect(national["private_share_of_known"] == .number(0.6316))
            #expect([national["private_facilities"], national["public_facilities"], national["unknown_facilities"]] == [.integer(1), .integer(2), .integer(1)])
            #expect(national["adp_cited_record"] == .number(90) && national["adp_local_government_inference"] == .number(5))
            // and by area: ATL 60/35/0, HOU only unknown (a share of 0, none of known)
            let atlanta = try #require(row("2024-07-18", "ATL", "aor"))
            #expect(atlanta["private_share"] == .number(0.6316))
            #expect(atlanta["unknown_adp"] == .number(0))
            let houston = try #require(row("2024-07-18", "HOU", "aor"))
            #expect(houston["private_share"] == .number(0))
            #expect(houston["private_share_of_known"] == .null)
            #expect(row("2024-07-18", "CDF", "type")?["private_share"] == .number(1))
            #expect(row("2024-07-18", "GA", "state")?["private_adp"] == .number(60))
            // and in 2016 the 2010 county record was in force for GEOFACGA, and CNTYJGA's earliest record: no private ADP
            let early = try #require(row("2016-01-04", PrivateShare.nationalArea, "national"))
            #expect(early["private_adp"] == .number(0))
            #expect(early["public_adp"] == .number(95))
            #expect(early["private_share"] == .number(0))
            #expect(early["private_share_of_known"] == .number(0))
            // and the rows are oldest release first
            #expect(table.rows.first?[0] == .text("2016-01-04"))
        }
    }
}
