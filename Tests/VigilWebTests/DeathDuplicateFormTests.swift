import Foundation
import HummingbirdTesting
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Deciding a likely duplicate death from `/deaths`: shown to everyone, decided by editors
/// with the CSRF token, audited, and counted accordingly.
@Suite("Likely duplicate deaths on the web")
struct DeathDuplicateFormTests {
    /// A death reported on 23 January 2008 in one list and on the 29th in another, and an account of each role.
    func withDuplicate(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase, Int) async throws -> Void) async throws {
        let first = """
            Name,Sex,Age,Country,Date_of_Death,Cause_of_Death,Facility_Name,Facility_Location,Facility_Type,PDF_URL,Period
            GUMAYAGAY PEDRO,Male,60,PHILIPPINES,2008-01-23,Heart,Stewart Detention Center,"Stewart Detention Center, GA",DIGSA,,FY
            """
        let second = """
            index,name,sex,dob,country,date_of_death,location_of_death,location_last_detention,ihsc,facility_type,cause,age
            1,"GUMAYAGAY, Pedro",M,1/9/1947,PHILIPPINES,1/29/2008,"Hospital, GA","Stewart Detention Center, GA",Yes,DIGSA,Heart,60
            """
        try await DeathFormFixture.with(lists: [first, second], pick: { db in try await DeathQueries(database: db).likelyDuplicates().first?.death.id }, body)
    }

    func signedIn(_ role: Role, _ client: any TestClientProtocol) async throws -> (Browser, String) {
        try await DeathFormFixture.signedIn(role, client)
    }

    @Test("everyone sees the likely duplicate, not counted; the dossier says one waits for review")
    func shown() async throws {
        try await withDuplicate { client, _, id in
            let page = try await client.get("/deaths")
            #expect(page.body.contains("Likely duplicates awaiting review"))
            #expect(page.body.contains("1 person died in ICE custody"))
            #expect(page.body.contains("Waiting for review"))
            #expect(!page.body.contains("Same death: merge"))  // no forms for readers who are not signed in
            let dossier = try await client.get("/facilities/STWRTGA/dossier")
            #expect(dossier.body.contains("1 more report waits for review"))
            _ = id
        }
    }

    @Test("an editor merges it: one death with both sources, audited")
    func editorMerges() async throws {
        try await withDuplicate { client, db, id in
            var (browser, token) = try await signedIn(.editor, client)
            let response = try await browser.post("/deaths/duplicates", [("csrf_token", token), ("death", String(id)), ("decision", "same")])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/deaths?decided=\(id)#likely-duplicates")
            let deaths = try await DeathQueries(database: db).all()
            #expect(deaths.count == 1 && deaths[0].sources.map(\.fileName).sorted() == ["list-1.csv", "list-2.csv"])
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "death.duplicate_review" && entry.actor == "editor@example.org" && entry.subject == String(id))
            // and deciding it again is a conflict that changes nothing
            let again = try await browser.post("/deaths/duplicates", [("csrf_token", token), ("death", String(id)), ("decision", "different")])
            #expect(again.status == .conflict)
            #expect(try await DeathQueries(database: db).all().count == 1)
        }
    }

    @Test("a viewer, a forged post and a form without a decision change nothing")
    func refused() async throws {
        try await withDuplicate { client, db, id in
            var (viewer, viewerToken) = try await signedIn(.viewer, client)
            #expect(try await viewer.post("/deaths/duplicates", [("csrf_token", viewerToken), ("death", String(id)), ("decision", "same")]).status == .forbidden)
            var (editor, token) = try await signedIn(.editor, client)
            #expect(try await editor.post("/deaths/duplicates", [("death", String(id)), ("decision", "same")]).status == .forbidden)
            #expect(try await editor.post("/deaths/duplicates", [("csrf_token", token), ("death", String(id))]).status == .badRequest)
            #expect(try await DeathQueries(database: db).likelyDuplicates().count == 1)
        }
    }
}
