import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

@Suite("Deaths in custody", .serialized)
struct DeathArchiveTests {
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!
    static let registry = "DETLOC,Name,Address,City,County,State,Zip,AOR,Date of Last Use,Date of First Use,Lat,Lng\n"
        + "ADLNTCA,ADELANTO ICE PROCESSING CENTER,10400 RANCHO RD,ADELANTO,SAN BERNARDINO,CA,92301,LOS,,,34.5,-117.4\n"
        + "STWRTGA,STEWART DETENTION CENTER,146 CCA RD,LUMPKIN,STEWART,GA,31815,ATL,,,32.05,-84.77\n"

    static let foia = """
        index,name,sex,dob,country,date_of_death,location_of_death,location_last_detention,ihsc,facility_type,cause,age
        1,"LOPEZ, Sergio Alonso",M,1/9/1962,MEXICO,4/13/2017,"Hospital, CA","Adelanto ICE Processing Center, CA",No,DIGSA,Pending,55
        2,"DOE, John",M,1/9/1962,MEXICO,3/1/2016,"Hospital, GA","Stewart Detention Center, GA",No,DIGSA,Heart,55
        3,"NOBODY, Known",M,1/9/1962,MEXICO,3/1/2015,"Hospital, TX","Nowhere Holding Room, TX",No,HOLD,Unknown,55
        """
    static let detailed = """
        Name,Sex,Age,Country,Date_of_Death,Cause_of_Death,Facility_Name,Facility_Location,Facility_Type,PDF_URL,Period
        LOPEZ SERGIO ALONSO,Male,55,MEXICO,2017-04-13,Hepatorenal Syndrome,Adelanto ICE Processing Center CA,"Adelanto ICE Processing Center, CA",DIGSA,https://x/lopez.pdf,FY2003-2017
        """
    static let dwn = """
        "Doe, John",2016,Stewart Detention Center,"146 CCA Rd, Lumpkin, GA 31815",CCA,Georgia
        """

    static func list(_ text: String, _ name: String) throws -> DeathList {
        try DeathListReader.read(data: Data(text.utf8), fileName: name, today: today)
    }

    @Test("deaths link to the registry, dedupe across lists, re-import is a no-op, unknown facilities are kept",
          arguments: TestEngine.available)
    func importAndDedupe(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given a registry and the FOIA list
            _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(data: Data(Self.registry.utf8), fileName: "r.csv"))
            let archive = DeathArchive(database: db)
            guard case .imported(let first) = try await archive.importList(try Self.list(Self.foia, "foia.csv")) else { Issue.record("not imported"); return }
            #expect(first.newDeaths == 3 && first.unlinked.count == 1 && first.unlinked[0].contains("Nowhere Holding Room"))
            // when the detailed list and DWN's list report the same people
            guard case .imported(let second) = try await archive.importList(try Self.list(Self.detailed, "detailed.csv")) else { Issue.record("not imported"); return }
            guard case .imported(let third) = try await archive.importList(try Self.list(Self.dwn, "dwn.csv")) else { Issue.record("not imported"); return }
            // then no death is added, but each gains a source
            #expect(second.newDeaths == 0 && second.alreadyKnown == 1)
            #expect(third.newDeaths == 0 && third.alreadyKnown == 1)
            let deaths = try await DeathQueries(database: db).all()
            #expect(deaths.count == 3)
            let lopez = try #require(deaths.first { $0.personName.hasPrefix("LOPEZ") })
            #expect(lopez.facilityCode == "ADLNTCA" && lopez.linkMethod == "exact")
            #expect(lopez.sources.map(\.fileName) == ["foia.csv", "detailed.csv"])
            #expect(lopez.cause == "Pending")
            let doe = try #require(deaths.first { $0.personName.hasPrefix("DOE") })
            #expect(doe.facilityCode == "STWRTGA" && doe.operatorName == "CCA" && doe.sources.count == 2)
            #expect(try await DeathQueries(database: db).reviewQueue().map(\.facilityName) == ["Nowhere Holding Room"])
            // when the same file is imported again, then nothing changes
            #expect(try await archive.importList(try Self.list(Self.foia, "again.csv")) == .alreadyArchived(asFileName: "foia.csv"))
            #expect(try await DeathQueries(database: db).all() == deaths)
            // when a newer edition adds a row, then only that death is new
            let newer = Self.foia + "\n4,\"NEW, Person\",M,1/9/1962,MEXICO,5/1/2018,\"H, GA\",\"Stewart Detention Center, GA\",No,DIGSA,Pending,40"
            guard case .imported(let fourth) = try await archive.importList(try Self.list(newer, "foia-2.csv")) else { Issue.record("not imported"); return }
            #expect(fourth.newDeaths == 1 && fourth.alreadyKnown == 3)
            #expect(try await DeathQueries(database: db).deaths(atFacility: "STWRTGA").count == 2)
            // and the export carries the documented columns
            let csv = try await Exporter(database: db).render(.deaths, as: .csv)
            #expect(csv.hasPrefix("name,date,year,facility_name,facility_code,link_method,link_confidence,suggested_code,state,cause,facility_type,operator,sources"))
        }
    }

    static let realListPaths = ["deaths/_extracted_foia_2003_2017.csv", "deaths/all_250_deaths_detailed.csv", "deaths/dwn-ice-deaths-2003-2016.csv"]

    @Test("the three real lists import and dedupe", SharedData.required(realListPaths[0], realListPaths[1], realListPaths[2]), arguments: TestEngine.available)
    func realLists(engine: TestEngine) async throws {
        let urls = try Self.realListPaths.map { try SharedData.require($0) }
        try await withTestDatabase(engine) { db in
            var newDeaths: [Int] = []
            for url in urls {
                guard case .imported(let r) = try await DeathArchive(database: db).importList(try DeathListReader.read(fileAt: url)) else {
                    Issue.record("\(url.lastPathComponent) not imported"); return
                }
                newDeaths.append(r.newDeaths)
            }
            let total = try await DeathQueries(database: db).all().count
            print("deaths: new per list \(newDeaths), total \(total)")
            // FOIA's 171 deaths are all in the 250 list's FY2003-2017 part; DWN overlaps both.
            #expect(newDeaths[1] < 90)  // 77 are FY2018-2025; a few transcriptions differ too much to merge
            #expect(newDeaths[2] < 15)
            // every new death counts, but for likely duplicates held for review (GUMAYAGAY PEDRO among them)
            let held = try await DeathQueries(database: db).likelyDuplicates()
            #expect(held.contains { $0.death.personName.uppercased().contains("GUMAYAGAY") })
            #expect(total + held.count == newDeaths.reduce(0, +))
        }
    }
}
