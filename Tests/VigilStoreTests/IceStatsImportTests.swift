import Foundation
import Synchronization
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

/// The whole path a user takes: ICE's real workbooks, read and archived.
@Suite("Importing ICE's workbooks", .serialized)
struct IceStatsImportTests {
    @Test("all 30 shared workbooks import, and importing them again changes nothing",
          SharedData.required("ice-stats"), arguments: TestEngine.available)
    func importsSharedWorkbooks(engine: TestEngine) async throws {
        let folder = try SharedData.require("ice-stats")
        try await withTestDatabase(engine) { db in
            let batch = ReleaseImportBatch(database: db) { try IceStatsWorkbookReader.read(fileAt: $0) }
            let files = try ReleaseImportBatch.workbooks(in: [folder])
            #expect(files.count == 30)
            // when the folder is imported
            let first = await batch.run(files)
            // then every file is accepted, and each as-of date appears once
            #expect(first.filter(\.failed).map(\.summary) == [])
            let releases = try await ReleaseQueries(database: db).all()
            #expect(Set(releases.map(\.asOfDate)).count == releases.count)
            #expect(releases.count >= 29)
            let before = try await Exporter(database: db).render(.releases, as: .csv)
            let rowsBefore = try await FacilityQueries(database: db).allRows().count

            // when it is imported again
            let second = await batch.run(files)
            // then nothing changed
            #expect(second.allSatisfy { if case .alreadyArchived = $0.status { true } else { false } })
            #expect(try await Exporter(database: db).render(.releases, as: .csv) == before)
            #expect(try await FacilityQueries(database: db).allRows().count == rowsBefore)
        }
    }

    @Test("a bad file in a folder is reported, the rest import, and nothing of it is stored",
          SharedData.required("ice-stats/FY24_detentionStats.xlsx"))
    func badFileInFolder() async throws {
        let source = try SharedData.require("ice-stats/FY24_detentionStats.xlsx")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = try Data(contentsOf: source)
        try bytes.write(to: folder.appendingPathComponent("a-good.xlsx"))
        try bytes.prefix(bytes.count / 2).write(to: folder.appendingPathComponent("b-truncated.xlsx"))
        try Data("name,city\nX,Y\n".utf8).write(to: folder.appendingPathComponent("c-not-a-workbook.xlsx"))

        try await withTestDatabase { db in
            let batch = ReleaseImportBatch(database: db) { try IceStatsWorkbookReader.read(fileAt: $0) }
            let results = await batch.run(try ReleaseImportBatch.workbooks(in: [folder]))
            #expect(results.map(\.failed) == [false, true, true])
            #expect(results[1].summary.contains("b-truncated.xlsx"))
            #expect(results[2].summary.contains("c-not-a-workbook.xlsx"))
            #expect(try await ReleaseQueries(database: db).all().count == 1)
        }
    }

    @Test("workbooks read in parallel are stored in order, each read failure reported in its place")
    func parallelReadsKeepOrder() async throws {
        try await withTestDatabase { db in
            // given six files whose reads finish out of order, the fourth unreadable
            let files = (1...6).map { URL(fileURLWithPath: "/nowhere/file\($0).xlsx") }
            let batch = ReleaseImportBatch(database: db) { url in
                let n = Int(url.deletingPathExtension().lastPathComponent.dropFirst(4))!
                Thread.sleep(forTimeInterval: Double(6 - n) * 0.02)  // later files are read faster
                if n == 4 { throw ImportFailure(file: url.lastPathComponent, "not a workbook") }
                return Fixtures.release(asOf: "2025-0\(n)-10", fileName: url.lastPathComponent, sha: Character("\(n)"),
                                        facilities: [("CAMP \(n)", "TX", Double(100 * n))])
            }
            // when the batch runs
            let order = Mutex<[Int]>([])
            let results = await batch.run(files) { index, total, _ in
                #expect(total == 6)
                order.withLock { $0.append(index) }
            }
            // then results and progress follow the files' order, and only the fourth failed
            #expect(results.map(\.file) == files)
            #expect(order.withLock { $0 } == [1, 2, 3, 4, 5, 6])
            #expect(results.map(\.failed) == [false, false, false, true, false, false])
            #expect(results[3].summary.contains("not a workbook"))
            let stored = try await ReleaseQueries(database: db).all().map(\.asOfDate.iso)
            #expect(stored == ["2025-01-10", "2025-02-10", "2025-03-10", "2025-05-10", "2025-06-10"])
        }
    }
}
