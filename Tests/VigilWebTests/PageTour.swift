import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Every page a reader can open, on the demo Vigil serves on a fresh clone plus what the demo lacks
/// (a facility list, a published and an open letter, an incident, an admin): the tour the phone,
/// accessibility and language tests all take.
struct PageTour {
    static let missingPath = "/no-such-page"
    var publicPaths: [String]
    var signedInPaths: [String]
    /// The admin's session cookie, for the signed-in pages.
    var cookie: String
    /// An organization member's pages (cases, the release queue, drafts) and session cookie.
    var memberPaths: [String]
    var memberCookie: String
    /// The key case fields are sealed with: the app must be built with it for the case pages.
    static let dataKey = CaseFixtures.key

    static func prepare(_ database: VigilDatabase) async throws -> PageTour {
        let keys = try await DemoLoader(database: database).load(releases: DemoDataset.releases(seed: 2024, count: 8))
        let key = try #require(keys.first).rawValue
        let incident = try #require(try await IncidentQueries(database: database).all(includeInternal: false).first)
        let admin = try await UserAccounts(database: database).add(email: "admin@example.org", role: .admin,
                                                                   password: "a long enough password", by: .commandLine)
        let (token, _) = try await SignInSessions(database: database).start(for: admin)
        // one facility of a reference list, since operator records are kept per registry code
        let listing = "DETLOC,Name,City,State\nSTWRTGA,STEWART DETENTION CENTER,LUMPKIN,GA\n"
        _ = try await FacilityRegistry(database: database).importListing(
            try FacilityListReader.read(data: Data(listing.utf8), fileName: "facilities.csv"))
        // a published sign-on letter and one still open for signatures
        let letter = try await PressAuditFixtures.importLetter(database)
        let open = try await LetterArchive(database: database).create(LetterContent(PressAuditFixtures.letter), by: "admin@example.org",
                                                                      audit: .commandLine)
        _ = try await LetterArchive(database: database).setStatus(letterID: open, to: .open, audit: .commandLine)
        return PageTour(
            publicPaths: ["/", "/releases", "/daily", "/private-share", "/deaths", "/segregation", "/incidents",
                          "/ranking", "/sign-in", "/facilities/\(key)", "/facilities/\(key)/dossier",
                          "/incidents/\(incident.id)", "/tps", "/alerts", "/expansion", "/expansion/money", "/letters",
                          "/letters/\(letter)", "/letters/\(open)", "/release-work", "/help", missingPath],
            signedInPaths: ["/facilities/review", "/admin/audit", "/incidents/new", "/facilities/STWRTGA/operators/new",
                            "/letters/new", "/letters/\(letter)/review", "/letters/\(letter)/press", "/letters/\(letter)/press/new",
                            "/alerts/subscriptions", "/alerts/deliveries", "/orgs"],
            cookie: "\(AccountCookies.session)=\(token)",
            // The member's case and bond fund pages are not in the tour yet: their fixtures (organizations,
            // cases, the demo fund) replace the demo releases the public pages need. See the closing note.
            memberPaths: [],
            memberCookie: "\(AccountCookies.session)=\(token)")
    }

    /// The same page asked for in English, by name: a browser keeps the language cookie between pages.
    static func english(_ path: String) -> String {
        path + (path.contains("?") ? "&" : "?") + "lang=en"
    }

    /// The same page asked for in Spanish.
    static func spanish(_ path: String) -> String {
        path + (path.contains("?") ? "&" : "?") + "lang=es"
    }
}
