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
        // the casework fixtures: two organizations, a member, an admin, and one case
        let (organization, _) = try await CaseFixtures.load(database)
        let caseID = try await CaseArchive(database: database, key: dataKey).add(CaseFixtures.file(), to: organization,
                                                                                recordedBy: "member@example.org", audit: .commandLine)
        let accounts = UserAccounts(database: database), sessions = SignInSessions(database: database)
        let (token, _) = try await sessions.start(for: try #require(try await accounts.user(email: "admin@example.org")))
        let (memberToken, _) = try await sessions.start(for: try #require(try await accounts.user(email: "member@example.org")))
        let cases = "/orgs/\(organization.slug)"
        // the synthetic demo bond fund, with the admin as its member
        try await BondFunds(database: database).loadDemo(DemoBondFund.plan(at: keys.map(\.rawValue), today: .today, count: 24),
                                                         key: dataKey)
        try await Organizations(database: database).setMember(slug: DemoBondFund.organizationSlug, email: "admin@example.org",
                                                              role: .orgAdmin, by: .commandLine)
        let fund = "/orgs/\(DemoBondFund.organizationSlug)/fund"
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
                            "/alerts/subscriptions", "/alerts/deliveries", "/orgs",
                            fund, "\(fund)/report?year=\(CalendarDate.today.year - 1)"],
            cookie: "\(AccountCookies.session)=\(token)",
            memberPaths: [cases, "\(cases)/queue", "\(cases)/cases/new", "\(cases)/cases/\(caseID)", "\(cases)/cases/\(caseID)/edit",
                          "\(cases)/cases/\(caseID)/drafts/parole"],
            memberCookie: "\(AccountCookies.session)=\(memberToken)")
    }

    /// The same page asked for in Spanish.
    static func spanish(_ path: String) -> String {
        path + (path.contains("?") ? "&" : "?") + "lang=es"
    }
}
