import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

/// One facility under two codes: a person records it, everything the matcher ties follows the
/// new code, and undoing it restores both.
@Suite("Facility merges", .serialized)
struct FacilityMergeTests {
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!
    /// Eden, Texas: a BOP code until 2010, another code for the same building from 2020.
    static let registry = "DETLOC,Name,Address,City,County,State,Zip,AOR,Date of Last Use,Date of First Use,Lat,Lng\n"
        + "EDENDTX,EDEN DETENTION CENTER,BOX 605,EDEN,CONCHO,TX,76837,SNA,23/02/2010,15/11/1991,31.2,-99.8\n"
        + "EDNDCTX,EDEN DETENTION CTR,704 E BROADWAY STREET,EDEN,CONCHO,TX,76837,DAL,20/01/2025,15/03/2020,31.2,-99.8\n"
        + "STWRTGA,STEWART DETENTION CENTER,146 CCA ROAD,LUMPKIN,STEWART,GA,31815,ATL,20/01/2025,15/03/2006,32.0,-84.8\n"
    static let deaths = """
        Name,Sex,Age,Country,Date_of_Death,Cause_of_Death,Facility_Name,Facility_Location,Facility_Type,PDF_URL,Period
        DOE JOHN,Male,40,MEXICO,2009-05-01,Heart,Eden Detention Center TX,"Eden Detention Center, TX",BOP,,FY2003-2017
        """
    static let operators = """
        code,as_of_date,operator,citation
        EDENDTX,2009-01-01,Corrections Corporation of America,"a cited record"
        """

    static func given(_ db: VigilDatabase) async throws {
        _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(data: Data(Self.registry.utf8), fileName: "r.csv"))
        _ = try await DeathArchive(database: db).importList(try DeathListReader.read(data: Data(Self.deaths.utf8), fileName: "d.csv", today: Self.today))
        let (source, records) = try OperatorCSVReader.read(data: Data(Self.operators.utf8), fileName: "o.csv")
        _ = try await FacilityRegistry(database: db).importOperators(records, from: source)
    }

    static func match(_ db: VigilDatabase) async throws -> FacilityNameMatcher.Match? {
        try await FacilityMatching.registryMatcher(on: db.sql).match(.init(name: "EDEN DETENTION CENTER", city: nil, state: "TX", zip: nil))
    }

    @Test("merging the old code into the new ties the name, the death and the operator record to the new code; undoing restores both",
          arguments: TestEngine.available)
    func mergeAndUndo(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given two codes for one facility (the old one's exact name may still win a match on its own)
            try await Self.given(db)

            // when a person records that EDENDTX is the same facility as EDNDCTX
            let merges = FacilityMerges(database: db)
            try await merges.merge(old: "edendtx", into: "EDNDCTX", note: "same building", by: "editor@example.org",
                                   audit: AuditEvent(actor: .commandLine, action: "facility.merge", subject: "EDENDTX", details: ["into": "EDNDCTX"]))
            // then the name, the death and the old code's operator record all count for EDNDCTX
            let match = try await Self.match(db)
            #expect(match?.code == "EDNDCTX" && match?.isAccepted == true)
            #expect(try await DeathQueries(database: db).deaths(atFacility: "EDNDCTX").count == 1)
            #expect(try await RegistryQueries(database: db).operatorRecords(code: "EDNDCTX").map(\.code) == ["EDENDTX"])
            #expect(try await RegistryQueries(database: db).operatorRecords()["EDNDCTX"]?.count == 1)
            #expect(Set(try await RegistryQueries(database: db).names(code: "EDNDCTX").map(\.entry.code)) == ["EDENDTX", "EDNDCTX"])
            #expect(try await merges.canonicalCode("EDENDTX") == "EDNDCTX")
            #expect(try await merges.canonicalCode("STWRTGA") == "STWRTGA")
            #expect(try await merges.all().map { [$0.oldCode, $0.newCode, $0.note ?? ""] } == [["EDENDTX", "EDNDCTX", "same building"]])
            #expect(try await AuditLog(database: db).latest(limit: 5).contains { $0.action == "facility.merge" && $0.subject == "EDENDTX" })
            // and the pair is no longer offered for review
            #expect(try await merges.candidates().isEmpty)

            // and a second merge of the same code, a code into itself, or an unknown code is refused
            await #expect(throws: FacilityMerges.MergeError.alreadyMerged(old: "EDENDTX", into: "EDNDCTX")) {
                try await merges.merge(old: "EDENDTX", into: "STWRTGA", note: nil, by: "x")
            }
            await #expect(throws: FacilityMerges.MergeError.mergedAway(code: "EDENDTX", into: "EDNDCTX")) {
                try await merges.merge(old: "STWRTGA", into: "EDENDTX", note: nil, by: "x")
            }
            await #expect(throws: FacilityMerges.MergeError.sameCode("STWRTGA")) { try await merges.merge(old: "STWRTGA", into: "stwrtga", note: nil, by: "x") }
            await #expect(throws: FacilityMerges.MergeError.unknownCode("NOSUCH")) { try await merges.merge(old: "NOSUCH", into: "STWRTGA", note: nil, by: "x") }

            // when it is undone, both codes stand alone again
            try await merges.unmerge(old: "EDENDTX", by: "editor@example.org")
            #expect(try await merges.canonicalCode("EDENDTX") == "EDENDTX")
            #expect(try await RegistryQueries(database: db).operatorRecords(code: "EDNDCTX").isEmpty)
            await #expect(throws: FacilityMerges.MergeError.notMerged("EDENDTX")) { try await merges.unmerge(old: "EDENDTX", by: "x") }
        }
    }

    @Test("pairs at one name in one state whose periods of use never overlap are offered, not merged", arguments: TestEngine.available)
    func candidates(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await Self.given(db)
            let pairs = try await FacilityMerges(database: db).candidates()
            #expect(pairs.map { "\($0.earlier)>\($0.later)" } == ["EDENDTX>EDNDCTX"])
            #expect(pairs.first?.reason == .sameName && pairs.first?.earlierPeriod.upperBound.iso == "2010-02-23")
            #expect(try await FacilityMerges(database: db).all().isEmpty)
        }
    }
}
