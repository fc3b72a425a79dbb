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
    static let password = "a long enough password"
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!

    /// A death at a hospital no list has, and an account of each role.
    func withUnlinked(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase, Int) async throws -> Void) async throws {
        try await withApp { client, db in
            let registry = "DETLOC,Name,City,State\nSTWRTGA,STEWART DETENTION CENTER,LUMPKIN,GA\n"
            _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(data: Data(registry.utf8), fileName: "r.csv"))
            let list = """
                Name,Sex,Age,Country,Date_of_Death,Cause_of_Death,Facility_Name,Facility_Location,Facility_Type,PDF_URL,Period
                DOE JOHN,Male,60,MEXICO,2019-01-23,Heart,Piedmont Columbus Regional,"Columbus, GA",Not stated,,FY2018-2025
                """
            _ = try await DeathArchive(database: db).importList(try DeathListReader.read(data: Data(list.utf8), fileName: "a.csv", today: Self.today))
            for role in [Role.viewer, .editor] {
                try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role, password: Self.password, by: .commandLine)
            }
            let death = try #require(try await DeathQueries(database: db).reviewQueue().first)
            try await body(client, db, death.id)
        }
    }

    func signedIn(_ role: Role, _ client: any TestClientProtocol) async throws -> (Browser, String) {
        var browser = Browser(client: client)
        _ = try await browser.signIn("\(role.rawValue)@example.org", Self.password)
        let page = try await browser.get("/deaths")
        return (browser, try #require(Browser.csrfToken(in: page.body)))
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
