import ArgumentParser
import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import vigil

/// `vigil audit press`: a letter file or a stored letter's id against article files.
@Suite("Command line: audit press", .serialized)
struct PressAuditCommandTests {
    static func command(_ arguments: [String]) throws -> PressAuditCommand {
        try #require(try Vigil.parseAsRoot(["audit", "press"] + arguments) as? PressAuditCommand)
    }

    @Test("it parses --source, the articles and --format, and needs an article")
    func parses() throws {
        let command = try Self.command(["--source", "letter.txt", "a.txt", "b.txt", "--format", "json"])
        #expect(command.source == "letter.txt" && command.articles == ["a.txt", "b.txt"] && command.format == .json)
        #expect(try Self.command(["--source", "7", "a.txt"]).format == .csv)
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["audit", "press", "--source", "letter.txt"]) }
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["audit", "press", "a.txt"]) }
        #expect(Vigil.helpMessage(for: PressAuditCommand.self, columns: 10_000).contains("article,kind,text,verdict,source_text,source_value,start,end"))
    }

    @Test("the seed letter file against both seed articles: the columns exactly, each article named as given",
          SharedSeeds.required("000", "001", "002"))
    func seedFiles() async throws {
        let letter = try #require(SharedSeeds.file("001")).path
        let a = try #require(SharedSeeds.file("000")).path, b = try #require(SharedSeeds.file("002")).path
        let csv = try await Self.command(["--source", letter, a, b]).report()
        #expect(String(csv.prefix { !$0.isNewline }) == "article,kind,text,verdict,source_text,source_value,start,end")
        #expect(csv.contains("\(b),name,National Immigration Justice Center,not-listed,,National Immigrant Justice Center,"))
        #expect(csv.contains("\(a),number,192 other,agrees,"))
        let json = try await Self.command(["--source", letter, b, "--format", "json"]).report()
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(Set(rows.first?.keys.map { $0 } ?? []) == Set(PressFindingTable.columns))
        #expect(rows.contains { $0["kind"] as? String == "claim" && $0["verdict"] as? String == "polarity-flip" })
        #expect(rows.allSatisfy { $0["article"] as? String == b })
    }

    @Test("a stored letter by id: its approved signatories; an unknown id or a missing article is refused")
    func storedLetter() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-press-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("vigil.sqlite").path
        let database = try await VigilDatabase.open(.sqliteFile(path: path))
        let draft = LetterDraft(date: CalendarDate(year: 2024, month: 11, day: 15)!, to: [LetterRecipient(name: "The Secretary")],
                                subject: "Close them", body: ["We ask that you close detention centers now."],
                                organizations: ["Lead Network", "Second Coalition", "Third Project"])
        let id = try await LetterArchive(database: database).importLetter(
            draft, source: SourceFile(fileName: "l.txt", sha256: String(repeating: "e", count: 64), byteCount: 1), status: .sent,
            audit: .commandLine).letterID
        try await database.shutdown()
        let article = folder.appendingPathComponent("article.txt")
        try "The letter, signed by 3 organizations including Second Coalition, says “we ask that they close detention centers now.”"
            .write(to: article, atomically: true, encoding: .utf8)

        let csv = try await Self.command(["--source", String(id), article.path, "--database-url", "sqlite://" + path]).report()
        #expect(csv.contains(",number,3,agrees,"))
        #expect(csv.contains(",name,Second Coalition,listed,"))
        #expect(csv.contains(",quote,we ask that they close detention centers now.,misquote,"))

        await #expect(throws: ExitCode.self) {
            _ = try await Self.command(["--source", "999", article.path, "--database-url", "sqlite://" + path]).report()
        }
        await #expect(throws: ExitCode.self) {
            _ = try await Self.command(["--source", String(id), folder.appendingPathComponent("missing.txt").path,
                                        "--database-url", "sqlite://" + path]).report()
        }
    }
}
