import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Runs `body` against the app with the bond-fund fixtures: `second-fund` (member `other@`) with
/// one case and one obligor, a bond posted on it; passes the bond's id.
func withFundApp(_ engine: TestEngine = .sqlite,
                 _ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase, Int) async throws -> Void) async throws {
    try await withTestDatabase(engine) { db in
        let (fund, caseID, obligor) = try await BondFundFixtures.load(db)
        let bond = try await BondFundFixtures.postedBond(BondFunds(database: db), fund: fund, caseID: caseID, obligor: obligor)
        let app = try await buildApplication(configuration: AppConfig(logLevel: .warning, dataKey: CaseFixtures.key), database: db)
        try await app.test(.router) { client in try await body(client, db, bond) }
    }
}

/// The fund's pages are its members' alone; its forms refuse a step out of order; the public
/// release-work page and its downloads carry no person, A-number or obligor.
@Suite("Bond fund pages")
struct BondFundPagesTests {
    typealias F = BondFundFixtures

    static func signedIn(_ email: String, _ client: any TestClientProtocol) async throws -> (Browser, String) {
        var browser = Browser(client: client)
        _ = try await browser.signIn(email, CaseFixtures.password)
        let page = try await browser.get("/orgs")
        return (browser, try #require(Browser.csrfToken(in: page.body)))
    }

    @Test("a member sees the books, the bond and the queues; outsiders get the same 404 without the name")
    func memberOnly() async throws {
        try await withFundApp { client, _, bond in
            var (member, _) = try await Self.signedIn("other@example.org", client)
            let page = try await member.get("/orgs/second-fund/fund")
            #expect(page.status == .ok)
            #expect(page.body.contains("$7,500.50") && page.body.contains(CaseFixtures.name) && page.body.contains("Refunds to chase"))
            #expect(page.headers[.cacheControl] == "private, no-store")
            #expect(try await member.get("/orgs/second-fund/fund/report?year=2025").body.contains("Bonds posted"))
            let csv = try await member.get("/orgs/second-fund/fund/report.csv?year=2025")
            #expect(csv.status == .ok && csv.body.contains("bonds_posted,1,bonds") && !csv.body.contains(CaseFixtures.name))
            for email in ["member@example.org", "editor@example.org", nil] {
                var outsider = Browser(client: client)
                if let email { _ = try await outsider.signIn(email, CaseFixtures.password) }
                for path in ["/orgs/second-fund/fund", "/orgs/second-fund/fund/report?year=2025", "/orgs/second-fund/fund/report.csv?year=2025"] {
                    let answer = try await outsider.get(path)
                    #expect(answer.status == .notFound, "\(email ?? "anonymous") \(path): \(answer.status)")
                    #expect(!answer.body.contains(CaseFixtures.name) && !answer.body.contains(F.obligorName))
                }
            }
            // and a legal team has no fund page
            var legal = Browser(client: client)
            _ = try await legal.signIn("member@example.org", CaseFixtures.password)
            #expect(try await legal.get("/orgs/first-legal/fund").status == .notFound)
            _ = bond
        }
    }

    @Test("the step form: a refund before cancellation is refused with 422 and nothing is booked; a cancellation is recorded")
    func stepForm() async throws {
        try await withFundApp { client, db, bond in
            var (member, token) = try await Self.signedIn("other@example.org", client)
            let fund = try await BondFunds(database: db).fund(slug: "second-fund")
            let before = try await BondFunds(database: db).postings(of: fund)
            let refused = try await member.post("/orgs/second-fund/fund/steps", [
                ("csrf_token", token), ("stage", "refunded"), ("bond", String(bond)), ("date", "2026-01-05"), ("evidence", "deposit"),
                ("amount", "7,500.50"), ("interest", "12.00")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("I-391") && refused.body.contains("cannot move to “Refunded” now"))
            #expect(try await BondFunds(database: db).postings(of: fund) == before)
            // without the CSRF token nothing happens at all
            let forged = try await member.post("/orgs/second-fund/fund/steps", [("stage", "cancelled"), ("bond", String(bond)),
                                                                                ("date", "2026-01-05"), ("evidence", "I-391")])
            #expect(forged.status == .forbidden)
            let cancelled = try await member.post("/orgs/second-fund/fund/steps", [
                ("csrf_token", token), ("stage", "cancelled"), ("bond", String(bond)), ("date", "2026-01-05"), ("evidence", "I-391 received")])
            #expect(cancelled.status == .seeOther)
            let bonds = try await BondFunds(database: db).bonds(of: fund, by: F.reader)
            #expect(bonds.first?.stage == .cancelled)
            let money = try await member.post("/orgs/second-fund/fund/income", [
                ("csrf_token", token), ("kind", "donation"), ("amount", "1,000.001"), ("date", "2026-01-05")])
            #expect(money.status == .unprocessableContent && money.body.contains("fraction of a cent"))
            // and a Spanish page says why in Spanish, the step named as the page names it (last: the browser keeps the language)
            let rechazo = try await member.post("/orgs/second-fund/fund/steps?lang=es", [
                ("csrf_token", token), ("stage", "refunded"), ("bond", String(bond)), ("date", "2026-01-05"), ("evidence", "deposit"),
                ("amount", "7,500.50"), ("interest", "12.00")])
            #expect(rechazo.status == .unprocessableContent)
            #expect(rechazo.body.contains("no puede pasar a “\(Catalogue.of(.spanish).text("bond_funds.stage.refunded"))” ahora") && rechazo.body.contains("I-391"))
            #expect(!rechazo.body.contains("cannot"))
        }
    }

    @Test("/release-work, its downloads and its API publish no name, A-number, obligor or receipt, and suppress a cell of one")
    func publicHasNoPersonData() async throws {
        try await withFundApp { client, _, _ in
            var visitor = Browser(client: client)
            let page = try await visitor.get("/release-work")
            #expect(page.status == .ok && page.body.contains("Method") && page.body.contains("secondary"))
            #expect(page.body.contains("suppressed"))
            #expect(page.body.components(separatedBy: "aria-current=\"page\">Release work</a>").count == 3) // the row of links and the phone menu
            let csv = try await visitor.get("/release-work.csv")
            let json = try await visitor.get("/release-work.json")
            #expect(csv.body.hasPrefix("month,facility_key,facility_name,people_released,bonds_posted,median_bond_cents,suppressed"))
            // one bond, one person: every cell is 1, so every cell is blank and marked
            #expect(!csv.body.contains(",1,") && csv.body.contains("true"))
            let api = try await visitor.get("/api/v1/release-work")
            #expect(api.status == .ok && api.headers[.contentType]?.hasPrefix("application/json") == true)
            struct Work: Decodable {
                struct Range: Decodable { var from: Int; var to: Int }
                struct Cell: Decodable { var month: String?; var facility_key: String?; var people_released: Int?; var bonds_posted: Int?; var suppression: String }
                var suppressed_counts: Range
                var cells: [Cell]
            }
            let work = try JSONDecoder().decode(Work.self, from: Data(api.body.utf8))
            #expect(work.suppressed_counts.from == 1 && work.suppressed_counts.to == 10)
            // the cell, its month's total, its facility's total and the grand total: all hidden, the cell itself for being small
            #expect(work.cells.count == 4 && work.cells.allSatisfy { $0.people_released == nil && $0.bonds_posted == nil })
            #expect(work.cells.first { $0.month != nil && $0.facility_key != nil }?.suppression == "primary")
            #expect(api.body.contains("\"people_released\" : null")) // written, not left out
            for body in [page.body, csv.body, json.body, api.body] {
                for leak in [CaseFixtures.name, CaseFixtures.aNumberDigits, "246-813-579", F.obligorName, "Fixture Lane", "I305-77", "I352-77",
                             "750050", "7,500.50", "obligor", "a_number", "Venezuela"] {
                    #expect(!body.contains(leak), "leaks \(leak)")
                }
            }
        }
    }
}
