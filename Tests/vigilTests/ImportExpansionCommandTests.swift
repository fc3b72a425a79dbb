import ArgumentParser
import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import vigil

/// `vigil import contracts|commission-activity|287g|funded-beds` and `vigil import dossiers`:
/// a real import into a SQLite file, the same file again changing nothing, and a refused file
/// leaving the database as it was.
@Suite("Command line: import expansion lists", .serialized)
struct ImportExpansionCommandTests {
    static func workspace() throws -> (folder: URL, databaseURL: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-expansion-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, "sqlite://" + folder.appendingPathComponent("vigil.sqlite").path)
    }

    static func run(_ arguments: [String]) async throws {
        let command = try #require(try Vigil.parseAsRoot(arguments) as? any AsyncParsableCommand)
        var mutable = command
        try await mutable.run()
    }

    static func count(_ table: String, _ databaseURL: String) async throws -> Int {
        let database = try await VigilDatabase.open(try DatabaseLocation(url: databaseURL))
        let n = try await database.rowCount(table)
        try await database.shutdown()
        return n
    }

    @Test("each list imports once; the same file again changes nothing", arguments: [
        ("contracts", "awards.csv", ExpansionFixture.awards, "contract_awards", 4),
        ("commission-activity", "agenda.csv", ExpansionFixture.agenda, "commission_items", 1),
        ("287g", "287g.csv", ExpansionFixture.agreements, "agreements_287g", 1),
        ("funded-beds", "beds.csv", ExpansionFixture.beds, "funded_beds", 2),
    ])
    func imports(_ command: String, _ name: String, _ text: String, _ table: String, _ rows: Int) async throws {
        let (folder, databaseURL) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        for _ in 0..<2 { try await Self.run(["import", command, file.path, "--database-url", databaseURL]) }
        #expect(try await Self.count(table, databaseURL) == rows)
        #expect(try await Self.count("expansion_sources", databaseURL) == 1)
    }

    @Test("a bad row exits 1 and stores nothing")
    func refused() async throws {
        let (folder, databaseURL) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("awards.csv")
        try (ExpansionFixture.awards + "X9,SOMEONE,12,STUFF,2025-01-01,,TX,,,perhaps\n").write(to: file, atomically: true, encoding: .utf8)
        await #expect(throws: ExitCode(1)) { try await Self.run(["import", "contracts", file.path, "--database-url", databaseURL]) }
        try await Self.run(["migrate", "--database-url", databaseURL])
        #expect(try await Self.count("contract_awards", databaseURL) == 0)
    }

    @Test("a folder of dossiers imports each file once", SharedData.required("expansion/contract-dossiers"))
    func dossiers() async throws {
        let (folder, databaseURL) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossiers = try SharedData.require("expansion/contract-dossiers").path
        for _ in 0..<2 { try await Self.run(["import", "dossiers", dossiers, "--database-url", databaseURL]) }
        #expect(try await Self.count("contract_dossiers", databaseURL) == 16)
        #expect(try await Self.count("expansion_sources", databaseURL) == 16)
    }
}
