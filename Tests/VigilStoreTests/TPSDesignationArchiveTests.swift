import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

/// TPS designations stored as versions: archived by SHA-256, the same file again changing
/// nothing, the latest version read back exactly as the file reads.
@Suite("Screener: stored TPS designations")
struct TPSDesignationArchiveTests {
    static let header = "country,designation,kind,effective_from,effective_to,continuous_residence_since,continuous_physical_presence_since,federal_register_citation,federal_register_document,notes,certainty\n"
    static let first = header + """
        Haiti,2024,extension+redesignation,2024-08-04,2026-02-03,2024-06-03,2024-08-04,,2024-14247,"end moved to 2025-08-03 by partial vacatur (90 FR 10511, 2025-02-24)",
        Ukraine,2022,initial,2022-04-19,2023-10-19,2022-04-11,2022-04-19,,,,CR date to verify

        """
    static let second = first + "Lebanon,2024,initial,2024-11-27,2026-05-27,2024-10-16,2024-11-27,,2024-27788,announced 2024-10-17; published 2024-11-26,\n"

    static func list(_ text: String, _ name: String) throws -> TPSDesignationList {
        try TPSDesignationReader.read(data: Data(text.utf8), fileName: name)
    }

    @Test("each new file is the next version; the same file again changes nothing; the latest reads back as the file does",
          arguments: TestEngine.available)
    func versions(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let archive = TPSDesignationArchive(database: db)
            #expect(try await archive.latest() == nil)
            // given two editions of a designations file
            let first = try Self.list(Self.first, "tps-1.csv")
            let second = try Self.list(Self.second, "tps-2.csv")
            // when the first is imported, then the second, then the first again
            let a = try await archive.importList(first)
            let b = try await archive.importList(second)
            let dataVersion = try await db.dataVersion()
            let again = try await archive.importList(first)
            // then there are two versions, the repeat added nothing, not even a data version
            #expect(a.added && a.version.number == 1 && a.version.toVerifyCount == 1)
            #expect(b.added && b.version.number == 2 && b.version.designationCount == 3)
            #expect(!again.added && again.version.number == 1)
            #expect(try await db.dataVersion() == dataVersion)
            #expect(try await archive.versions().map(\.number) == [2, 1])
            // and the latest is the second file, its rows read exactly as the reader reads them
            let latest = try #require(try await archive.latest())
            #expect(latest.version.source == second.source)
            #expect(latest.list == second)
            #expect(latest.list.designations[0].inForce.upperBound == CalendarDate(iso: "2025-08-03"))
            #expect(latest.list.designations[2].announced == CalendarDate(iso: "2024-10-17"))
        }
    }

    @Test("the real designations file stores and reads back whole", SharedData.required(SharedTPSDesignations.relativePath),
          arguments: TestEngine.available)
    func realFile(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let list = try TPSDesignationReader.read(fileAt: SharedData.require(SharedTPSDesignations.relativePath))
            let report = try await TPSDesignationArchive(database: db).importList(list)
            #expect(report.version.designationCount == 27 && report.version.toVerifyCount == 2)
            #expect(try await TPSDesignationArchive(database: db).latest()?.list == list)
        }
    }
}
