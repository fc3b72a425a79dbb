import Foundation
import HummingbirdTesting
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Every page a reader can open, on the demo Vigil serves on a fresh clone (with a data key, so its
/// synthetic legal team and bond fund too) plus what the demo lacks (a facility list, a published
/// and an open letter, an admin, a member of the demo organizations): the tour the phone,
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

    /// The tour on a fresh database, served through the router test client with the key that opens its cases.
    static func withApp(_ body: @escaping @Sendable (PageTour, any TestClientProtocol) async throws -> Void) async throws {
        try await withTestDatabase { database in
            let tour = try await prepare(database)
            let app = try await buildApplication(configuration: AppConfig(logLevel: .warning, dataKey: dataKey), database: database)
            try await app.test(.router) { client in try await body(tour, client) }
        }
    }

    static func prepare(_ database: VigilDatabase) async throws -> PageTour {
        let keys = try await DemoLoader(database: database).load(releases: DemoDataset.releases(seed: 2024, count: 8))
        let key = try #require(keys.first).rawValue
        let incident = try #require(try await IncidentQueries(database: database).all(includeInternal: false).first)
        let admin = try await UserAccounts(database: database).add(email: "admin@example.org", role: .admin,
                                                                   password: "a long enough password", by: .commandLine)
        let (token, _) = try await SignInSessions(database: database).start(for: admin)
        // the demo's legal team and bond fund, as `vigil serve` loads them with a data key, and a member of both
        try await CaseArchive(database: database, key: dataKey).loadDemo(DemoCases.cases(at: keys.map(\.rawValue), today: .today))
        try await BondFunds(database: database).loadDemo(DemoBondFund.plan(at: keys.map(\.rawValue), today: .today), key: dataKey)
        let member = try await UserAccounts(database: database).add(email: "member@example.org", role: .viewer,
                                                                    password: "a long enough password", by: .commandLine)
        for slug in [DemoCases.organizationSlug, DemoBondFund.organizationSlug] {
            try await Organizations(database: database).setMember(slug: slug, email: "member@example.org", role: .orgAdmin, by: .commandLine)
        }
        let (memberToken, _) = try await SignInSessions(database: database).start(for: member)
        struct FirstCase: Decodable { var id: Int }
        let firstCase = try #require(try await database.sql.raw("""
            SELECT MIN(c.id) AS id FROM cases c JOIN organizations o ON o.id = c.organization_id WHERE o.slug = \(bind: DemoCases.organizationSlug)
            """).first(decoding: FirstCase.self)).id
        let (legal, fund) = (DemoCases.organizationSlug, DemoBondFund.organizationSlug)
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
            memberPaths: [SiteURL.organizations, .organization(slug: legal), .newCase(slug: legal), .caseFile(slug: legal, id: firstCase),
                          .editCase(slug: legal, id: firstCase), .releaseQueue(slug: legal)].map(\.path)
                // (a draft's language is the page's `?lang`, which the tour adds)
                + DraftKind.allCases.map { SiteURL.caseDraft(slug: legal, id: firstCase, $0).path }
                + [SiteURL.organization(slug: fund), .fund(slug: fund), .fundReport(slug: fund, year: CalendarDate.today.year)].map(\.path),
            memberCookie: "\(AccountCookies.session)=\(memberToken)")
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
