import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

/// The hand-worked fixture is `ExpansionFixture` (VigilTestSupport), shared with the web tests.
@Suite("Expansion data in the store", .serialized)
struct ExpansionStoreTests {
    @Test("awards and agenda items link through the registry matcher with method and confidence; doubtful ones wait for review",
          arguments: TestEngine.available)
    func links(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            // given
            let reports = try await ExpansionFixture.load(db)
            // then E1 is linked, E2 is doubtful, E3 and O1 not linked; the agenda item is linked
            #expect(reports[0].stored == 4 && reports[0].linked == 1 && reports[0].doubtful == 1)
            #expect(reports[1].linked == 1 && reports[1].doubtful == 0)
            let queue = try await ExpansionArchive(database: db).reviewQueue()
            #expect(queue.map(\.reference) == ["award:E2"])
            #expect(queue.first?.evidence?.contains("ALPHATX") == true && queue.first?.evidence?.contains("BRAVOGA") == true)

            // when a person links E2 to Alpha
            try await ExpansionArchive(database: db).decide(kind: .award, key: "E2", code: "ALPHATX", note: "transport from Alpha", by: "editor@example.org")
            // then it leaves the queue, and an unknown code or record is refused
            #expect(try await ExpansionArchive(database: db).reviewQueue().isEmpty)
            await #expect(throws: ExpansionArchive.DecisionError.unknownCode("NOPE")) {
                try await ExpansionArchive(database: db).decide(kind: .award, key: "E3", code: "NOPE", note: nil, by: "x")
            }
            await #expect(throws: ExpansionArchive.DecisionError.unknownRecord("dossier:none")) {
                try await ExpansionArchive(database: db).decide(kind: .dossier, key: "none", code: nil, note: nil, by: "x")
            }
        }
    }

    @Test("the same files again change nothing; a newer edition replaces the records it lists and keeps a person's decision",
          arguments: TestEngine.available)
    func reimport(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            _ = try await ExpansionFixture.load(db)
            try await ExpansionArchive(database: db).decide(kind: .award, key: "E2", code: "BRAVOGA", note: nil, by: "editor@example.org")
            let before = try await ExpansionQueries(database: db).sites()
            // when the same bytes come again
            let again = try await ExpansionFixture.importLists(db)
            // then every import says so and stores nothing
            #expect(again.allSatisfy { $0.alreadyArchivedAs != nil && $0.stored == 0 })
            #expect(again.map(\.alreadyArchivedAs) == ["awards.csv", "agenda.csv", "287g.csv", "beds.csv"])
            #expect(try await ExpansionQueries(database: db).sites() == before)

            // when a newer edition of the awards changes E1's amount
            let edition = ExpansionFixture.awards.replacingOccurrences(of: "E1,AKIMA GLOBAL SERVICES LLC,1000000", with: "E1,AKIMA GLOBAL SERVICES LLC,1500000")
            let (source, rows) = try ContractAwardReader.read(data: Data(edition.utf8), fileName: "awards-2.csv")
            let report = try await ExpansionArchive(database: db).importAwards(rows, from: source)
            // then the awards are replaced, not added, and the person's link of E2 stays
            #expect(report.stored == 4 && report.doubtful == 0)
            let recipients = try await MoneyQueries(database: db).recipients()
            #expect(recipients.first { $0.recipient == "AKIMA GLOBAL SERVICES LLC" }?.amountUSD == 1_500_000)
            #expect(try await MoneyQueries(database: db).dollars().map(\.awards).reduce(0, +) == 4)
            #expect(try await ExpansionQueries(database: db).site(code: "BRAVOGA")?.events.map(\.summary).first?.contains("E2") == true)
        }
    }

    @Test("each site's timeline: signal, award, funded beds, first appearance with people held and growth, each citing its source",
          arguments: TestEngine.available)
    func pipeline(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            _ = try await ExpansionFixture.load(db)
            let sites = try await ExpansionQueries(database: db).sites()
            // ECHO: the award, ICE's minimum, first held in October, growth by February
            let echo = try #require(sites.first { $0.code == "ECHONY" })
            #expect(echo.events.map(\.stage) == [.award, .fundedBeds, .firstBookIn, .growth])
            #expect(echo.events.map(\.date) == [CalendarDate(iso: "2025-03-01"), CalendarDate(iso: "2025-10-20"), CalendarDate(iso: "2025-10-20"),
                                                CalendarDate(iso: "2026-02-02")])
            #expect(echo.events[0].citation == "awards.csv, row 2, award E1 (CC BY-SA 4.0)")
            #expect(echo.events[2].citation == "FY26_detentionStats2025-10-20.xlsx, row 9")
            #expect(echo.events[1].summary == "ICE's guaranteed minimum: 40 beds")
            #expect(echo.events[3].summary == "ADP 50, up 30 since first listed")
            #expect(echo.operatorName == "AKIMA GLOBAL SERVICES LLC" && echo.furthestStage == .growth)
            // Alpha: the agenda item is its signal
            let alpha = try #require(sites.first { $0.code == "ALPHATX" })
            #expect(alpha.events.first?.stage == .signal && alpha.events.first?.date == CalendarDate(iso: "2024-06-11"))
            // Lubbock, TX: the 287(g) agreement and the unlinked award with its county, as one place
            let lubbock = try #require(sites.first { $0.id == ExpansionSite.placeID(state: "TX", place: "Lubbock County") })
            #expect(lubbock.events.map(\.stage) == [.signal, .award] && lubbock.code == nil)
            // newest activity first (Alpha and Echo both grew by February: then by name); the non-detention award is in no timeline
            #expect(sites.prefix(2).map(\.id) == ["code:ALPHATX", "code:ECHONY"])
            #expect(!sites.flatMap(\.events).contains { $0.summary.contains("O1") })
        }
    }

    @Test("money: dollars per fiscal year, recipient and facility; who profits; funded beds keep a blank as no minimum",
          arguments: TestEngine.available)
    func money(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            _ = try await ExpansionFixture.load(db)
            let money = MoneyQueries(database: db)
            let dollars = try await money.dollars()
            let akima = try #require(dollars.first { $0.recipient == "AKIMA GLOBAL SERVICES LLC" })
            #expect(akima.fiscalYear == 2025 && akima.code == "ECHONY" && akima.amountUSD == 1_000_000 && akima.facilityName == "ECHO SERVICE PROCESSING CENTER")
            #expect(dollars.first { $0.recipient == "COURIER CO" }?.detentionRelated == false)
            let recipients = try await money.recipients()
            #expect(recipients.map(\.recipient) == ["AKIMA GLOBAL SERVICES LLC", "THE GEO GROUP INC", "SABOT CONSULTING"])
            #expect(recipients[0].facilities == 1 && recipients[2].firstFiscalYear == 2026)
            let beds = try await money.fundedBeds()
            #expect(beds.map(\.beds) == [34000, nil])
            #expect(try await money.guaranteedMinimums().map { $0.beds } == [40, 40])
        }
    }

    @Test("the shared lists import, each once: 2,552 awards, 621 agenda items, 1,311 agreements, 16 dossiers; again, nothing changes",
          SharedData.required("expansion"))
    func sharedData() async throws {
        try await withTestDatabase { db in
            let store = ExpansionArchive(database: db)
            func importAll() async throws -> [ExpansionImportReport] {
                let (s1, awards) = try ContractAwardReader.read(fileAt: try SharedData.require("expansion/markramm_ice_contracts.csv"))
                let (s2, items) = try CommissionActivityReader.read(fileAt: try SharedData.require("expansion/markramm_commission_activity.csv"))
                let (s3, agreements) = try Agreement287gReader.read(fileAt: try SharedData.require("expansion/markramm_287g_agreements.csv"))
                let (s4, beds) = try FundedBedsReader.read(fileAt: try SharedData.require("expansion/funded_beds.csv"))
                let folder = try ContractDossierReader.read(folderAt: try SharedData.require("expansion/contract-dossiers"))
                return [try await store.importAwards(awards, from: s1), try await store.importCommissionItems(items, from: s2),
                        try await store.importAgreements(agreements, from: s3), try await store.importFundedBeds(beds, from: s4),
                        try await store.importDossiers(folder.dossiers, folderName: "contract-dossiers")]
            }
            let first = try await importAll()
            #expect(first.map(\.stored) == [2552, 621, 1311, 7, 16])
            let sites = try await ExpansionQueries(database: db).sites()
            let again = try await importAll()
            #expect(again.map(\.stored) == [0, 0, 0, 0, 0])
            #expect(try await ExpansionQueries(database: db).sites() == sites)
            #expect(try await MoneyQueries(database: db).recipients().map(\.awards).reduce(0, +) == 397)
        }
    }

    @Test("real awards link to known facilities through the matcher; a match outside the award's state is only a suggestion",
          SharedData.required("expansion/markramm_ice_contracts.csv", "facilities/uwchr-facilities-geocoded.csv.gz"))
    func realLinks() async throws {
        try await withTestDatabase { db in
            try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(fileAt: try SharedData.require("facilities/uwchr-facilities-geocoded.csv.gz")))
            let (source, awards) = try ContractAwardReader.read(fileAt: try SharedData.require("expansion/markramm_ice_contracts.csv"))
            _ = try await ExpansionArchive(database: db).importAwards(awards, from: source)
            struct Link: Decodable { var record_key: String; var code: String?; var method: String; var accepted: Int }
            let links = Dictionary(uniqueKeysWithValues: try await db.sql.raw("SELECT record_key, code, method, accepted FROM expansion_links")
                .all(decoding: Link.self).map { ($0.record_key, $0) })
            // GEO's task orders name the Northwest Detention Center (Tacoma) and Delaney Hall (Newark)
            #expect(links["70CDCR23FR0000002"].map { ($0.code, $0.method, $0.accepted) } ?? (nil, "", 0) == ("CSCNWWA", "exact", 1))
            #expect(links["70CDCR26FR0000050"]?.code == "DHDFNJ" && links["70CDCR26FR0000050"]?.accepted == 1)
            // a Port Isabel (TX) award is Port Isabel's, the one facility whose names say PORT ISABEL: its generic
            // words (“DETENTION CENTER”) no longer tie it to the DC hospital whose name ends “(DC)”
            #expect(links["70CMSW20C00000014"]?.code == "PIC")
            #expect(!links.values.contains { $0.code == "SEH" })
            // awards not flagged detention-related are never linked
            let unrelated = Set(awards.filter { !$0.detentionRelated }.map(\.awardID))
            #expect(links.keys.allSatisfy { !unrelated.contains($0) })
        }
    }
}
