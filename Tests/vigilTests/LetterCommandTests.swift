import ArgumentParser
import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import vigil

/// `vigil letter import|list|status` and `vigil export signatories`, run as the built binary so
/// that standard output is read exactly as a script reads it.
@Suite("Command line: letters", .serialized)
struct LetterCommandTests {
    static var binaryExists: Bool { FileManager.default.isExecutableFile(atPath: HostileCorpus.vigilBinary.path) }

    /// Runs the built `vigil` with `arguments`; its standard output and error apart.
    static func vigil(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = HostileCorpus.vigilBinary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    static func workspace() throws -> (folder: URL, database: [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-letters-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, ["--database-url", "sqlite://" + folder.appendingPathComponent("vigil.sqlite").path])
    }

    @Test("it parses import, list, status and export signatories; export signatories needs --letter")
    func parses() throws {
        let command = try #require(try Vigil.parseAsRoot(["letter", "import", "letter.txt", "--status", "open"]) as? LetterImportCommand)
        #expect(command.file == "letter.txt" && command.status == .open)
        #expect(try Vigil.parseAsRoot(["letter", "list"]) is LetterListCommand)
        #expect(try Vigil.parseAsRoot(["letter", "status", "3", "closed"]) is LetterStatusCommand)
        #expect(try Vigil.parseAsRoot(["export", "signatories", "--letter", "3", "--format", "json"]) is ExportCommand)
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["export", "signatories"]) }
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["letter", "status", "3", "published"]) }
    }

    @Test("vigil letter import prints the new letter's id alone on the last line; list and export read it back",
          SharedSeeds.required("001"), .enabled(if: binaryExists, "skipped: the vigil binary is not built (swift build)"))
    func importSeed() throws {
        let (folder, database) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try #require(SharedSeeds.letter)
        // when the seed letter is imported
        let imported = try Self.vigil(["letter", "import", seed.path] + database)
        #expect(imported.status == 0, "\(imported.stderr)")
        // then standard output ends with the id alone, and standard error tells what was read
        let lines = imported.stdout.split(separator: "\n", omittingEmptySubsequences: true)
        let id = try #require(lines.last.flatMap { Int($0) })
        #expect(imported.stderr.contains("2 To and 3 cc recipients, 3 demands, 193 organizations led by Detention Watch Network"))
        // the same file again: the same id, unchanged
        let again = try Self.vigil(["letter", "import", seed.path] + database)
        #expect(again.stdout.split(separator: "\n").last.flatMap { Int($0) } == id)
        #expect(again.stderr.contains("unchanged"))
        // list shows the counted organizations
        let list = try Self.vigil(["letter", "list"] + database)
        #expect(list.stdout.contains("\(id)\tsent\tv1\t2024-11-15\t193 organizations\tAct now to protect immigrant communities"))
        // export signatories gives exactly its columns, 193 rows
        let csv = try Self.vigil(["export", "signatories", "--letter", String(id), "--format", "csv"] + database)
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "organization,sort_key,city,state,scope,status,signed_at,version")
        #expect(rows.count == 194)
        #expect(rows.contains("The Bronx Defenders,bronx defenders,,,,approved,2024-11-15,1"))
        #expect(rows.contains("\"Immigrant Justice Committee, Plymouth Congregational Church, Minneapolis\",\"immigrant justice committee, plymouth congregational church, minneapolis\",,,,approved,2024-11-15,1"))
        // a letter that does not exist is an error that says what to do
        let missing = try Self.vigil(["export", "signatories", "--letter", "999"] + database)
        #expect(missing.status != 0 && missing.stderr.contains("vigil letter list"))
    }

    @Test("a file that is not a letter is refused naming the file, line and part, and stores nothing",
          .enabled(if: binaryExists, "skipped: the vigil binary is not built (swift build)"))
    func refusesBadFile() throws {
        let (folder, database) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.txt")
        try "November 1, 2025\n\nJane Doe\n\nDear all,\n\nSome text.\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try Self.vigil(["letter", "import", file.path] + database)
        #expect(run.status == 1)
        #expect(run.stderr.contains("notes.txt, row 8, column \"closing\": no closing line such as “Sincerely,”"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let list = try Self.vigil(["letter", "list"] + database)
        #expect(list.stdout.contains("No letters yet"))
    }
}
