import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport

/// Saving and reading press audits, on SQLite and PostgreSQL: checked against the letter's
/// current version and approved signatories, stored with their findings in one audited
/// transaction, and nothing written when the article or the letter is wrong.
@Suite("Press audit store")
struct PressAuditStoreTests {
    static let letter = LetterDraft(
        date: CalendarDate(year: 2024, month: 11, day: 15)!, to: [LetterRecipient(name: "The Secretary")], subject: "Close them",
        body: ["We ask that you close detention centers now."],
        demands: [LetterDemand(number: 1, title: "Release people", text: "Release people, starting with the most vulnerable.")],
        organizations: ["Lead Network", "Second Coalition", "Third Project"])

    static func importLetter(_ db: VigilDatabase) async throws -> Int {
        try await LetterArchive(database: db).importLetter(
            letter, source: SourceFile(fileName: "letter.txt", sha256: String(repeating: "c", count: 64), byteCount: 10),
            status: .sent, audit: .commandLine).letterID
    }

    static let article = PressArticleDraft(
        title: "Groups want everyone released", outlet: "The Example Post", url: "https://example.org/a", publishedOn: CalendarDate(year: 2024, month: 11, day: 19),
        text: "The letter, signed by 4 organizations, demands the release of everyone from detention.\nIt says “we ask that you close detention centers now.”")

    @Test("an article is audited against the stored letter, saved with its findings and audited", arguments: TestEngine.available)
    func saves(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given the letter with three approved signatories
            let letterID = try await Self.importLetter(db)
            // when an editor saves an audit of an article
            let id = try await PressAuditArchive(database: db).save(Self.article, letterID: letterID, by: "editor@example.org", audit: .commandLine)
            // then it reads back as saved, with the findings the engine gives against the stored letter
            let saved = try #require(try await PressAuditQueries(database: db).audit(id: id))
            #expect(saved.article == Self.article)
            #expect(saved.letterID == letterID && saved.letterVersion == 1 && saved.createdBy == "editor@example.org")
            let expected = PressAudit.findings(Self.article.article,
                                               source: AuditSource(content: LetterContent(Self.letter), approvedSignatories: Self.letter.organizations))
            #expect(saved.findings == expected)
            // the count is of the approved signatories (3), so "4 organizations" contradicts it
            let count = try #require(saved.findings.first { $0.kind == .number })
            #expect(count.verdict == .contradicts && count.sourceValue == "3")
            #expect(saved.findings.contains { $0.kind == .quote && $0.verdict == .exact })
            #expect(saved.findings.contains { $0.kind == .claim && $0.verdict == .scopeOverreach })
            // and it is listed with the letter's audits, and the audit log has it
            #expect(try await PressAuditQueries(database: db).audits(letterID: letterID).map(\.id) == [id])
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "press-audit.create" && entry.subject == "press audit \(id)")
        }
    }

    @Test("a blank article or an unknown letter is refused and nothing is written", arguments: TestEngine.available)
    func refuses(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let letterID = try await Self.importLetter(db)
            let archive = PressAuditArchive(database: db)
            var blank = Self.article
            blank.text = "  \n "
            blank.url = "javascript:alert(1)"
            await #expect(throws: PressAuditArchive.Refusal.invalid(["text": .pasteText, "url": .addressNeedsScheme])) {
                _ = try await archive.save(blank, letterID: letterID, by: "editor@example.org", audit: .commandLine)
            }
            // the command line says it in English
            #expect(PressAuditArchive.Refusal.invalid(blank.problems).description
                    == "text: Paste the article's text. url: An address starting https:// or http://, without spaces.")
            await #expect(throws: PressAuditArchive.Refusal.noSuchLetter(letterID + 1)) {
                _ = try await archive.save(Self.article, letterID: letterID + 1, by: "editor@example.org", audit: .commandLine)
            }
            #expect(try await PressAuditQueries(database: db).audits(letterID: letterID).isEmpty)
            #expect(try await AuditLog(database: db).latest().allSatisfy { $0.action != "press-audit.create" })
        }
    }
}
