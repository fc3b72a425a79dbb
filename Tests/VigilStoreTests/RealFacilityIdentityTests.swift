import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

/// Facility identity on the real data: every reference list with codes, the 30 statistics
/// workbooks and the three death lists in ../shared/data, read in place. Skipped, saying why,
/// when the data is absent.
@Suite("Facility identity on the real data", .serialized)
struct RealFacilityIdentityTests {
    static let lists = ["facilities/ICE_Facility_List_11-06-2017-web.xlsx", "facilities/2015IceDetentionFacilityListing.xlsx",
                        "facilities/uwchr-facil-list-2017.csv.gz", "facilities/uwchr-facilities-joined.csv.gz",
                        "facilities/uwchr-facilities-geocoded.csv.gz", "facilities/marshall-locations.csv",
                        "facilities/ddp_facility_codes.csv"]
    /// In the order `vigil import deaths deaths/*.csv` takes them: the first list to report a death names its facility.
    static let deathLists = ["deaths/_extracted_foia_2003_2017.csv", "deaths/all_250_deaths_detailed.csv",
                             "deaths/dwn-ice-deaths-2003-2016.csv"]

    /// The names workbooks print for the largest facilities, with the code the person-level list gives them.
    static let namedFacilities: [(name: String, state: String, code: String)] = [
        ("SOUTH TEXAS ICE PROCESSING CENTER", "TX", "STCDFTX"),
        ("MOSHANNON VALLEY PROCESSING CENTER", "PA", "MSVPCPA"),
        ("GOLDEN STATE ANNEX", "CA", "GLDSACA"),
        ("DESERT VIEW ANNEX", "CA", "CADESVI"),
        ("NORTH LAKE CORRECTIONAL FACILITY", "MI", "NRLKCMI"),
        ("ERO EL PASO CAMP EAST MONTANA", "TX", "EROFCB"),
        ("MESA VERDE ICE PROCESSING CENTER", "CA", "CACFMES"),
        ("T DON HUTTO DETENTION CENTER", "TX", "CCAHUTX"),
        ("CENTRAL LOUISIANA ICE PROCESSING CENTER (CLIPC)", "LA", "JENADLA"),
    ]

    /// Every list and workbook imported once for the suite: the import takes most of its time.
    static func imported(_ body: (VigilDatabase) async throws -> Void) async throws {
        try await withTestDatabase { db in
            for path in lists {
                _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(fileAt: try SharedData.require(path)))
            }
            let workbooks = try ReleaseImportBatch.workbooks(in: [try SharedData.require("ice-stats")])
            let results = await ReleaseImportBatch(database: db) { try IceStatsWorkbookReader.read(fileAt: $0) }.run(workbooks)
            #expect(results.filter(\.failed).isEmpty)
            _ = try await FacilityMatching(database: db).run()
            for path in deathLists {
                _ = try await DeathArchive(database: db).importList(try DeathListReader.read(fileAt: try SharedData.require(path)))
            }
            try await body(db)
        }
    }

    /// The project's own cited records (`docs/data/operator-citations.csv`): each quotes a public source.
    static var citations: URL { SharedData.packageRoot.appendingPathComponent("docs/data/operator-citations.csv") }

    @Test("the newest release: at most 10% of its ADP has no operator by any method once the cited records are in",
          SharedData.required(lists + deathLists + ["ice-stats", "facilities/operators-fy26-contractors.csv", "expansion/markramm_ice_contracts.csv"]))
    func operators() async throws {
        try await Self.imported { db in
            // given the list by name and place and the contract awards, as the issue's figure was measured
            let registry = FacilityRegistry(database: db)
            for path in ["facilities/operators-fy26-contractors.csv", "expansion/markramm_ice_contracts.csv"] {
                let (source, contents) = try OperatorCSVReader.contents(ofFileAt: try SharedData.require(path))
                switch contents {
                case .list(let asOf, let rows): _ = try await registry.importOperatorList(rows, asOf: asOf, from: source)
                case .awards(let awards): _ = try await registry.importContractAwards(awards, from: source)
                case .records: Issue.record("\(path) read as cited records")
                }
            }
            let newest = try #require(try await ReleaseQueries(database: db).latest())
            func national() async throws -> PrivateShare {
                try #require(try await PrivateShareQueries(database: db).shares(ofRelease: newest.id).first { $0.areaKind == .national })
            }
            let before = try await national()

            // when the project's cited records are imported through the same command path
            let (source, records) = try OperatorCSVReader.read(data: try Data(contentsOf: Self.citations), fileName: "operator-citations.csv")
            #expect(records.count == 11)
            #expect(records.allSatisfy { $0.citation?.contains("“") == true && $0.citation?.contains("http") == true })
            #expect(try await registry.importOperators(records, from: source) == .imported(records: 11))
            let after = try await national()

            // then the unknown remainder of the newest release falls to at most 10% of its ADP, and every cited facility is private
            let share = { (s: PrivateShare) in s.unknownADP / s.totalADP }
            print("newest release \(newest.asOfDate.iso): ADP with no operator \(share(before)) before the cited records, \(share(after)) after; "
                  + "private \(after.privateShare ?? 0) of all, \(after.privateShareOfKnown ?? 0) of known")
            #expect(share(after) < share(before))
            #expect(share(after) <= 0.10, "\(share(after)) of ADP with no operator")
            let rows = try #require(try await PrivateShareQueries(database: db).rows(ofRelease: newest.id)).rows
            for code in Set(records.map(\.code)) {
                for row in rows where row.code == code {
                    #expect(row.evidence?.kind == .private && row.evidence?.method == .citedRecord, "\(row.name) → \(String(describing: row.evidence))")
                }
            }
        }
    }

    @Test("workbook rows, deaths and the named facilities carry their codes", SharedData.required(lists + deathLists + ["ice-stats"]))
    func identity() async throws {
        try await Self.imported { db in
            // then 99% of the ADP of release rows that hold people carries a code, and 97% of the rows
            // but for the HHS (ORR) children's shelters (147 rows of one FY2021 release, and 3 more), which no list codes
            let summary = try await FacilityMatching(database: db).summary()
            #expect(summary.matchedADPShare >= 0.99, "\(summary.matchedADPShare) of ADP")
            let rowShare = Double(summary.matchedRowsHoldingPeople) / Double(summary.rowsHoldingPeople)
            #expect(rowShare >= 0.95, "\(summary.matchedRowsHoldingPeople) of \(summary.rowsHoldingPeople) rows")
            #expect(summary.orrRowsHoldingPeople >= 147)
            #expect(summary.matchedShareOutsideORR >= 0.97, "\(summary.matchedShareOutsideORR) of rows outside ORR")

            // and every name the issue lists carries the code shown, through the one matcher and on its workbook rows
            let matcher = try await FacilityMatching.registryMatcher(on: db.sql)
            let registry = RegistryQueries(database: db)
            for f in Self.namedFacilities {
                let match = matcher.match(.init(name: f.name, city: nil, state: f.state, zip: nil))
                #expect(match?.code == f.code && match?.isAccepted == true, "\(f.name) → \(String(describing: match))")
                if let stored = try await registry.match(key: FacilityKey(name: f.name, state: f.state)) {
                    #expect(stored.code == f.code, "\(f.name) stored as \(stored.code)")
                }
            }

            // and 97% of deaths are tied to a code (what stays unlinked: hospitals the list gives instead of a
            // facility, a jail no list has, a CoreCivic complex split between two codes), none of the named ones
            // wrongly; DWN's reports of six men the other lists place in another state the same year wait for review
            let deaths = try await DeathQueries(database: db).all()
            let linked = deaths.filter { $0.facilityCode != nil }.count
            print("deaths: \(linked) of \(deaths.count) counted deaths tied to a code")
            #expect(Double(linked) / Double(deaths.count) >= 0.97, "\(linked) of \(deaths.count) deaths linked")
            let waiting = try await DeathQueries(database: db).likelyDuplicates().map { $0.death.personName.uppercased() }
            for name in ["PEREZ-AYALA", "DE ARAUJO", "CORREOSO-JAY"] {
                #expect(waiting.contains { $0.contains(name) }, "\(name) not waiting for review: \(waiting)")
            }
            let unlinked = Set(deaths.filter { $0.facilityCode == nil }.map(\.facilityName))
            #expect(unlinked.isSubset(of: ["Lovelace Medical Center", "Centra Lynchburg General Hospital", "Larkin Community Hospital Palm Springs",
                                           "Lowndes County Jail", "Harris County Jail", "Providence RI Field Office", "Florence",
                                           "Central Arizona Florence Correctional Complex"]), "\(unlinked)")
            for (facility, state, code) in [("Eloy Detention Center", "AZ", "EAZ"), ("Baker County Detention Center", "FL", "BAKERFL"),
                                            ("Folkston Main ICE Processing Center", "GA", "FIPCMGA")] {
                let match = matcher.match(.init(name: facility, city: nil, state: state, zip: nil))
                #expect(match?.code == code && match?.isAccepted == true, "\(facility) → \(String(describing: match))")
                for death in deaths where death.facilityName.caseInsensitiveCompare(facility) == .orderedSame {
                    #expect(death.facilityCode == code, "\(death.personName) at \(facility) → \(death.facilityCode ?? "none")")
                }
            }

            // and the man two lists date six days apart waits for review instead of counting twice
            #expect(deaths.filter { $0.personName.uppercased().contains("GUMAYAGAY") }.count == 1)
            #expect(try await DeathQueries(database: db).likelyDuplicates().contains { $0.death.personName.uppercased().contains("GUMAYAGAY") })
        }
    }
}
