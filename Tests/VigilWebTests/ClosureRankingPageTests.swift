import Foundation
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Closure ranking page")
struct ClosureRankingPageTests {
    func withRankingApp(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase) async throws -> Void) async throws {
        try await withApp(releases: ClosureFixture.releases(), synthetic: false) { client, db in
            try await ClosureFixture.load(db)
            try await body(client, db)
        }
    }

    @Test("default weights: every facility holding people, with its raw counts; Stewart first")
    func defaultRanking() async throws {
        try await withRankingApp { client, _ in
            let page = try await client.get("/ranking")
            #expect(page.status == .ok)
            #expect(page.body.contains("id=\"ranking-chart\""))
            for factor in ClosureFactor.allCases { #expect(page.body.contains(factor.label), "\(factor)") }

            let csv = CSV.parse(try await client.get("/ranking.csv").body)
            let header = try #require(csv.first)
            #expect(Array(header.prefix(7)) == ["rank", "facility", "facility_name", "state", "operator", "operator_kind", "score"])
            let rows = Dictionary(uniqueKeysWithValues: csv.dropFirst().map { ($0[1], Dictionary(uniqueKeysWithValues: zip(header, $0))) })
            #expect(rows.count == 4)
            #expect(csv[1][1] == "STWRTGA")
            // Stewart: 2 deaths since 2016, CoreCivic private, guaranteed minimum 600
            #expect(rows["STWRTGA"]?["deaths"] == "2")
            #expect(rows["STWRTGA"]?["private_operator"] == "1")
            #expect(rows["STWRTGA"]?["operator"] == "CoreCivic")
            #expect(rows["STWRTGA"]?["guaranteed_minimum"] == "600")
            // Alamance: the Fail repeated by both releases counts once, plus the Deficient; its 2010 death is outside the window
            #expect(rows["ALAMANC"]?["inspections"] == "2")
            #expect(rows["ALAMANC"]?["deaths"] == "0")
            // the facility with no registry code is ranked under its workbook key
            #expect(rows["mystery-hold-room-tx"] != nil)
        }
    }

    @Test("weights in the query string reorder the ranking, and the page, CSV and API agree")
    func weightsInLink() async throws {
        try await withRankingApp { client, _ in
            let query = "?deaths=0&inspections=10&segregation=0&incidents=0&population=0&guaranteed_minimum=0&private_operator=0&deaths_since=2005"
            let page = try await client.get("/ranking" + query)
            #expect(page.body.contains("name=\"inspections\" value=\"10\""))
            #expect(page.body.contains("name=\"deaths_since\" value=\"2005\""))
            #expect(page.body.contains("href=\"/ranking.csv" + query.replacingOccurrences(of: "&", with: "&amp;") + "\""))
            let csv = CSV.parse(try await client.get("/ranking.csv" + query).body)
            #expect(csv[1][1] == "ALAMANC")
            #expect(csv[1][6] == "100")
            let header = csv[0]
            let deathsColumn = try #require(header.firstIndex(of: "deaths"))
            #expect(csv.first { $0[1] == "ALAMANC" }?[deathsColumn] == "1", "the 2010 death counts from 2005 on")

            let api = try JSONSerialization.jsonObject(with: Data(try await client.get("/api/v1/ranking" + query).body.utf8)) as? [String: Any]
            let entries = try #require(api?["entries"] as? [[String: Any]])
            #expect(entries.first?["facility"] as? String == "ALAMANC")
            #expect((api?["factors"] as? [[String: Any]])?.count == ClosureFactor.allCases.count)
            #expect(api?["deaths_since"] as? Int == 2005)
        }
    }

    @Test("an unreadable weight is refused with a message naming it")
    func badWeight() async throws {
        try await withRankingApp { client, _ in
            let page = try await client.get("/ranking?deaths=%3Cscript%3E")
            #expect(page.status == .badRequest)
            #expect(page.body.contains("The weight “deaths” must be a number"))
            #expect(!page.body.contains("<script>"))
            #expect(try await client.get("/ranking.csv?population=x").status == .badRequest)
            #expect(try await client.get("/api/v1/ranking?deaths_since=abc").status == .badRequest)
            // an empty box on the page's form means the default; an empty value asked of the API or a download is refused
            #expect(try await client.get("/ranking?deaths=&population=2").status == .ok)
            let empty = try await client.get("/api/v1/ranking?deaths=&population=2")
            #expect(empty.status == .badRequest && empty.body.contains("“deaths” is empty"))
            #expect(try await client.get("/ranking.csv?deaths_since=").status == .badRequest)
        }
    }

    @Test("the ranking's inputs are gathered the same on every engine", arguments: TestEngine.available)
    func candidatesOnEveryEngine(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            for release in ClosureFixture.releases() { try await ReleaseArchive(database: db).archive(release) }
            try await ClosureFixture.load(db)
            _ = try await IncidentArchive(database: db).add(IncidentFixtures.incident(facility: "ALAMANC", status: .corroborated),
                                                            by: "editor@example.org", audit: .commandLine)
            _ = try await IncidentArchive(database: db).add(IncidentFixtures.incident(facility: "ALAMANC", visibility: .internal),
                                                            by: "editor@example.org", audit: .commandLine)
            let result = try #require(try await ClosureCandidateQueries(database: db).candidates(deathsSince: 2016, includeInternalIncidents: false))
            let byID = Dictionary(uniqueKeysWithValues: result.candidates.map { ($0.identifier, $0) })
            #expect(result.basis.release.asOfDate.iso == "2024-07-18")
            #expect(byID["STWRTGA"]?[.deaths] == 2 && byID["STWRTGA"]?[.privateOperator] == 1 && byID["STWRTGA"]?[.guaranteedMinimum] == 600)
            #expect(byID["ALAMANC"]?[.adverseInspections] == 2 && byID["ALAMANC"]?[.incidents] == 2)
            #expect(byID["CAROLVA"]?[.segregation] == 21)
            #expect(byID["mystery-hold-room-tx"]?[.population] == 100)
            let signedIn = try #require(try await ClosureCandidateQueries(database: db).candidates(deathsSince: 2016, includeInternalIncidents: true))
            #expect(signedIn.candidates.first { $0.identifier == "ALAMANC" }?[.incidents] == 3)
        }
    }
}
