import Foundation
import HummingbirdTesting
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Linking a death to a facility by hand from `/deaths`, or unlinking a wrong link: listed for
/// everyone, decided by editors with the CSRF token, audited, and kept through later imports.
@Suite("Death facility links on the web")
struct DeathLinkFormTests {
    /// A death at a hospital no list has, and an account of each role.
    func withUnlinked(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase, Int) async throws -> Void) async throws {
        let list = """
            Name,Sex,Age,Country,Date_of_Death,Cause_of_Death,Facility_Name,Facility_Location,Facility_Type,PDF_URL,Period
            DOE JOHN,Male,60,MEXICO,2019-01-23,Heart,Piedmont Columbus Regional,"Columbus, GA",Not stated,,FY2018-2025
            """
        try await DeathFormFixture.with(lists: [list], pick: { db in try await DeathQueries(database: db).reviewQueue().first?.id }, body)
    }

    func signedIn(_ role: Role, _ client: any TestClientProtocol) async throws -> (Browser, String) {
        try await DeathFormFixture.signedIn(role, client)
    }

    @Test("everyone sees the death not tied to a facility; only editors get the forms")
    func shown() async throws {
        try await withUnlinked { client, _, _ in
            let page = try await client.get("/deaths")
            #expect(page.body.contains("Deaths not tied to a facility"))
            #expect(page.body.contains("Piedmont Columbus Regional"))
            #expect(!page.body.contains("action=\"/deaths/links\""))
            var (editor, _) = try await signedIn(.editor, client)
            let signed = try await editor.get("/deaths")
            #expect(signed.body.contains("action=\"/deaths/links\"") && signed.body.contains("id=\"unlink-death\""))
        }
    }

    @Test("an editor links the death to a code, then unlinks it: each audited, each kept by the next import")
    func editorLinks() async throws {
        try await withUnlinked { client, db, id in
            var (browser, token) = try await signedIn(.editor, client)
            let response = try await browser.post("/deaths/links", [("csrf_token", token), ("death", String(id)), ("decision", "link"), ("code", "stwrtga")])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/deaths?linked=\(id)#unlinked")
            let linked = try #require(try await DeathQueries(database: db).all().first)
            #expect(linked.facilityCode == "STWRTGA" && linked.linkMethod == "manual")
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "death.link" && entry.actor == "editor@example.org" && entry.subject == String(id))
            let page = try await browser.get("/deaths?linked=\(id)")
            #expect(page.body.contains("Facility link of death \(id) recorded") && page.body.contains("(linked by hand)"))

            let unlink = try await browser.post("/deaths/links", [("csrf_token", token), ("death", String(id)), ("decision", "unlink")])
            #expect(unlink.status == .seeOther)
            #expect(try await DeathQueries(database: db).all().first?.linkMethod == "rejected")
            #expect(try await AuditLog(database: db).latest().first?.action == "death.unlink")
        }
    }

    @Test("a viewer, a forged post, a link without a code and an unknown code change nothing")
    func refused() async throws {
        try await withUnlinked { client, db, id in
            var (viewer, viewerToken) = try await signedIn(.viewer, client)
            #expect(try await viewer.post("/deaths/links", [("csrf_token", viewerToken), ("death", String(id)), ("decision", "link"), ("code", "STWRTGA")]).status == .forbidden)
            var (editor, token) = try await signedIn(.editor, client)
            #expect(try await editor.post("/deaths/links", [("death", String(id)), ("decision", "link"), ("code", "STWRTGA")]).status == .forbidden)
            #expect(try await editor.post("/deaths/links", [("csrf_token", token), ("death", String(id)), ("decision", "link")]).status == .badRequest)
            let unknown = try await editor.post("/deaths/links", [("csrf_token", token), ("death", String(id)), ("decision", "link"), ("code", "NOSUCH")])
            #expect(unknown.status == .badRequest && unknown.body.contains("NOSUCH"))
            #expect(try await DeathQueries(database: db).reviewQueue().map(\.id) == [id])
        }
    }
}
