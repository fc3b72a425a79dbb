import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

/// The same person in two lists a few days apart: held for review, not counted twice.
@Suite("Likely duplicate deaths", .serialized)
struct DeathDuplicateReviewTests {
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!
    static let registry = "DETLOC,Name,Address,City,County,State,Zip,AOR,Date of Last Use,Date of First Use,Lat,Lng\n"
        + "VARICKNY,VARICK STREET SPC,201 VARICK ST,NEW YORK,NEW YORK,NY,10014,NYC,,,40.72,-74.0\n"
    static let first = """
        Name,Sex,Age,Country,Date_of_Death,Cause_of_Death,Facility_Name,Facility_Location,Facility_Type,PDF_URL,Period
        GUMAYAGAY PEDRO,Male,60,PHILIPPINES,2008-01-23,Heart,Varick Street SPC NY,"Varick Street SPC, NY",SPC,,FY2003-2017
        OTHER PERSON,Male,40,MEXICO,2008-01-25,Heart,Varick Street SPC NY,"Varick Street SPC, NY",SPC,,FY2003-2017
        """
    static let second = """
        index,name,sex,dob,country,date_of_death,location_of_death,location_last_detention,ihsc,facility_type,cause,age
        1,"GUMAYAGAY, Pedro",M,1/9/1947,PHILIPPINES,1/29/2008,"Hospital, NY","Varick Street SPC, NY",Yes,SPC,Heart,60
        2,"OTHER, Person",M,1/9/1967,MEXICO,3/29/2008,"Hospital, NY","Varick Street SPC, NY",Yes,SPC,Heart,40
        """

    static func given(_ db: VigilDatabase) async throws -> DeathArchive.DeathImportReport {
        _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(data: Data(Self.registry.utf8), fileName: "r.csv"))
        let archive = DeathArchive(database: db)
        _ = try await archive.importList(try DeathListReader.read(data: Data(Self.first.utf8), fileName: "detailed.csv", today: today))
        guard case .imported(let report) = try await archive.importList(
            try DeathListReader.read(data: Data(Self.second.utf8), fileName: "foia.csv", today: today)) else {
            Issue.record("second list not imported"); throw CancellationError()
        }
        return report
    }

    @Test("a report six days from the same person's waits for review and is not counted", arguments: TestEngine.available)
    func heldForReview(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given the same man on 23 January in one list and on the 29th in another
            let report = try await Self.given(db)
            // then the second report is a likely duplicate, reported, and not counted
            #expect(report.likelyDuplicates.count == 1 && report.likelyDuplicates[0].contains("GUMAYAGAY"))
            let queries = DeathQueries(database: db)
            #expect(try await queries.all().filter { $0.personName.uppercased().contains("GUMAYAGAY") }.count == 1)
            // (two months apart is not "a few days": OTHER PERSON's second report counts on its own)
            #expect(try await queries.all().filter { $0.personName.uppercased().contains("OTHER") }.count == 2)
            let pending = try await queries.likelyDuplicates()
            #expect(pending.count == 1)
            #expect(pending.first?.original.date?.iso == "2008-01-23" && pending.first?.death.date?.iso == "2008-01-29")
            #expect(try await queries.likelyDuplicates(atFacility: "VARICKNY").count == 1)
            #expect(try await queries.likelyDuplicates(atFacility: "STWRTGA").isEmpty)
            // and importing the list again changes nothing
            #expect(try await DeathArchive(database: db).importList(
                try DeathListReader.read(data: Data(Self.second.utf8), fileName: "again.csv", today: Self.today))
                == .alreadyArchived(asFileName: "foia.csv"))
        }
    }

    @Test("confirming merges the report into the first death; the decision is audited", arguments: TestEngine.available)
    func confirm(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            _ = try await Self.given(db)
            let queries = DeathQueries(database: db)
            let pending = try #require(try await queries.likelyDuplicates().first)
            // when a person says it is the same death
            try await DeathArchive(database: db).decideDuplicate(
                deathID: pending.death.id, sameDeath: true, by: "editor@example.org",
                audit: AuditEvent(actor: .commandLine, action: "death.duplicate_review", subject: String(pending.death.id)))
            // then one death, with both lists as its sources, and nothing waits
            let pedro = try await queries.all().filter { $0.personName.uppercased().contains("GUMAYAGAY") }
            #expect(pedro.count == 1)
            #expect(pedro.first?.sources.map(\.fileName).sorted() == ["detailed.csv", "foia.csv"])
            #expect(try await queries.likelyDuplicates().isEmpty)
            #expect(try await AuditLog(database: db).latest(limit: 5).contains { $0.action == "death.duplicate_review" })
            // and deciding again is refused, naming the death
            await #expect(throws: DeathArchive.DuplicateDecisionError.notAPendingDuplicate(pending.death.id)) {
                try await DeathArchive(database: db).decideDuplicate(deathID: pending.death.id, sameDeath: false, by: "x")
            }
        }
    }

    @Test("rejecting counts the report as a death of its own, and a re-run does not flag it again", arguments: TestEngine.available)
    func reject(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            _ = try await Self.given(db)
            let queries = DeathQueries(database: db)
            let pending = try #require(try await queries.likelyDuplicates().first)
            try await DeathArchive(database: db).decideDuplicate(deathID: pending.death.id, sameDeath: false, by: "editor@example.org")
            #expect(try await queries.all().filter { $0.personName.uppercased().contains("GUMAYAGAY") }.count == 2)
            // a later import runs the duplicate check again: a person's decision stands
            _ = try await DeathArchive(database: db).importList(try DeathListReader.read(
                data: Data((Self.first + "\nNEW PERSON,Male,30,PERU,2009-05-05,Heart,Varick Street SPC NY,\"Varick Street SPC, NY\",SPC,,FY2003-2017").utf8),
                fileName: "detailed-2.csv", today: Self.today))
            #expect(try await queries.likelyDuplicates().isEmpty)
        }
    }
}
