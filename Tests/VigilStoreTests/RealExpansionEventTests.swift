import Foundation
import Testing
import VigilCore
import VigilImport
@testable import VigilStore
import VigilTestSupport

/// Expansion events on ICE's 30 shared workbooks, read in place: the facilities the issue names,
/// checked against the workbooks' own cells (read with openpyxl, an independent reader, and
/// written here with their cells). Skipped, saying why, when the data is absent.
@Suite("Expansion events on the real workbooks", .serialized)
struct RealExpansionEventTests {
    /// Average daily population as ICE totals it: Level A + B + C + D of the facility's row.
    static func adp(_ levels: [Double]) -> Double { levels.reduce(0, +) }

    // Facilities FY26 sheet of FY26_detentionStats01082026.xlsx, Level A–D cells
    static let campEastMontana = adp([1860.104651, 439.837209, 405.348837, 197.034884])   // ERO EL PASO CAMP EAST MONTANA, TX
    static let floridaSoftSided = adp([611.418605, 268.046512, 175.162791, 255.05814])    // FLORIDA SOFT-SIDED FACILITY, FL
    static let delaneyJanuary2026 = adp([775.546512, 114.802326, 2.232558, 0.127907])     // DELANEY HALL DETENTION FACILITY, NJ
    // Facilities FY25 sheet of FY25_detentionStats08012025.xlsx
    static let delaneyAugust2025 = adp([89.1058020477816, 24.6109215017065, 16.9078498293515, 8.27303754266212])

    @Test("Camp East Montana and the Florida soft-sided facility are new with their first release; Delaney Hall reopened, then surged",
          SharedData.required("ice-stats"))
    func namedFacilities() async throws {
        let folder = try SharedData.require("ice-stats")
        try await withTestDatabase { db in
            let results = await ReleaseImportBatch(database: db) { try IceStatsWorkbookReader.read(fileAt: $0) }
                .run(try ReleaseImportBatch.workbooks(in: [folder]))
            #expect(results.filter(\.failed).isEmpty)
            let events = try await ExpansionEventQueries(database: db).all()
            func event(_ kind: ExpansionEventKind, _ key: String) -> StoredExpansionEvent? {
                events.first { $0.event.kind == kind && $0.event.facilityKey.rawValue == key }
            }
            func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-6 } ?? false }

            // Camp East Montana: new in the first release that lists it, FY26_detentionStats01082026, after FY25_detentionStats08012025
            let camp = try #require(event(.new, "ero-el-paso-camp-east-montana-tx"))
            #expect(camp.file == "FY26_detentionStats01082026.xlsx" && camp.previousFile == "FY25_detentionStats08012025.xlsx")
            #expect(camp.event.previousADP == nil && close(camp.event.adp, Self.campEastMontana) && close(camp.event.change, Self.campEastMontana))
            #expect(events.filter { $0.event.facilityKey == camp.event.facilityKey && [.new, .reopened].contains($0.event.kind) }.count == 1)

            // the Florida soft-sided facility: new in the same release
            let florida = try #require(event(.new, "florida-soft-sided-facility-fl"))
            #expect(florida.file == "FY26_detentionStats01082026.xlsx" && florida.event.state == "FL")
            #expect(close(florida.event.adp, Self.floridaSoftSided))

            // Delaney Hall: listed empty in the FY2021 full list, absent since, holding people again as of FY25_detentionStats08012025
            let delaney = try #require(event(.reopened, "delaney-hall-detention-facility-nj"))
            #expect(delaney.file == "FY25_detentionStats08012025.xlsx" && delaney.previousFile == "FY25_detentionStats05092025.xlsx")
            #expect(close(delaney.event.adp, Self.delaneyAugust2025))
            #expect(event(.new, "delaney-hall-detention-facility-nj") == nil)
            // and then a surge: 139 to 893 people, checked against both workbooks' cells
            let surge = try #require(events.first { $0.event.kind == .surge && $0.event.facilityKey.rawValue == "delaney-hall-detention-facility-nj" })
            #expect(surge.previousFile == "FY25_detentionStats08012025.xlsx" && surge.file == "FY26_detentionStats01082026.xlsx")
            #expect(close(surge.event.previousADP, Self.delaneyAugust2025) && close(surge.event.adp, Self.delaneyJanuary2026))
            #expect(close(surge.event.change, Self.delaneyJanuary2026 - Self.delaneyAugust2025))

            // and every surge meets both thresholds, every event names two consecutive releases in date order
            let releases = try await ReleaseQueries(database: db).all().map(\.asOfDate).sorted()
            for stored in events {
                let e = stored.event
                #expect(e.previousAsOf < e.asOf)
                let i = try #require(releases.firstIndex(of: e.asOf))
                #expect(i > 0 && releases[i - 1] == e.previousAsOf, "\(e.eventKey)")
                if e.kind == .surge {
                    let before = try #require(e.previousADP), after = try #require(e.adp)
                    #expect(after - before >= 50 && after - before >= 0.25 * before, "\(e.eventKey)")
                }
            }
            // and, the folder's file order not being date order, the events kept up release by release
            // are exactly those one detection over all the stored releases finds
            let full = try await db.transaction { session in
                ExpansionEventDetector.events(in: try await ExpansionEventDetection.releases(on: session))
            }
            #expect(Set(events.map(\.event)) == Set(full) && events.count == full.count)
            // and the export has one row per event under the issue's columns
            let csv = try await Exporter(database: db).render(.expansionEvents, as: .csv)
            #expect(csv.hasPrefix("event,facility_code,facility_key,name,state,previous_as_of,as_of,previous_adp,adp,change\r\n"))
            #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == events.count + 1)
            let counts = Dictionary(grouping: events, by: \.event.kind).mapValues(\.count)
            print("Expansion events on the shared workbooks: \(counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))")
        }
    }
}
