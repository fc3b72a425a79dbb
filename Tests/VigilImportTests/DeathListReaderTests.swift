import Foundation
import Testing
import VigilCore
import VigilTestSupport
@testable import VigilImport

@Suite("Death lists")
struct DeathListReaderTests {
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!

    static func read(_ text: String, name: String = "deaths.csv") throws -> DeathList {
        try DeathListReader.read(data: Data(text.utf8), fileName: name, today: today)
    }

    @Test("each real list parses in its format", SharedData.required("deaths"),
          arguments: [("all_250_deaths_detailed.csv", DeathListFormat.iceDetailed, 249),
                      ("_extracted_foia_2003_2017.csv", .iceFOIA, 171),
                      ("dwn-ice-deaths-2003-2016.csv", .detentionWatch, 166)])
    func realLists(file: String, format: DeathListFormat, rows: Int) throws {
        let url = try SharedData.require("deaths/\(file)")
        // when
        let list = try DeathListReader.read(fileAt: url, today: Self.today)
        // then
        #expect(list.format == format)
        #expect(list.rowCount == rows)
        #expect(list.deaths.count >= rows - 10)
        #expect(list.deaths.allSatisfy { !$0.personName.isEmpty && !$0.facilityName.isEmpty })
        #expect(list.deaths.filter { $0.facilityState == nil }.count < 5)
        if format != .detentionWatch { #expect(list.deaths.allSatisfy { $0.date != nil }) }
    }

    @Test("the FOIA extract's PDF spacing is tidied and its facility split from the state")
    func foiaFields() throws {
        // given
        let text = """
            index,name,sex,dob,country,date_of_death,location_of_death,location_last_detention,ihsc,facility_type,cause,age
            4,"LOPEZ, Sergio  Alonso",M,1/9/1962,MEXICO,4/13/2017,"Victor Valley, CA","Adelanto  Correctional  Facility, CA",No,USMS\u{00A0}IGA,"Hepatorenal  Syndrome",55
            """
        // when
        let d = try #require(try Self.read(text).deaths.first)
        // then
        #expect(d.personName == "LOPEZ, Sergio Alonso")
        #expect(d.date == CalendarDate(year: 2017, month: 4, day: 13))
        #expect(d.facilityName == "Adelanto Correctional Facility" && d.facilityState == "CA")
        #expect(d.facilityType == "USMS IGA" && d.cause == "Hepatorenal Syndrome")
    }

    @Test("a future date is refused by row; a duplicate person is merged; the rest is kept")
    func badRows() throws {
        // given
        let text = """
            Name,Sex,Age,Country,Date_of_Death,Cause_of_Death,Facility_Name,Facility_Location,Facility_Type,PDF_URL,Period
            "Doe, Jane",Female,40,X,2030-05-01,Unknown,Eloy Detention Center (EDC),"Eloy, AZ",Contract,https://x/a.pdf,FY
            "Roe, Richard",Male,50,X,2020-05-01,Heart,Eloy Detention Center (EDC),"Eloy, AZ",Not stated,https://x/b.pdf,FY
            ROE RICHARD,Male,50,X,2020-05-01,,Eloy Detention Center EDC AZ,"Eloy, AZ",CDF,,FY
            """
        // when
        let list = try Self.read(text)
        // then
        #expect(list.deaths.count == 1)
        #expect(list.deaths[0].facilityName == "Eloy Detention Center" && list.deaths[0].facilityCity == "Eloy")
        #expect(list.deaths[0].facilityType == "CDF")
        #expect(list.notes.contains { $0.hasPrefix("row 2:") && $0.contains("2030-05-01") })
        #expect(list.notes.contains { $0.hasPrefix("row 4 repeats row 3") })
    }

    @Test("DWN's headerless list gives a year, city, zip and operator; a future year is refused")
    func detentionWatch() throws {
        // given
        let text = """
            "Dominguez-Valdivia, Fernando",2012,Adelanto Correctional Facility,"9438 Commerce Way, Adelanto, CA 92301",GEO,California
            "Future, Person",2031,Adelanto Correctional Facility,"9438 Commerce Way, Adelanto, CA 92301",GEO,California
            """
        // when
        let list = try Self.read(text)
        // then
        #expect(list.format == .detentionWatch)
        let d = try #require(list.deaths.first)
        #expect(d.date == nil && d.year == 2012 && d.facilityState == "CA" && d.facilityCity == "Adelanto" && d.facilityZip == "92301")
        #expect(d.operatorName == "GEO")
        #expect(list.deaths.count == 1 && list.notes.contains { $0.hasPrefix("row 2:") })
    }

    @Test("a file that is no death list is refused, naming the file")
    func unknownFormat() {
        #expect(throws: ImportFailure.self) { try Self.read("a,b,c\n1,2,3\n", name: "other.csv") }
    }

    @Test("names compare across lists' spellings", arguments: [
        ("VERDECIA-CARRILLO HERIBERTO", "Verdecia-Carrillo, Heriberto", true),
        ("CACERES‐ Maradiaga, Vicente", "CACERES-MARADIAGA VICENTE", true),
        ("Alvarez Arias, Jose de la Concepcion", "ALVAREZ ARIAS JOSE", true),
        ("Lopez, Sergio", "Lopez, Maria", false),
    ])
    func personNames(a: String, b: String, same: Bool) {
        #expect(PersonName.isSamePerson(a, b) == same)
    }
}
