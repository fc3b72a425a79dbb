import Foundation
import HummingbirdTesting
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// What the tests of the deaths page's decision forms start from: Stewart in the registry, the
/// death lists given imported, a viewer and an editor account, and a browser signed in as either.
enum DeathFormFixture {
    static let password = "a long enough password"
    static let today = CalendarDate(year: 2026, month: 1, day: 1)!

    /// Runs `body` on an app holding `lists` (CSV texts, imported in order), with the death
    /// `pick` chooses from the database.
    static func with(lists: [String], pick: @escaping @Sendable (VigilDatabase) async throws -> Int?,
                     _ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase, Int) async throws -> Void) async throws {
        try await withApp { client, db in
            let registry = "DETLOC,Name,City,State\nSTWRTGA,STEWART DETENTION CENTER,LUMPKIN,GA\n"
            _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(data: Data(registry.utf8), fileName: "r.csv"))
            for (index, list) in lists.enumerated() {
                _ = try await DeathArchive(database: db).importList(
                    try DeathListReader.read(data: Data(list.utf8), fileName: "list-\(index + 1).csv", today: today))
            }
            for role in [Role.viewer, .editor] {
                try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role, password: password, by: .commandLine)
            }
            let death = try #require(try await pick(db))
            try await body(client, db, death)
        }
    }

    /// A browser signed in with `role`, and the CSRF token of its deaths page.
    static func signedIn(_ role: Role, _ client: any TestClientProtocol) async throws -> (Browser, String) {
        var browser = Browser(client: client)
        _ = try await browser.signIn("\(role.rawValue)@example.org", password)
        let page = try await browser.get("/deaths")
        return (browser, try #require(Browser.csrfToken(in: page.body)))
    }
}
