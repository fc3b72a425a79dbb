import Foundation
import SQLKit
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

@Suite("Daily population store")
struct DailyPopulationStoreTests {
    @Test("the synthetic stints are stored and exported as exactly the expected non-zero days", StaysFixtures.requiresSampleAndExpected,
          arguments: TestEngine.available)
    func staysRoundTrip(engine: TestEngine) async throws {
        let sample = try SharedData.require(StaysFixtures.samplePath), expected = try StaysFixtures.expected()
        try await withTestDatabase(engine) { db in
            // given the sample read
            let stays = try StaysFileReader.read(fileAt: sample)
            // when archived twice
            let first = try await DailyPopulationArchive(database: db).archive(stays)
            let again = try await DailyPopulationArchive(database: db).archive(stays)
            // then the second time changes nothing
            guard case .archived(let id, _) = first else { Issue.record("not archived: \(first)"); return }
            #expect(again == .alreadyArchived(importID: id, asFileName: "stays_SYNTHETIC_ddp_raw_schema.csv"))
            #expect(try await db.rowCount("stay_imports") == 1)
            // and the export has the documented header and the oracle's non-zero days in the window
            let csv = try await Exporter(database: db).render(.dailyPopulation, as: .csv)
            let lines = csv.split(separator: "\r\n").map(String.init)
            #expect(lines.first == "facility_code,date,midnight_pop,daily_pop_24h")
            let exported = Dictionary(uniqueKeysWithValues: lines.dropFirst().map { line -> (String, (Int, Int)) in
                let f = line.split(separator: ",")
                return ("\(f[0]) \(f[1])", (Int(f[2])!, Int(f[3])!))
            })
            for (key, value) in expected {
                let got = exported[key] ?? (0, 0)
                #expect(got.0 == value.midnight && got.1 == value.allDay, "\(key)")
            }
            let queries = DailyPopulationQueries(database: db)
            let summary = try #require(try await queries.stayImports().first)
            #expect(summary.rows_read == 60)
            #expect(summary.duplicate_rows == 1)
            #expect(summary.stints_counted == 59)
            #expect(try await db.rowCount("stay_release_reasons") > 0)
        }
    }

    @Test("the export names exactly the four documented columns even when empty", arguments: TestEngine.available)
    func exportHeader(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let table = try await Exporter(database: db).table(.dailyPopulation)
            #expect(table.columns == ["facility_code", "date", "midnight_pop", "daily_pop_24h"])
            #expect(table.rows.isEmpty)
        }
    }

    @Test("UWCHR and DDP files are stored as separate labelled series",
          SharedData.required("samples/uwchr_headcount_sample.psv", "samples/ddp_daily_population_sample.csv"), arguments: TestEngine.available)
    func derivedSeries(engine: TestEngine) async throws {
        let uwchr = try SharedData.require("samples/uwchr_headcount_sample.psv")
        let ddp = try SharedData.require("samples/ddp_daily_population_sample.csv")
        try await withTestDatabase(engine) { db in
            let archive = DailyPopulationArchive(database: db)
            let u = try await archive.archive(try DailyPopulationFileReader.read(fileAt: uwchr))
            let d = try await archive.archive(try DailyPopulationFileReader.read(fileAt: ddp))
            guard case .archived(let uid, 183) = u, case .archived(let did, 366) = d else {
                Issue.record("unexpected outcomes \(u) \(d)"); return
            }
            let queries = DailyPopulationQueries(database: db)
            let imports = try await queries.fileImports()
            #expect(imports.map(\.source) == ["uwchr-headcount", "ddp-daily-population"])
            let from = CalendarDate(iso: "2023-09-01")!, through = CalendarDate(iso: "2023-10-31")!
            #expect(try await queries.mean(fileImportID: uid, facility: "STWRTGA", definition: .midnight, from: from, through: through).rounded() == 1433)
            #expect(try await queries.mean(fileImportID: did, facility: "STWRTGA", definition: .midnight, from: from, through: through).rounded() == 1431)
            #expect(try await queries.mean(fileImportID: uid, facility: "STWRTGA", definition: .allDay, from: from, through: through) == 0)
            let table = try await Exporter(database: db).table(.dailyPopulationSources)
            #expect(table.columns == DailyPopulationSourcesTable.columns)
            let labels = Set(table.rows.map { "\($0[0].plainText) \($0[1].plainText)" })
            #expect(labels == ["uwchr-headcount midnight", "ddp-daily-population midnight", "ddp-daily-population 24h"])
        }
    }

    @Test("a refused file stores nothing", arguments: TestEngine.available)
    func refusedFileStoresNothing(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given files that are refused: wrong columns, a truncated gzip, a workbook without the header
            let folder = try StaysFixtures.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let wrong = try StaysFixtures.write("a,b,c\n1,2,3\n", named: "wrong.csv", in: folder)
            let gz = try StaysFixtures.write(StayGenerator.headerLine + "\n" + String(repeating: "x,", count: 52) + "y\n",
                                             named: "whole.csv.gz", in: folder)
            let cut = folder.appendingPathComponent("cut.csv.gz")
            let bytes = try Data(contentsOf: gz)
            try bytes.prefix(bytes.count / 2).write(to: cut)
            var workbook = WorkbookBuilder()
            workbook.addSheet(named: "Sheet1", rows: [["Name"], ["STEWART"]])
            let xlsx = folder.appendingPathComponent("noheader.xlsx")
            try workbook.data().write(to: xlsx)
            // when each is imported as `vigil import stays` does: read, then archive
            for url in [wrong, cut, xlsx] {
                do {
                    let stays = try StaysFileReader.read(fileAt: url)
                    try await DailyPopulationArchive(database: db).archive(stays)
                    Issue.record("\(url.lastPathComponent) was not refused")
                } catch let failure as ImportFailure {
                    #expect(failure.location.file == url.lastPathComponent)
                }
            }
            // then nothing is stored
            for table in ["stay_imports", "stay_daily_populations", "stay_length_of_stay", "stay_release_reasons",
                          "population_file_imports", "population_file_days"] {
                #expect(try await db.rowCount(table) == 0, "\(table)")
            }
        }
    }
}
