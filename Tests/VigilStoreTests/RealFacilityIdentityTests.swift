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

            // and 96.5% of deaths are tied to a code (what stays unlinked: hospitals the list gives instead of a
            // facility, jails no list has, two CoreCivic complexes and a town of three federal prisons), none of
            // the named ones wrongly
            let deaths = try await DeathQueries(database: db).all()
            let linked = deaths.filter { $0.facilityCode != nil }.count
            #expect(Double(linked) / Double(deaths.count) >= 0.965, "\(linked) of \(deaths.count) deaths linked")
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
