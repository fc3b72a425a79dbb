import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

/// The shared agenda items and contract awards linked to the registry on the real data: every
/// reference list with codes, then the two expansion lists and the awards as operator evidence,
/// all through the one matcher. Skipped, saying why, when the data is absent.
@Suite("Expansion links on the real data", .serialized)
struct RealExpansionLinkTests {
    static let commission = "expansion/markramm_commission_activity.csv"
    static let contracts = "expansion/markramm_ice_contracts.csv"

    struct Link: Decodable { var record_key: String; var code: String?; var method: String; var accepted: Int; var evidence: String? }
    struct Facility: Decodable { var code: String; var name: String?; var state: String? }

    @Test("agenda items and awards link to facilities in their own state; a generic name never ties to the DC hospital",
          SharedData.required(RealFacilityIdentityTests.lists + [commission, contracts]))
    func links() async throws {
        try await withTestDatabase { db in
            // given every reference list with codes
            for path in RealFacilityIdentityTests.lists {
                _ = try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(fileAt: try SharedData.require(path)))
            }
            // when the agenda items, the awards and the awards as operator evidence are imported
            let (itemSource, items) = try CommissionActivityReader.read(fileAt: try SharedData.require(Self.commission))
            let (awardSource, awards) = try ContractAwardReader.read(fileAt: try SharedData.require(Self.contracts))
            let store = ExpansionArchive(database: db)
            let itemReport = try await store.importCommissionItems(items, from: itemSource)
            let awardReport = try await store.importAwards(awards, from: awardSource)
            let (operatorSource, contents) = try OperatorCSVReader.contents(ofFileAt: try SharedData.require(Self.contracts))
            guard case .awards(let operatorAwards) = contents else { Issue.record("the contracts file is not read as awards"); return }
            let evidence = try await FacilityRegistry(database: db).importContractAwards(operatorAwards, from: operatorSource)

            let facilities = Dictionary(try await db.sql.raw("SELECT code, name, state FROM facilities").all(decoding: Facility.self)
                .map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
            let links = try await db.sql.raw("SELECT record_key, code, method, accepted, evidence FROM expansion_links WHERE record_kind = 'agenda-item'")
                .all(decoding: Link.self)
            let itemState = Dictionary(items.map { ($0.itemID, $0.state.uppercased()) }, uniquingKeysWith: { a, _ in a })
            let linked = links.filter { $0.accepted == 1 }
            let review = links.filter { $0.accepted == 0 }
            print("agenda items: \(items.count) read, \(itemReport.linked) linked, \(itemReport.doubtful) to review")
            print("awards: \(awardReport.linked) linked, \(awardReport.doubtful) to review; as operator evidence: \(evidence.considered) considered, \(evidence.records) records")
            for link in linked.sorted(by: { $0.record_key < $1.record_key }) {
                let f = link.code.flatMap { facilities[$0] }
                print("linked \(link.record_key) → \(link.code ?? "-") \(f?.name ?? "") (\(f?.state ?? "")) [\(link.method)]")
            }

            // then no agenda item, award or operator record is tied to St. Elizabeth's, the DC hospital
            #expect(!links.contains { $0.code == "SEH" })
            let awardLinks = try await db.sql.raw("SELECT record_key, code, method, accepted, evidence FROM expansion_links WHERE record_kind = 'award'")
                .all(decoding: Link.self)
            #expect(!awardLinks.contains { $0.code == "SEH" })
            struct OperatorCode: Decodable { var code: String }
            let evidenced = try await db.sql.raw("SELECT code FROM facility_operators WHERE method = 'contract-award'").all(decoding: OperatorCode.self)
            #expect(!evidenced.contains { $0.code == "SEH" })
            // and no longer does every agenda item wait for review: most name no facility at all, those that
            // do are linked, and each linked one is in the item's own state
            #expect(itemReport.linked + itemReport.doubtful == links.count)
            #expect(review.count < 142, "\(review.count) agenda items to review")
            #expect(linked.count >= 1)
            for link in linked {
                #expect(link.code.flatMap { facilities[$0]?.state?.uppercased() } == itemState[link.record_key], "\(link.record_key) → \(link.code ?? "-")")
            }
            // and the awards that named a facility before still do (GEO's Northwest Detention Center and Delaney Hall)
            let byAward = Dictionary(awardLinks.map { ($0.record_key, $0) }, uniquingKeysWith: { a, _ in a })
            #expect(byAward["70CDCR23FR0000002"]?.code == "CSCNWWA" && byAward["70CDCR23FR0000002"]?.accepted == 1)
            #expect(byAward["70CDCR26FR0000050"]?.code == "DHDFNJ" && byAward["70CDCR26FR0000050"]?.accepted == 1)
        }
    }
}
