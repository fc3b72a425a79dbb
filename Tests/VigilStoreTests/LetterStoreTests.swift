import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport

/// Letters and signatures on SQLite and PostgreSQL: imports once, versions, single-use expiring
/// links, withdrawal, audited decisions, and counts taken from the approved list.
@Suite("Letter store")
struct LetterStoreTests {
    typealias F = LetterFixtures

    @Test("the seed letter imports with its 193 organizations in order as approved, imported signatures; again, nothing changes",
          SharedSeeds.required("001"), arguments: TestEngine.available)
    func seedImport(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let draft = try PlainTextLetter.parse(try SharedSeeds.text("001"))
            let source = SourceFile(fileName: "001.txt", sha256: String(repeating: "1", count: 64), byteCount: 1)
            let archive = LetterArchive(database: db)
            let first = try await archive.importLetter(draft, source: source, status: .sent, audit: .commandLine)
            #expect(!first.alreadyArchived && first.organizations == 193)
            let queries = LetterQueries(database: db)
            let letter = try #require(try await queries.letter(id: first.letterID))
            #expect(letter.status == .sent && letter.currentVersion == 1)
            #expect(letter.content.to.count == 2 && letter.content.cc.count == 3 && letter.content.demands.count == 3)
            #expect(letter.content.leadOrganization == "Detention Watch Network")
            let signatures = try await queries.signatures(letterID: first.letterID)
            #expect(signatures.map(\.organization) == draft.organizations)
            #expect(signatures.allSatisfy { $0.status == .approved && $0.imported && $0.email == nil && $0.version == 1 && $0.signedAt == "2024-11-15" })
            #expect(try await queries.approvedCount(letterID: first.letterID) == 193)
            // the published order: the lead first, then by sort key, "The Bronx Defenders" under B
            let published = try await queries.signatories(letterID: first.letterID, leadOrganization: letter.content.leadOrganization)
            #expect(published.first?.organization == "Detention Watch Network")
            let names = published.map(\.organization)
            let bronx = try #require(names.firstIndex(of: "The Bronx Defenders"))
            #expect(names[bronx - 1] == "Brighton Park Neighborhood Council" && names[bronx + 1] == "Buen Vecino")
            // the same file again: the same id, nothing added, no audit entry
            let audited = try await db.rowCount("audit_log")
            let again = try await archive.importLetter(draft, source: source, status: .sent, audit: .commandLine)
            #expect(again.alreadyArchived && again.letterID == first.letterID)
            #expect(try await db.rowCount("letter_signatures") == 193)
            #expect(try await db.rowCount("audit_log") == audited)
        }
    }

    @Test("a sign-on is unconfirmed until its link is followed; the link works once; the count moves only on approval",
          arguments: TestEngine.available)
    func confirmThenApprove(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let id = try await F.importLetter(db)
            let signatures = SignatureArchive(database: db)
            let queries = LetterQueries(database: db)
            let before = try await queries.approvedCount(letterID: id)
            guard case .created(let signatureID, let links) = try await signatures.submit(F.request(), letterID: id) else {
                Issue.record("not created"); return
            }
            #expect(try await queries.signature(id: signatureID)?.status == .unconfirmed)
            // the link's token is stored only as a digest
            #expect(try await db.rowCount("letter_signature_links") == 2)
            guard case .done(let confirmed) = try await signatures.confirm(token: links.confirm) else { Issue.record("not confirmed"); return }
            #expect(confirmed.status == .pending && confirmed.confirmedAt != nil)
            #expect(try await signatures.confirm(token: links.confirm) == .used)
            #expect(try await signatures.confirm(token: "forged") == .unknown)
            #expect(try await queries.approvedCount(letterID: id) == before)
            try await signatures.decide(.approve, signatureID: signatureID, letterID: id, audit: .commandLine)
            #expect(try await queries.approvedCount(letterID: id) == before + 1)
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "letter.signature_approve" && entry.subject == "signature \(signatureID)")
            #expect(entry.details["organization"] == "Make The Road New York" && entry.details["previous_status"] == "pending")
        }
    }

    @Test("a confirmation link expires after 48 hours and then changes nothing", arguments: TestEngine.available)
    func expiry(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let id = try await F.importLetter(db)
            let signatures = SignatureArchive(database: db)
            let signedAt = Date(timeIntervalSince1970: 1_800_000_000)
            guard case .created(let signatureID, let links) = try await signatures.submit(F.request(), letterID: id, now: signedAt) else {
                Issue.record("not created"); return
            }
            let late = signedAt.addingTimeInterval(SignatureArchive.confirmationLifetime + 1)
            #expect(try await signatures.peek(token: links.confirm, purpose: .confirm, now: late) == .expired)
            #expect(try await signatures.confirm(token: links.confirm, now: late) == .expired)
            #expect(try await LetterQueries(database: db).signature(id: signatureID)?.status == .unconfirmed)
            // within the time it works
            guard case .done = try await signatures.confirm(token: links.confirm, now: signedAt.addingTimeInterval(3600)) else {
                Issue.record("a fresh link was refused"); return
            }
        }
    }

    @Test("withdrawal takes an approved signature off the count, audited; its links then do nothing", arguments: TestEngine.available)
    func withdrawal(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let id = try await F.importLetter(db)
            let signatures = SignatureArchive(database: db)
            let queries = LetterQueries(database: db)
            guard case .created(let signatureID, let links) = try await signatures.submit(F.request(), letterID: id) else { return }
            _ = try await signatures.confirm(token: links.confirm)
            try await signatures.decide(.approve, signatureID: signatureID, letterID: id, audit: .commandLine)
            let approved = try await queries.approvedCount(letterID: id)
            guard case .done(let row) = try await signatures.withdraw(token: links.withdraw) else { Issue.record("not withdrawn"); return }
            #expect(row.status == .withdrawn)
            #expect(try await queries.approvedCount(letterID: id) == approved - 1)
            #expect(try await signatures.withdraw(token: links.withdraw) == .used)
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "letter.signature_withdraw" && entry.details["previous_status"] == "approved")
        }
    }

    @Test("the same e-mail signing again is folded into its signature, with new links; an approved one stays as it is",
          arguments: TestEngine.available)
    func duplicateEmailsFolded(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let id = try await F.importLetter(db)
            let signatures = SignatureArchive(database: db)
            guard case .created(let first, let oldLinks) = try await signatures.submit(F.request(), letterID: id) else { return }
            guard case .folded(let second, let newLinks) = try await signatures.submit(F.request("Make the Road NY", email: "ANA@example.org".lowercased()),
                                                                                      letterID: id) else {
                Issue.record("not folded"); return
            }
            #expect(first == second)
            #expect(try await signatures.confirm(token: oldLinks.confirm) == .unknown)
            guard case .done = try await signatures.confirm(token: newLinks.confirm) else { Issue.record("new link refused"); return }
            #expect(try await LetterQueries(database: db).signature(id: first)?.organization == "Make the Road NY")
            try await signatures.decide(.approve, signatureID: first, letterID: id, audit: .commandLine)
            #expect(try await signatures.submit(F.request(), letterID: id) == .alreadyDecided(signatureID: first, status: .approved))
            #expect(try await db.rowCount("letter_signatures") == 5)
        }
    }

    @Test("merging needs a person's decision, is audited, and takes the merged signature off the count", arguments: TestEngine.available)
    func merge(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let id = try await F.importLetter(db)
            let signatures = SignatureArchive(database: db)
            let queries = LetterQueries(database: db)
            let existing = try #require(try await queries.signatures(letterID: id).first { $0.organization == "Make the Road NY" })
            guard case .created(let duplicate, let links) = try await signatures.submit(F.request(), letterID: id) else { return }
            _ = try await signatures.confirm(token: links.confirm)
            let before = try await queries.approvedCount(letterID: id)
            // nothing merged by itself: the duplicate waits for review
            #expect(try await queries.signature(id: duplicate)?.status == .pending)
            try await signatures.decide(.merge(into: existing.id), signatureID: duplicate, letterID: id, audit: .commandLine)
            let merged = try #require(try await queries.signature(id: duplicate))
            #expect(merged.status == .merged && merged.mergedInto == existing.id)
            #expect(try await queries.approvedCount(letterID: id) == before)
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "letter.signature_merge" && entry.details["merged_into"] == String(existing.id))
            // a signature cannot be merged into itself or decided twice into nonsense
            await #expect(throws: SignatureArchive.Refusal.self) {
                try await signatures.decide(.merge(into: duplicate), signatureID: existing.id, letterID: id, audit: .commandLine)
            }
        }
    }

    @Test("an edit is a new version; a material one flags the signatures of earlier versions, a respacing does not",
          arguments: TestEngine.available)
    func versions(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let id = try await F.importLetter(db)
            let archive = LetterArchive(database: db)
            let queries = LetterQueries(database: db)
            var content = try #require(try await queries.letter(id: id)).content
            content.bodyMarkdown += "\n"
            content.title = "Close the centers now"
            let minor = try await archive.edit(letterID: id, to: content, by: "editor@example.org", audit: .commandLine)
            #expect(minor.version == 2 && !minor.material && minor.flagged.isEmpty)
            content.demands[0].text = "We ask that you expand them."
            let major = try await archive.edit(letterID: id, to: content, by: "editor@example.org", audit: .commandLine)
            #expect(major.version == 3 && major.material && major.flagged.count == 4)
            #expect(try await queries.signatures(letterID: id).allSatisfy { $0.changedSinceVersion == 3 })
            #expect(try await queries.versions(letterID: id).map(\.material) == [true, false, true])
            #expect(try await archive.edit(letterID: id, to: content, by: "editor@example.org", audit: .commandLine).version == nil)
            // a new signature signs the current version
            guard case .created(let signatureID, _) = try await SignatureArchive(database: db).submit(F.request(), letterID: id) else { return }
            #expect(try await queries.signature(id: signatureID)?.version == 3)
        }
    }

    @Test("a letter that is not open refuses signatures", arguments: TestEngine.available)
    func closedRefuses(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let id = try await F.importLetter(db, status: .closed)
            await #expect(throws: SignatureArchive.Refusal.notOpen(id, .closed)) {
                try await SignatureArchive(database: db).submit(F.request(), letterID: id)
            }
            #expect(try await db.rowCount("letter_signatures") == 4)
        }
    }

    @Test("the signatories export has exactly its columns and never an e-mail", arguments: TestEngine.available)
    func export(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let id = try await F.importLetter(db)
            _ = try await SignatureArchive(database: db).submit(F.request(), letterID: id)
            let csv = try await Exporter(database: db).render(.signatories, as: .csv, letter: id)
            #expect(csv.hasPrefix("organization,sort_key,city,state,scope,status,signed_at,version\r\n"))
            #expect(csv.contains("The Bronx Defenders,bronx defenders,,,,approved,2025-03-03,1"))
            #expect(csv.contains("Make The Road New York,make the road new york,Brooklyn,NY,state,unconfirmed,"))
            #expect(!csv.contains("ana@example.org") && !csv.contains("Ana Example"))
            let json = try await Exporter(database: db).render(.signatories, as: .json, letter: id)
            #expect(!json.contains("ana@example.org") && json.contains("\"sort_key\""))
            await #expect(throws: Exporter.Refusal.self) { try await Exporter(database: db).table(.signatories) }
            await #expect(throws: Exporter.Refusal.self) { try await Exporter(database: db).table(.signatories, letter: 999) }
        }
    }
}
