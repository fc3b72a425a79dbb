import ArgumentParser
import Foundation
import Testing
import VigilCore
import VigilStore
@testable import vigil

/// `vigil import incidents`: parsing, a real import into a SQLite file, and a refused file
/// leaving the database as it was.
@Suite("Command line: import incidents", .serialized)
struct ImportIncidentsCommandTests {
    static let header = "facility,occurred_on,category,status,visibility,description,source_title,source_url,documented_by"

    /// A fresh folder with a SQLite database holding one workbook facility (`plain-county-jail-tx`).
    static func workspace() async throws -> (folder: URL, databaseURL: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-incidents-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("vigil.sqlite").path
        let database = try await VigilDatabase.open(.sqliteFile(path: path))
        var facility = FacilityObservation(sourceRow: 8, name: "Plain County Jail")
        facility.state = "TX"
        facility.levelA = 40
        let date = CalendarDate(year: 2024, month: 7, day: 8)!
        _ = try await ReleaseArchive(database: database).archive(IceStatsRelease(
            source: SourceFile(fileName: "FY24.xlsx", sha256: String(repeating: "d", count: 64), byteCount: 10), sheetName: "Facilities",
            fiscalYear: FiscalYear(2024), asOfDate: date, printedAsOfDate: date, fileNameDate: nil, headerRow: 7, layout: .fy24Pending,
            columns: [], facilities: [facility], anomalies: []))
        try await database.shutdown()
        return (folder, "sqlite://" + path)
    }

    static func rows(_ databaseURL: String) async throws -> [IncidentRow] {
        let database = try await VigilDatabase.open(try DatabaseLocation(url: databaseURL))
        let rows = try await IncidentQueries(database: database).all(includeInternal: true)
        try await database.shutdown()
        return rows
    }

    static func run(_ arguments: [String]) async throws {
        let command = try #require(try Vigil.parseAsRoot(arguments) as? ImportIncidentsCommand)
        try await command.run()
    }

    @Test("it parses a file and --recorded-by, and refuses an implausible email")
    func parses() throws {
        let command = try #require(try Vigil.parseAsRoot(["import", "incidents", "f.csv", "--recorded-by", "Ana@Example.org"]) as? ImportIncidentsCommand)
        #expect(command.file == "f.csv" && command.recordedBy == "Ana@Example.org")
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["import", "incidents"]) }
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["import", "incidents", "f.csv", "--recorded-by", "not an email"]) }
        #expect(Vigil.helpMessage(for: ImportIncidentsCommand.self, columns: 10_000).contains("visibility means internal"))
    }

    @Test("it imports a file once: recorded by the given email, and the same file again changes nothing")
    func imports() async throws {
        let (folder, databaseURL) = try await Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("incidents.csv")
        try (Self.header + "\nplain-county-jail-tx,2024-02-01,unsanitary-conditions,alleged,,\"Mould in cells,\nfor months\",Letter,,A. Advocate\n")
            .write(to: file, atomically: true, encoding: .utf8)
        // when imported twice
        for _ in 0..<2 {
            try await Self.run(["import", "incidents", file.path, "--recorded-by", "Ana@Example.org", "--database-url", databaseURL])
        }
        // then it is stored once, internal by default, recorded by the normalised email
        let rows = try await Self.rows(databaseURL)
        #expect(rows.count == 1)
        #expect(rows.first?.visibility == .internal && rows.first?.recordedBy == "ana@example.org" && rows.first?.importRow == 2)
        #expect(rows.first?.description == "Mould in cells,\nfor months")
    }

    @Test("a refused file exits 1 and stores nothing", arguments: [
        // an unknown facility (the store's refusal), and a bad category (the reader's)
        "plain-county-jail-tx,2024-02-01,death,alleged,public,x,y,,z\nNOWHERE,2024-02-01,death,alleged,public,x,y,,z\n",
        "plain-county-jail-tx,2024-02-01,death,alleged,public,x,y,,z\nplain-county-jail-tx,2024-02-01,murder,alleged,public,x,y,,z\n",
    ])
    func refused(rows: String) async throws {
        let (folder, databaseURL) = try await Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.csv")
        try (Self.header + "\n" + rows).write(to: file, atomically: true, encoding: .utf8)
        await #expect(throws: ExitCode(1)) {
            try await Self.run(["import", "incidents", file.path, "--database-url", databaseURL])
        }
        #expect(try await Self.rows(databaseURL).isEmpty)
    }

    @Test("export incidents parses")
    func export() throws {
        let command = try #require(try Vigil.parseAsRoot(["export", "incidents", "--format", "json"]) as? ExportCommand)
        #expect(command.table == .incidents && command.format == .json)
    }
}
