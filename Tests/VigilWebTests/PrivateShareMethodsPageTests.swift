import Foundation
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Private-share page: methods and the letter's claim")
struct PrivateShareMethodsPageTests {
    typealias R = RegistryFixture

    @Test("the page checks the claim against the newest release, with the method behind each part")
    func claimAndMethods() async throws {
        try await withApp(releases: R.releases(), synthetic: false) { client, db in
            try await R.load(db)
            // when the page is read (worked by hand: 1000 private, 300 public, 300 unknown of 1600, all by cited records)
            let page = try await client.get("/private-share")
            // then the claim is a range, 62.5% to 81.3%, so it does not hold
            #expect(page.status == .ok)
            #expect(page.body.contains("id=\"claim\"") && page.body.contains("over 90% detained at facilities run by private companies"))
            #expect(page.body.contains("The claim does not hold"))
            #expect(page.body.contains("62.5%") && page.body.contains("81.3%"))
            // and every method has its row, with the cited records' ADP
            let methods = try #require(page.body.range(of: "<table id=\"method-contributions\"")
                .flatMap { r in page.body.range(of: "</table>", range: r.upperBound..<page.body.endIndex).map { String(page.body[r.lowerBound..<$0.upperBound]) } })
            for method in OperatorEvidenceMethod.allCases { #expect(methods.contains("<code>\(method.rawValue)</code>")) }
            #expect(methods.contains("1,000") && methods.contains("300"))
            // and the per-release table and the ICE definitions are shown
            #expect(page.body.contains("id=\"per-release-methods\""))
            #expect(page.body.contains("owned by a private company and contracted directly with the government"))
        }
    }
}
