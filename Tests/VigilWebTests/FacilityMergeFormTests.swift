import Foundation
import HummingbirdTesting
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// "Same facility as" on `/facilities/review`: the pair is offered to everyone, merged or
/// undone by editors with the CSRF token, and audited.
@Suite("Facility merges on the web")
struct FacilityMergeFormTests {
    static let password = "a long enough password"

    func withPair(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
        try await withApp { client, db in
            let registry = "DETLOC,Name,Address,City,County,State,Zip,AOR,Date of Last Use,Date of First Use,Lat,Lng\n"
                + "EDENDTX,EDEN DETENTION CENTER,BOX 605,EDEN,CONCHO,TX,76837,SNA,23/02/2010,15/11/1991,31.2,-99.8\n"
                + "EDNDCTX,EDEN DETENTION CTR,704 E BROADWAY STREET,EDEN,CONCHO,TX,76837,DAL,20/01/2025,15/03/2020,31.2,-99.8\n"
            _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(data: Data(registry.utf8), fileName: "r.csv"))
            for role in [Role.viewer, .editor] {
                try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role, password: Self.password, by: .commandLine)
            }
            try await body(client, db)
        }
    }

    func signedIn(_ role: Role, _ client: any TestClientProtocol) async throws -> (Browser, String) {
        var browser = Browser(client: client)
        _ = try await browser.signIn("\(role.rawValue)@example.org", Self.password)
        let page = try await browser.get("/facilities/review")
        return (browser, try #require(Browser.csrfToken(in: page.body)))
    }

    @Test("the pair is offered to everyone; an editor merges it and undoes it, each audited; a viewer and a forged post change nothing")
    func mergeAndUndo() async throws {
        try await withPair { client, db in
            let page = try await client.get("/facilities/review")
            #expect(page.body.contains("One facility under two codes") && page.body.contains("merge-candidates-table"))
            #expect(!page.body.contains("action=\"/facilities/merges\""))

            var (viewer, viewerToken) = try await signedIn(.viewer, client)
            #expect(try await viewer.post("/facilities/merges", [("csrf_token", viewerToken), ("old", "EDENDTX"), ("new", "EDNDCTX"), ("decision", "merge")]).status == .forbidden)
            var (editor, token) = try await signedIn(.editor, client)
            #expect(try await editor.post("/facilities/merges", [("old", "EDENDTX"), ("new", "EDNDCTX"), ("decision", "merge")]).status == .forbidden)
            #expect(try await FacilityMerges(database: db).all().isEmpty)

            let merged = try await editor.post("/facilities/merges", [("csrf_token", token), ("old", "EDENDTX"), ("new", "EDNDCTX"), ("decision", "merge")])
            #expect(merged.status == .seeOther && merged.headers[.location] == "/facilities/review#merges")
            #expect(try await FacilityMerges(database: db).all().map(\.newCode) == ["EDNDCTX"])
            #expect(try await AuditLog(database: db).latest().first?.action == "facility.merge")
            #expect(try await editor.get("/facilities/review").body.contains("merges-table"))
            // merging it again is a conflict that changes nothing
            #expect(try await editor.post("/facilities/merges", [("csrf_token", token), ("old", "EDENDTX"), ("new", "EDNDCTX"), ("decision", "merge")]).status == .conflict)

            let undone = try await editor.post("/facilities/merges", [("csrf_token", token), ("old", "EDENDTX"), ("decision", "undo")])
            #expect(undone.status == .seeOther)
            #expect(try await FacilityMerges(database: db).all().isEmpty)
            #expect(try await AuditLog(database: db).latest().first?.action == "facility.unmerge")
        }
    }
}
