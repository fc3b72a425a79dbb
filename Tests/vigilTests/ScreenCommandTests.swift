import ArgumentParser
import Foundation
import Testing
import VigilCore
import VigilTestSupport
@testable import vigil

/// `vigil screen` and `vigil import tps`, run as a user runs them: the built binary, facts on
/// standard input, JSON on standard output.
@Suite("Screener: command line", .serialized)
struct ScreenCommandTests {
    static let tps = SharedTPSDesignations.relativePath

    /// A fresh folder for one test's files and database.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-screen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs the binary with `facts` on standard input; returns its exit status, output and errors.
    static func vigil(_ arguments: [String], input: String = "", in folder: URL) throws -> (status: Int32, output: String, errors: String) {
        let stdin = folder.appendingPathComponent("stdin-\(UUID().uuidString).json")
        let stdout = folder.appendingPathComponent("stdout.txt")
        let stderr = folder.appendingPathComponent("stderr.txt")
        try input.write(to: stdin, atomically: true, encoding: .utf8)
        let run = try ChildProcess.run([HostileCorpus.vigilBinary.path] + arguments, output: stdout, input: stdin, errors: stderr)
        return (run.status, run.output, (try? String(contentsOf: stderr, encoding: .utf8)) ?? "")
    }

    static let binaryBuilt = FileManager.default.isExecutableFile(atPath: HostileCorpus.vigilBinary.path)

    @Test("the options parse; --as-of must be a real day")
    func parses() throws {
        let command = try #require(try Vigil.parseAsRoot(["screen", "--as-of", "2024-11-15", "--tps", "t.csv"]) as? ScreenCommand)
        #expect(command.asOf == CalendarDate(iso: "2024-11-15") && command.tpsFile == "t.csv")
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["screen", "--as-of", "2024-02-30"]) }
        #expect((try? Vigil.parseAsRoot(["import", "tps", "t.csv"])) is ImportTPSCommand)
    }

    @Test("round trip: facts in, the engine's JSON out, as-of and TPS file honoured",
          .enabled(if: ScreenCommandTests.binaryBuilt, "skipped: needs the built vigil binary (swift build)"), SharedData.required(ScreenCommandTests.tps))
    func roundTrip() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let facts = #"{"citizenship": "Lebanon", "entered_us": "2019-03-01", "continuously_present_since": "2019-03-01", "birth_date": "1960-01-01", "conditions": ["HIV/AIDS"], "criminal": []}"#
        let file = try SharedData.require(Self.tps).path
        // when screened before and after Lebanon's designation took effect
        let before = try Self.vigil(["screen", "--as-of", "2024-11-15", "--tps", file], input: facts, in: folder)
        let after = try Self.vigil(["screen", "--as-of", "2024-11-28", "--tps", file], input: facts, in: folder)
        #expect(before.status == 0 && after.status == 0, "\(before.errors)\(after.errors)")
        // then the output is exactly the engine's result, pretty, with sorted keys
        let designations = try SharedTPSDesignations.load()
        let decoded = try JSONDecoder().decode(ScreeningFacts.self, from: Data(facts.utf8))
        let expected = ReleaseScreener(tpsDesignations: designations).screen(decoded, asOf: CalendarDate(iso: "2024-11-28")!)
        #expect(after.output == String(decoding: try ScreenCommand.json(expected), as: UTF8.self) + "\n")
        #expect(after.output.contains(#""as_of" : "2024-11-28""#) && after.output.contains("HIV/AIDS"))
        let tpsBefore = try JSONDecoder().decode(ScreeningResult.self, from: Data(before.output.utf8)).paths(.tps)
        let tpsAfter = try JSONDecoder().decode(ScreeningResult.self, from: Data(after.output.utf8)).paths(.tps)
        #expect(tpsBefore.map(\.status) == [.notMet] && tpsAfter.map(\.status) == [.meets])
        #expect(after.errors.contains("tps_designations.csv (sha256 "))
    }

    @Test("bad input exits 1 naming the field, and prints nothing on standard output", .enabled(if: ScreenCommandTests.binaryBuilt, "skipped: needs the built vigil binary"),
          SharedData.required(ScreenCommandTests.tps), arguments: [
              (#"{"conditions": ["gout"]}"#, "conditions[0]: “gout” is not a condition the criteria file lists"),
              (#"{"birth_date": "1990-13-01"}"#, "birth_date: “1990-13-01” is not a date"),
              (#"{"pregnant": true"#, "standard input is not one JSON object of facts"),
              (#"{"entered_us": "2030-01-01"}"#, "entered_us: 2030-01-01 is after the screening date 2025-01-01"),
          ])
    func badInput(json: String, message: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.vigil(["screen", "--as-of", "2025-01-01", "--tps", try SharedData.require(Self.tps).path], input: json, in: folder)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains(message), "\(run.errors)")
    }

    @Test("import tps stores a version once; screen then uses it without --tps, and refuses when nothing is stored",
          .enabled(if: ScreenCommandTests.binaryBuilt, "skipped: needs the built vigil binary"), SharedData.required(ScreenCommandTests.tps))
    func importThenScreen() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = ["--database-url", "sqlite://" + folder.appendingPathComponent("vigil.sqlite").path]
        let facts = #"{"citizenship": "Venezuela", "entered_us": "2022-06-01", "continuously_present_since": "2022-06-01", "criminal": []}"#
        // nothing stored yet: refused, with what to do
        let empty = try Self.vigil(["screen", "--as-of", "2024-06-01"] + database, input: facts, in: folder)
        #expect(empty.status == 1 && empty.errors.contains("vigil import tps"))
        // imported twice: one version
        let file = try SharedData.require(Self.tps).path
        let first = try Self.vigil(["import", "tps", file] + database, in: folder)
        let second = try Self.vigil(["import", "tps", file] + database, in: folder)
        #expect(first.status == 0 && first.errors.contains("stored as TPS version 1: 27 designations, 2 marked to verify"), "\(first.errors)")
        #expect(second.status == 0 && second.errors.contains("already stored as TPS version 1"), "\(second.errors)")
        // and screening uses it: Venezuela's two designations
        let run = try Self.vigil(["screen", "--as-of", "2024-06-01"] + database, input: facts, in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("stored version 1, tps_designations.csv"))
        let paths = try JSONDecoder().decode(ScreeningResult.self, from: Data(run.output.utf8)).paths(.tps)
        #expect(paths.map(\.rule) == ["TPS Venezuela 2021 (initial, later extended)", "TPS Venezuela 2023 (redesignation)"])
        #expect(paths.map(\.status) == [.notMet, .meets])
    }

    @Test("a bad designations file is refused by import, naming the row and column", .enabled(if: ScreenCommandTests.binaryBuilt, "skipped: needs the built vigil binary"))
    func badFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tps.csv")
        try "country,designation,kind,effective_from,effective_to,continuous_residence_since,continuous_physical_presence_since\nHaiti,2024,x,2024-08-04,2026-02-03,2024-06-3,2024-08-04\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let run = try Self.vigil(["import", "tps", file.path, "--database-url", "sqlite://" + folder.appendingPathComponent("v.sqlite").path], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.contains(#"tps.csv: REFUSED: tps.csv, row 2, column "continuous_residence_since": “2024-06-3” is not a date as YYYY-MM-DD"#), "\(run.errors)")
    }
}
