import Foundation
import Testing
import VigilTestSupport
@testable import vigil

/// Every `vigil import` command reports a file it does not take the same way, through
/// `FileImports`: `<file>: REFUSED: <reason>` and exit status 1, and the database closed.
@Suite("Command line: one word for a refused file", .serialized)
struct FileImportsTests {
    /// The command's arguments before the file, and the file's name.
    static let commands: [(arguments: [String], file: String)] = [
        (["import", "ice-stats"], "bad.xlsx"),
        (["import", "facilities"], "bad.csv"),
        (["import", "operators"], "bad.csv"),
        (["import", "stays"], "bad.csv"),
        (["import", "daily-population"], "bad.csv"),
        (["import", "deaths"], "bad.csv"),
        (["import", "national-adp"], "bad.csv"),
        (["import", "incidents"], "bad.csv"),
        (["import", "tps"], "bad.csv"),
        (["import", "contracts"], "bad.csv"),
        (["import", "commission-activity"], "bad.csv"),
        (["import", "287g"], "bad.csv"),
        (["import", "funded-beds"], "bad.csv"),
        (["letter", "import"], "bad.txt"),
    ]

    @Test("a file no reader takes is REFUSED, named, with exit status 1", .serialized,
          .enabled(if: ScreenCommandTests.binaryBuilt, "skipped: needs the built vigil binary (swift build)"), arguments: commands)
    func refused(_ arguments: [String], _ name: String) throws {
        // given a file that is no kind of list Vigil reads
        let folder = try ScreenCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try "this is not\nany list Vigil reads, \"nor a letter\n".write(to: file, atomically: true, encoding: .utf8)
        // when the command is given it
        let run = try ScreenCommandTests.vigil(
            arguments + [file.path, "--database-url", "sqlite://" + folder.appendingPathComponent("v.sqlite").path], in: folder)
        // then it says REFUSED, naming the file, and exits 1
        #expect(run.status == 1, "\(arguments): \(run.errors)")
        #expect(run.errors.contains("\(name): REFUSED: "), "\(arguments): \(run.errors)")
        #expect(!run.errors.contains("FAILED"), "\(arguments): \(run.errors)")
    }

    @Test("each file on its own: a refused file is reported and the next still runs, and the command exits 1")
    func each() async throws {
        var seen: [String] = []
        let refused = await FileImports.each(["a.csv", "b.csv", "c.csv"]) { file in
            seen.append(file)
            if file == "b.csv" { throw CommandFailure("no") }
        }
        #expect(seen == ["a.csv", "b.csv", "c.csv"] && refused == 1)
        #expect(throws: (any Error).self) { try FileImports.exitIfAnyRefused(refused) }
        #expect(throws: Never.self) { try FileImports.exitIfAnyRefused(0) }
    }
}
