import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport

@Suite("Exports")
struct ExportTests {
    @Test("releases export has the documented columns and one row per release", arguments: TestEngine.available)
    func releasesExport(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await ReleaseArchive(database: db).archive(Fixtures.release())
            let table = try await Exporter(database: db).table(.releases)
            #expect(Array(table.columns.prefix(5)) == ["sha256", "file_name", "as_of_date", "fiscal_year", "facility_count"])
            #expect(table.columns.contains("anomalies"))
            #expect(table.rows.count == 1)
            let row = Dictionary(uniqueKeysWithValues: zip(table.columns, table.rows[0]))
            #expect(row["sha256"] == .text(String(repeating: "a", count: 64)))
            #expect(row["as_of_date"] == .text("2024-07-08"))
            #expect(row["anomalies"] == .text("irregular_sheet_name"))
        }
    }

    @Test("facility-releases export carries every parsed column", arguments: TestEngine.available)
    func facilityReleasesExport(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            try await ReleaseArchive(database: db).archive(Fixtures.release())
            let json = try await Exporter(database: db).render(.facilityReleases, as: .json)
            let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
            #expect(rows.count == 2)
            let stewart = try #require(rows.first { $0["name"] as? String == "STEWART DETENTION CENTER" })
            #expect(stewart["release_sha256"] as? String == String(repeating: "a", count: 64))
            #expect(stewart["level_a"] as? Double == 900)
            #expect(stewart["guaranteed_minimum"] as? Double == 1000)
            #expect(stewart["odo_last_inspection_rating"] as? String == "Meets Standards")
            #expect(stewart["odo_last_inspection_date"] as? String == "2024-03-01")
            #expect(stewart["last_inspection_type"] is NSNull)
            for column in ["release_sha256", "as_of_date", "name", "city", "state", "aor", "type_detailed",
                           "level_a", "level_b", "level_c", "level_d", "alos", "guaranteed_minimum"] {
                #expect(stewart.keys.contains(column), "missing \(column)")
            }
        }
    }
}
