import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

@Suite("Daily population roll-ups")
struct DailyRollupStoreTests {
    @Test("roll-ups of the synthetic stints add up to the daily national total, grouped through the registry",
          StaysFixtures.requiresSample, arguments: TestEngine.available)
    func rollups(engine: TestEngine) async throws {
        let sample = try SharedData.require(StaysFixtures.samplePath)
        try await withTestDatabase(engine) { db in
            // given the synthetic stints and a registry that knows Stewart only
            try await DailyPopulationArchive(database: db).archive(try StaysFileReader.read(fileAt: sample))
            let list = Data("""
                detloc|name|address|city|county|state|zip|circuit|aor|docket|type|type_detailed|authorizing_authority|capacity|guaranteed_minimum|date_of_last_use|date_of_first_use|over_72|dmcp_auth
                STWRTGA|STEWART DETENTION CENTER|146 CCA ROAD|LUMPKIN|STEWART|GA|31815|11|ATL|ATL|IGSA|DIGSA|DMCP|2000|1600|NA|NA|Over 72|TRUE

                """.utf8)
            try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(data: list, fileName: "registry.csv"))
            // when rolled up
            let table = try await Exporter(database: db).table(.dailyPopulationRollups)
            // then the columns are the documented ones
            #expect(table.columns == ["date", "area_kind", "area", "midnight_pop", "daily_pop_24h", "facilities"])
            // and, each day, every kind of area adds up to the national total of the daily-population export
            let daily = try await DailyPopulationQueries(database: db).latestStayDays()
            let nationalByDay = Dictionary(grouping: daily, by: \.date).mapValues { $0.map(\.midnight_pop).reduce(0, +) }
            #expect(!nationalByDay.isEmpty)
            for kind in DailyRollup.AreaKind.allCases {
                var sums: [String: Int] = [:]
                for row in table.rows where row[1] == .text(kind.rawValue) {
                    guard case .text(let date) = row[0], case .integer(let n) = row[3] else { continue }
                    sums[date, default: 0] += n
                }
                #expect(sums.filter { $0.value > 0 } == nationalByDay.filter { $0.value > 0 }, "\(kind)")
            }
            // and Stewart's days fall under its AOR, the others under "(not in registry)"
            let stewart = daily.filter { $0.facility_code == "STWRTGA" }.map(\.midnight_pop).reduce(0, +)
            let atl = table.rows.filter { $0[1] == .text("aor") && $0[2] == .text("ATL") }
                .compactMap { if case .integer(let n) = $0[3] { n } else { nil } }.reduce(0, +)
            #expect(atl == stewart && stewart > 0)
            #expect(table.rows.contains { $0[2] == .text(DailyRollup.notInRegistry) })
        }
    }
}
