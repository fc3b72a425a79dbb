import Foundation
import VigilCore
import VigilImport
import VigilStore
@testable import VigilWeb

/// The registry fixture with a record worth ranking: failed inspections at Alamance (one of
/// them repeated by both releases), a passed one at Stewart, two recent deaths at Stewart and
/// an old one at Alamance; segregation months at Caroline and Stewart.
enum ClosureFixture {
    typealias R = RegistryFixture
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!

    static func releases() -> [IceStatsRelease] {
        R.releases().enumerated().map { index, release in
            var release = release
            for i in release.facilities.indices {
                switch release.facilities[i].name {
                case "ALAMANCE CO. DET. FAC.":
                    release.facilities[i].inspections = [
                        ReportedInspection(position: .last, inspector: .odo, type: "Compliance", standard: "NDS 2019", rating: "Fail",
                                           date: CalendarDate(year: 2023, month: 11, day: 2)),
                    ] + (index == 1 ? [ReportedInspection(position: .secondToLast, inspector: .nakamoto, type: "Annual", standard: "NDS 2019",
                                                          rating: "Deficient", date: CalendarDate(year: 2024, month: 5, day: 9))] : [])
                case "STEWART DETENTION CENTER":
                    release.facilities[i].guaranteedMinimum = 600
                    release.facilities[i].inspections = [
                        ReportedInspection(position: .last, inspector: .nakamoto, type: "Annual", standard: "PBNDS 2011", rating: "Meets Standards",
                                           date: CalendarDate(year: 2023, month: 8, day: 1)),
                    ]
                default: break
                }
            }
            // the later release publishes two months of segregation: Caroline's name only as ICE prints it
            if index == 1 {
                release.segregationPlacements = [("2024-05", "CAROLINE DETENTION FACILITY", 12), ("2024-06", "CAROLINE DETENTION FACILITY", 9),
                                                 ("2024-06", "STEWART DETENTION CENTER", 3)].enumerated().map { row, item in
                    SegregationPlacementCount(month: CalendarMonth(iso: item.0)!, facilityName: item.1, facilityKey: nil, placementCount: item.2,
                                              location: SourceLocation(file: release.source.fileName, sheet: "Monthly Segregation", row: 7 + row))
                }
            }
            return release
        }
    }

    static let deaths = """
        Name,Sex,Age,Country,Date_of_Death,Cause_of_Death,Facility_Name,Facility_Location,Facility_Type,PDF_URL,Period
        "Jiminez-Joseph, Jean Carlos",Male,27,PANAMA,2017-05-15,Suicide,Stewart Detention Center,"Stewart Detention Center, GA",DIGSA,https://example.org/j.pdf,FY
        "Doe, Test Person",Male,40,MEXICO,2020-06-01,Cardiac arrest,Stewart Detention Center,"Stewart Detention Center, GA",DIGSA,https://example.org/d.pdf,FY
        "Roe, Older Case",Male,50,HONDURAS,2010-03-01,Pneumonia,Alamance County Detention Facility,"Alamance County Detention Facility, NC",IGSA,,FY

        """

    static func load(_ database: VigilDatabase) async throws {
        try await R.load(database)
        _ = try await DeathArchive(database: database).importList(
            try DeathListReader.read(data: Data(deaths.utf8), fileName: "deaths-test.csv", today: today))
    }
}
