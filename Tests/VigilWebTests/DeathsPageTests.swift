import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Deaths page")
struct DeathsPageTests {
    @Test("the page shows the chart, a known death with its source, and the method; downloads and API follow")
    func page() async throws {
        try await withApp { client, db in
            // given a registry and a death at Stewart
            let registry = "DETLOC,Name,City,State\nSTWRTGA,STEWART DETENTION CENTER,LUMPKIN,GA\n"
            _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(data: Data(registry.utf8), fileName: "r.csv"))
            let list = """
                Name,Sex,Age,Country,Date_of_Death,Cause_of_Death,Facility_Name,Facility_Location,Facility_Type,PDF_URL,Period
                "Jiminez-Joseph, Jean Carlos",Male,27,PANAMA,2017-05-15,Suicide,Stewart Detention Center,"Stewart Detention Center, GA",DIGSA,https://x/j.pdf,FY
                """
            _ = try await DeathArchive(database: db).importList(try DeathListReader.read(data: Data(list.utf8), fileName: "d.csv",
                                                                                       today: CalendarDate(year: 2026, month: 1, day: 1)!))
            // when
            let page = try await client.get("/deaths")
            // then
            #expect(page.status == .ok)
            #expect(page.body.contains("id=\"deaths-per-year\""))
            #expect(page.body.contains("Jiminez-Joseph, Jean Carlos"))
            #expect(page.body.contains("href=\"/facilities/STWRTGA\""))
            #expect(page.body.contains("deaths ÷ (ADP × days in year) × 100,000"))
            let facility = try await client.get("/facilities/STWRTGA")
            #expect(facility.body.contains("Deaths in ICE custody here") && facility.body.contains("Jiminez-Joseph, Jean Carlos"))
            let csv = try await client.get("/deaths.csv")
            #expect(csv.body.hasPrefix("name,date,year,facility_name,facility_code"))
            #expect((try await client.get("/deaths/rates.json")).status == .ok)
            #expect((try await client.get("/facilities/STWRTGA/deaths.csv")).body.contains("Jiminez-Joseph"))
            let api = try await client.get("/api/v1/deaths")
            #expect(api.body.contains("\"facility_code\" : \"STWRTGA\""))
        }
    }
}
