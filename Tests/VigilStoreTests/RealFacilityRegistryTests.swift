import Foundation
import Testing
import VigilCore
import VigilImport
import VigilStore
import VigilTestSupport

/// The registry against the real data: ICE's 2017 facility list and every statistics workbook
/// in ../shared/data, read in place. Skipped, saying why, when the data is absent.
@Suite("Facility registry on the real data", .serialized)
struct RealFacilityRegistryTests {
    static let listPath = "facilities/ICE_Facility_List_11-06-2017-web.xlsx"

    @Test("ICE's 2017 list ties at least 75% of the workbooks' facility keys to a code",
          SharedData.required(listPath, "ice-stats"))
    func matchRateWith2017List() async throws {
        try await withTestDatabase { db in
            // given every real workbook archived
            let workbooks = try ReleaseImportBatch.workbooks(in: [try SharedData.require("ice-stats")])
            #expect(workbooks.count == 30)
            let results = await ReleaseImportBatch(database: db) { try IceStatsWorkbookReader.read(fileAt: $0) }.run(workbooks)
            #expect(results.filter(\.failed).map { "\($0.file.lastPathComponent): \($0.summary)" } == [])

            // when ICE's 2017 list is imported and the matcher runs
            let listing = try FacilityListReader.read(fileAt: try SharedData.require(Self.listPath))
            #expect(listing.format == .ice2017)
            #expect(listing.notes.contains { $0.hasPrefix("207 rows without a facility code") }, "\(listing.notes)")
            let outcome = try await FacilityRegistry(database: db).importListing(listing)
            guard case .imported(.ice2017, let entries, _, let operators, _) = outcome else { Issue.record("\(outcome)"); return }
            #expect(entries > 900 && operators > 900)
            let summary = try await FacilityMatching(database: db).run()

            // then at least three keys in four have an accepted code (1,522 of 2,011 when written), and
            // more than half the ADP: the rest is mostly facilities opened or renamed after 2017
            let rate = Double(summary.acceptedCount) / Double(summary.keys)
            #expect(rate >= 0.75, "matched \(summary.acceptedCount) of \(summary.keys) keys (\(rate))")
            #expect(summary.matchedADPShare > 0.5)
            #expect(summary.matched[.exact, default: 0] > summary.matched[.fuzzy, default: 0])
            #expect(summary.acceptedCount + summary.doubtful + summary.unmatched + summary.rejected == summary.keys)

            // and the review queue, the private share of every release and the exports all compute
            let queue = try await FacilityMatching(database: db).reviewQueue()
            #expect(queue.count == summary.doubtful + summary.unmatched)
            #expect(zip(queue, queue.dropFirst()).allSatisfy { $0.totalADP >= $1.totalADP })
            let shares = try await PrivateShareQueries(database: db).allShares()
            let nationals = shares.filter { $0.areaKind == .national }
            #expect(nationals.count == (try await ReleaseQueries(database: db).all()).count)
            // (facilities opened or renamed since 2017 stay unknown with this list alone, so only the share
            // of known operators is pinned high; counting unknowns can only lower it)
            #expect(nationals.allSatisfy { ($0.privateShareOfKnown ?? 0) > 0.6 })
            #expect(nationals.allSatisfy { ($0.privateShare ?? 1) <= ($0.privateShareOfKnown ?? 0) })
            let facilities = try await Exporter(database: db).table(.facilities)
            #expect(facilities.rows.count == entries)
            let stewart = try #require(try await RegistryQueries(database: db).facility(code: "STWRTGA"))
            #expect(stewart.latestOperator?.operatorKind == .private)
            #expect(stewart.latestOperator?.citation?.contains("row") == true)
        }
    }
}
