import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

/// A death's facility: tied through another list's report of the same person, or by a person,
/// and the same person placed in two states by two lists held for review.
@Suite("Death facility links through lists and by hand", .serialized)
struct DeathLinkDecisionTests {
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!
    static let registry = "DETLOC,Name,Address,City,County,State,Zip,AOR,Date of Last Use,Date of First Use,Lat,Lng\n"
        + "VARICKNY,VARICK STREET SPC,201 VARICK ST,NEW YORK,NEW YORK,NY,10014,NYC,,,40.72,-74.0\n"
        + "BOPROC,ROCHESTER FEDERAL MEDICAL CENTER,2110 E CENTER ST,ROCHESTER,OLMSTED,MN,55904,SPM,,,44.0,-92.4\n"
    /// ICE's detailed list names the hospital, not the facility.
    static let detailed = """
        Name,Sex,Age,Country,Date_of_Death,Cause_of_Death,Facility_Name,Facility_Location,Facility_Type,PDF_URL,Period
        DOE JOHN,Male,40,MEXICO,2010-05-01,Heart,Bellevue Hospital Center,"New York, NY",SPC,,FY2003-2017
        ROE RICHARD,Male,50,CUBA,2011-06-02,Heart,Unlisted County Jail,"Albany, NY",IGSA,,FY2003-2017
        """
    /// The FOIA extract names the facility that held the same man on the same day.
    static let foia = """
        index,name,sex,dob,country,date_of_death,location_of_death,location_last_detention,ihsc,facility_type,cause,age
        1,"DOE, John",M,1/9/1970,MEXICO,5/1/2010,"Bellevue Hospital, NY","Varick Street SPC, NY",Yes,SPC,Heart,40
        2,"PEREZ-AYALA, Manuel",M,12/24/1949,CUBA,3/14/2004,"Hospital, Canon City, CO","Rochester Federal Medical Center, MN",No,BOP,Heart,54
        """
    /// DWN gives only the year, and places the same man in another state.
    static let dwn = """
        "Perez-Ayala, Manuel",2004,Florence,"5880 Highway 67 South, Florence, CO 81226",BOP,Colorado
        "Somebody, Else",2004,Florence,"5880 Highway 67 South, Florence, CO 81226",BOP,Colorado
        """

    static func given(_ db: VigilDatabase) async throws {
        _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(data: Data(Self.registry.utf8), fileName: "r.csv"))
        let archive = DeathArchive(database: db)
        for (text, name) in [(Self.detailed, "detailed.csv"), (Self.foia, "foia.csv")] {
            _ = try await archive.importList(try DeathListReader.read(data: Data(text.utf8), fileName: name, today: Self.today))
        }
    }

    static func death(_ name: String, _ db: VigilDatabase) async throws -> DeathRow {
        try #require(try await DeathQueries(database: db).all().first { $0.personName.uppercased().contains(name) })
    }

    @Test("a death whose own list names a hospital is tied through the other list's facility for the same person, and stays so",
          arguments: TestEngine.available)
    func sameDeath(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given John Doe at a hospital in one list and at Varick Street on the same day in the other
            try await Self.given(db)
            // then he is tied to Varick Street, saying through which list
            let doe = try await Self.death("DOE", db)
            #expect(doe.facilityCode == "VARICKNY" && doe.linkMethod == DeathArchive.sameDeathMethod)
            #expect(doe.linkEvidence == "same person in foia.csv: “Varick Street SPC”")
            #expect((doe.linkConfidence ?? 1) <= 0.9)
            // and a later import (which matches every death again) keeps the link
            _ = try await DeathArchive(database: db).importList(try DeathListReader.read(data: Data(Self.dwn.utf8), fileName: "dwn.csv", today: Self.today))
            #expect(try await Self.death("DOE", db).facilityCode == "VARICKNY")
            // while a death no list ties stays unlinked, for review
            #expect(try await Self.death("ROE", db).facilityCode == nil)
        }
    }

    @Test("a person links a death by hand, or unlinks a wrong link; later imports keep both; bad ids and codes are refused",
          arguments: TestEngine.available)
    func byHand(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await Self.given(db)
            let archive = DeathArchive(database: db)
            let roe = try await Self.death("ROE", db), doe = try await Self.death("DOE", db)
            // when a person links Roe to Varick Street and unlinks Doe
            try await archive.decideLink(deathID: roe.id, code: "varickny", by: "editor@example.org",
                                         audit: AuditEvent(actor: .commandLine, action: "death.link", subject: String(roe.id), details: ["code": "VARICKNY"]))
            try await archive.decideLink(deathID: doe.id, code: nil, by: "editor@example.org")
            // then both stand, through another import that matches every death again
            _ = try await archive.importList(try DeathListReader.read(data: Data(Self.dwn.utf8), fileName: "dwn.csv", today: Self.today))
            let roeAfter = try await Self.death("ROE", db), doeAfter = try await Self.death("DOE", db)
            #expect(roeAfter.facilityCode == "VARICKNY" && roeAfter.linkMethod == "manual")
            #expect(doeAfter.facilityCode == nil && doeAfter.linkMethod == "rejected" && doeAfter.suggestedCode == nil)
            #expect(try await DeathQueries(database: db).deaths(atFacility: "VARICKNY").map(\.id) == [roe.id])
            #expect(try await AuditLog(database: db).latest(limit: 5).contains { $0.action == "death.link" && $0.subject == String(roe.id) })
            // and an unknown code or death changes nothing
            await #expect(throws: DeathArchive.LinkDecisionError.unknownCode("NOSUCH")) {
                try await archive.decideLink(deathID: doe.id, code: "NOSUCH", by: "x")
            }
            await #expect(throws: DeathArchive.LinkDecisionError.noSuchDeath(9999)) {
                try await archive.decideLink(deathID: 9999, code: "VARICKNY", by: "x")
            }
            #expect(try await Self.death("DOE", db).linkMethod == "rejected")
        }
    }

    @Test("the same man in a year-only list placed in another state waits as a likely duplicate; another man does not",
          arguments: TestEngine.available)
    func yearOnlyOtherState(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await Self.given(db)
            // when DWN's list places Manuel Perez-Ayala in Colorado in 2004, where ICE's lists say Rochester, MN, on 14 March 2004
            guard case .imported(let report) = try await DeathArchive(database: db).importList(
                try DeathListReader.read(data: Data(Self.dwn.utf8), fileName: "dwn.csv", today: Self.today)) else {
                Issue.record("DWN's list not imported"); return
            }
            // then DWN's report waits for review beside ICE's, and he is counted once, at Rochester
            #expect(report.likelyDuplicates.count == 1 && report.likelyDuplicates[0].contains("Perez-Ayala"))
            let pending = try #require(try await DeathQueries(database: db).likelyDuplicates().first)
            #expect(pending.original.facilityCode == "BOPROC" && pending.death.state == "CO")
            let counted = try await DeathQueries(database: db).all()
            #expect(counted.filter { $0.personName.uppercased().contains("PEREZ") }.map(\.facilityCode) == ["BOPROC"])
            // while another man of that year and place counts on his own
            #expect(counted.contains { $0.personName.contains("Somebody") })
        }
    }
}
