import Foundation
import HummingbirdTesting
import Plot
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Closure dossier")
struct DossierTests {
    @Test("the dossier cites every fact: operator, population, deaths and inspections each point at a listed source")
    func citedDossier() async throws {
        try await withApp(releases: ClosureFixture.releases(), synthetic: false) { client, db in
            try await ClosureFixture.load(db)
            let page = try await client.get("/facilities/STWRTGA/dossier")
            #expect(page.status == .ok)
            for section in ["summary", "operator", "population", "deaths", "inspections", "sources", "method"] {
                #expect(page.body.contains("id=\"\(section)\""), "section \(section)")
            }
            #expect(page.body.contains("CoreCivic"))
            #expect(page.body.contains("Jiminez-Joseph, Jean Carlos") && page.body.contains("Doe, Test Person"))
            #expect(page.body.contains("href=\"https://example.org/j.pdf\""), "each death links its report")
            #expect(page.body.contains("2 deaths in ICE custody recorded here"))
            #expect(page.body.contains("guaranteed minimum of 600 beds"))
            #expect(page.body.contains("Meets Standards"))
            // every citation points at a source in the list, and every source is cited
            let cited = Set(page.body.matches(of: /href="#source-(\d+)"/).map { Int($0.1)! })
            let listed = Set(page.body.matches(of: /id="source-(\d+)"/).map { Int($0.1)! })
            #expect(!cited.isEmpty && cited == listed)
            #expect(listed == Set(1...listed.count))
            // the sources name the exact files
            #expect(page.body.contains("FY24_detentionStats_2024-07-18.xlsx"))
            #expect(page.body.contains(String(repeating: "2", count: 64)))
            #expect(page.body.contains("deaths-test.csv"))
            #expect(page.body.contains("operators.csv"))
            #expect(page.body.contains("href=\"/facilities/STWRTGA/dossier.pdf\""))
        }
    }

    @Test("a workbook key opens the same dossier; an unknown facility is a 404")
    func addresses() async throws {
        try await withApp(releases: ClosureFixture.releases(), synthetic: false) { client, db in
            try await ClosureFixture.load(db)
            let byKey = try await client.get("/facilities/stewart-detention-center-ga/dossier")
            #expect(byKey.status == .ok && byKey.body.contains("href=\"/facilities/STWRTGA/dossier.pdf\""))
            let alamance = try await client.get("/facilities/ALAMANC/dossier")
            #expect(alamance.body.contains("rated failed, deficient, not meeting standards or at risk"))
            #expect(occurrences(of: "class=\"adverse\"", in: alamance.body) == 2)
            #expect(try await client.get("/facilities/NOSUCHFACILITY/dossier").status == .notFound)
        }
    }

    @Test("without Chromium the PDF address answers 503 and says what to install")
    func pdfWithoutChromium() async throws {
        try await withTestDatabase { db in
            try await ReleaseArchive(database: db).archive(ClosureFixture.releases()[1])
            let app = try await buildApplication(configuration: AppConfig(logLevel: .warning, chromiumPath: nil), database: db)
            try await app.test(.router) { client in
                let page = try await client.get("/facilities/stewart-detention-center-ga/dossier.pdf")
                #expect(page.status == .serviceUnavailable)
                #expect(page.body.contains("apt-get install chromium"))
            }
        }
    }

    @Test("headless Chromium prints the dossier to a PDF download",
          .enabled(if: Chromium.locate() != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func pdf() async throws {
        // Live: Chromium fetches the page to print from the running server.
        try await withApp(releases: ClosureFixture.releases(), synthetic: false, testing: .live) { client, db in
            try await ClosureFixture.load(db)
            let response = try await slowGet(port: try #require(client.port), "/facilities/STWRTGA/dossier.pdf")
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/pdf")
            #expect(response.header("Content-Disposition") == "attachment; filename=\"vigil-dossier-STWRTGA.pdf\"")
            let bytes = response.body
            #expect(bytes.starts(with: Data("%PDF-".utf8)))
            #expect(bytes.count > 10_000)
            // The document title Chromium writes (UTF-16BE hex) is the dossier's, and there are pages.
            let text = String(decoding: bytes, as: UTF8.self)
            let hex = try #require(text.firstMatch(of: /\/Title <FEFF([0-9A-F]+)>/)?.1)
            var units: [UInt16] = []
            var index = hex.startIndex
            while index < hex.endIndex {
                let next = hex.index(index, offsetBy: 4)
                units.append(UInt16(hex[index..<next], radix: 16)!)
                index = next
            }
            #expect(String(decoding: units, as: UTF16.self).hasPrefix("Closure dossier: STEWART DETENTION CENTER"))
            #expect(text.matches(of: /\/Type \/Page[^s]/).count >= 1)
        }
    }
}

@Suite("Closure dossier and ranking: segregation and documented conditions")
struct DossierConditionsTests {
    static let password = "a long enough password"

    func withConditions(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
        try await withApp(releases: ClosureFixture.releases(), synthetic: false) { client, db in
            try await ClosureFixture.load(db)
            try await UserAccounts(database: db).add(email: "editor@example.org", role: .editor, password: Self.password, by: .commandLine)
            let archive = IncidentArchive(database: db)
            _ = try await archive.add(IncidentFixtures.incident(facility: "CAROLVA", category: .failedPlumbing, status: .officialFinding,
                                                                description: "Toilets overflowed into the housing unit for a week."),
                                      by: "editor@example.org", audit: .commandLine)
            _ = try await archive.add(IncidentFixtures.incident(facility: "CAROLVA", category: .retaliation, status: .alleged, visibility: .internal,
                                                                description: "Internal note: a witness fears retaliation.",
                                                                sourceTitle: "Intake interview, confidential"),
                                      by: "editor@example.org", audit: .commandLine)
            try await body(client, db)
        }
    }

    @Test("anonymous readers get public incidents only, in the dossier and in the ranking")
    func anonymous() async throws {
        try await withConditions { client, _ in
            let dossier = try await client.get("/facilities/CAROLVA/dossier")
            #expect(dossier.status == .ok)
            #expect(dossier.body.contains("Toilets overflowed into the housing unit for a week."))
            #expect(dossier.body.contains("Failed plumbing") && dossier.body.contains("Official finding"))
            #expect(!dossier.body.contains("Internal note"))
            #expect(!dossier.body.contains("Intake interview, confidential"))
            #expect(dossier.body.contains("1 documented incident: 1 official finding"))
            // segregation: both months, tied by the name ICE printed, each citing its workbook
            #expect(dossier.body.contains("2024-05") && dossier.body.contains("2024-06"))
            #expect(dossier.body.contains("21 segregation placements in the 2 newest months ICE published"))

            let csv = CSV.parse(try await client.get("/ranking.csv").body)
            let header = csv[0]
            let row = try #require(csv.first { $0[1] == "CAROLVA" })
            let value = { (column: String) in row[header.firstIndex(of: column)!] }
            #expect(value("incidents") == "3", "one public official finding weighs 3")
            #expect(value("segregation") == "21")
        }
    }

    @Test("a signed-in reader sees the internal incident, marked, and the ranking counts it")
    func signedIn() async throws {
        try await withConditions { client, _ in
            var browser = Browser(client: client)
            _ = try await browser.signIn("editor@example.org", Self.password)
            let dossier = try await browser.get("/facilities/CAROLVA/dossier")
            #expect(dossier.body.contains("Internal note: a witness fears retaliation."))
            #expect(dossier.body.contains("class=\"internal\""))
            #expect(dossier.body.contains("2 documented incidents: 1 official finding, 1 alleged"))
            let csv = CSV.parse(try await browser.get("/ranking.csv").body)
            let header = csv[0]
            let row = try #require(csv.first { $0[1] == "CAROLVA" })
            #expect(row[header.firstIndex(of: "incidents")!] == "4")
            #expect(try await browser.get("/ranking").body.contains("internal incidents count too"))
        }
    }
}
