import ArgumentParser
import Foundation
import Testing
import VigilCore
import VigilStore
@testable import vigil

/// `vigil org add|list|add-member`, `vigil import cases` and `vigil generate data-key`, against a
/// real SQLite file; and `serve` refusing a database with cases but no key.
@Suite("Command line: casework", .serialized)
struct CaseworkCommandTests {
    static func run<C: AsyncParsableCommand>(_ arguments: [String], as type: C.Type) async throws {
        var command = try #require(try Vigil.parseAsRoot(arguments) as? C)
        try await command.run()
    }

    @Test("an organization is added, a member joins it, and a case file is imported once with the key from the environment")
    func roundTrip() async throws {
        let (folder, databaseURL) = try await ImportIncidentsCommandTests.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = DataKey.random()
        setenv(DataKey.environmentVariable, key.base64, 1)
        defer { unsetenv(DataKey.environmentVariable) }
        // given an account, an organization and a member
        let database = try await VigilDatabase.open(try DatabaseLocation(url: databaseURL))
        try await UserAccounts(database: database).add(email: "ana@example.org", role: .viewer, password: "a long enough password", by: .commandLine)
        try await database.shutdown()
        try await Self.run(["org", "add", "river-legal", "--name", "River Legal Aid", "--database-url", databaseURL], as: OrgAddCommand.self)
        try await Self.run(["org", "add-member", "river-legal", "ana@example.org", "--role", "attorney", "--database-url", databaseURL],
                           as: OrgAddMemberCommand.self)
        await #expect(throws: CommandFailure.self) {
            try await Self.run(["org", "add", "river-legal", "--name", "Again", "--database-url", databaseURL], as: OrgAddCommand.self)
        }
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["org", "add-member", "river-legal", "ana@example.org", "--role", "boss"]) }
        // when a case file is imported twice, and a bad one once
        let file = folder.appendingPathComponent("cases.csv")
        try "name,a_number,birth_date,citizenship,facility,detained_on\nAna Prueba,A123-456-789,1990-01-02,Honduras,plain-county-jail-tx,2025-03-04\n"
            .write(to: file, atomically: true, encoding: .utf8)
        try await Self.run(["import", "cases", file.path, "--org", "river-legal", "--database-url", databaseURL], as: ImportCasesCommand.self)
        try await Self.run(["import", "cases", file.path, "--org", "river-legal", "--database-url", databaseURL], as: ImportCasesCommand.self)
        let bad = folder.appendingPathComponent("bad.csv")
        try "name,a_number,birth_date,citizenship,facility,detained_on\nBeto,A1,1990-01-02,Honduras,plain-county-jail-tx,2025-03-04\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        await #expect(throws: ExitCode.self) {
            try await Self.run(["import", "cases", bad.path, "--org", "river-legal", "--database-url", databaseURL], as: ImportCasesCommand.self)
        }
        // then one case is stored, sealed, in that organization
        let reopened = try await VigilDatabase.open(try DatabaseLocation(url: databaseURL))
        #expect(try await CaseArchive.count(in: reopened) == 1)
        let organization = try #require(try await Organizations(database: reopened).organization(slug: "river-legal"))
        #expect(try await Organizations(database: reopened).members(of: organization).map(\.role) == [.attorney])
        let stored = try await CaseArchive(database: reopened, key: key).list(organization, by: .init(actor: .commandLine, ground: "test", purpose: "test"))
        #expect(stored.map(\.file.aNumber.digits) == ["123456789"])
        // and serve refuses to start on it without the key, or with another key, saying what to do
        await #expect(throws: CommandFailure.self) { try await ServeCommand.checkDataKey(nil, database: reopened) }
        let reopenedAgain = try await VigilDatabase.open(try DatabaseLocation(url: databaseURL))
        let failure = await #expect(throws: CommandFailure.self) { try await ServeCommand.checkDataKey(DataKey.random(), database: reopenedAgain) }
        #expect(failure?.description.contains("VIGIL_DATA_KEY") == true)
        let last = try await VigilDatabase.open(try DatabaseLocation(url: databaseURL))
        try await ServeCommand.checkDataKey(key, database: last)
        try await last.shutdown()
    }

    @Test("without VIGIL_DATA_KEY, importing cases fails saying how to make a key; data-key prints one that parses")
    func keyMessages() async throws {
        unsetenv(DataKey.environmentVariable)
        let failure = await #expect(throws: CommandFailure.self) {
            try await Self.run(["import", "cases", "/nonexistent.csv", "--org", "x"], as: ImportCasesCommand.self)
        }
        #expect(failure?.description.contains("openssl rand -base64 32") == true)
        #expect(failure?.description.contains("32 random bytes") == true)
        #expect(throws: DataKey.Problem.wrongLength(16)) { try DataKey(base64: "AAAAAAAAAAAAAAAAAAAAAA==") }
        #expect(throws: DataKey.Problem.notBase64) { try DataKey(base64: "not base64!") }
        #expect(try DataKey(base64: DataKey.random().base64).base64.count == 44)
    }
}
