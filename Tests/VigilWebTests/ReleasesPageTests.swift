import Testing
import VigilCore
import VigilStore
@testable import VigilWeb

@Suite("Releases page and synthetic banner")
struct ReleasesPageTests {
    @Test("lists every release with its file, short hash (full on hover), counts and anomalies")
    func archive() async throws {
        // given demo releases, some with anomalies
        let releases = Fixtures.demoReleases(count: 8)
        try await withApp(releases: releases) { client, _ in
            // when the archive is read
            let page = try await client.get("/releases")
            // then each release has a row with its file name and hash
            #expect(page.status == .ok)
            #expect(occurrences(of: "<tr id=\"release-", in: page.body) == releases.count)
            for release in releases {
                #expect(page.body.contains(release.source.fileName))
                #expect(page.body.contains("title=\"\(release.source.sha256)\""))
                #expect(page.body.contains(String(release.source.sha256.prefix(12))))
            }
            let anomalous = releases.first { !$0.anomalies.isEmpty }!
            #expect(page.body.contains("placeholder value"))
            #expect(page.body.contains("×\(anomalous.anomalies[0].occurrences)"))
            #expect(page.body.contains("aria-current=\"page\""))
        }
    }

    @Test("the synthetic banner appears on every page when demo data is stored",
          arguments: ["/", "/releases", "/facilities/no-such-key", "/nowhere"])
    func bannerWithDemoData(path: String) async throws {
        try await withApp(synthetic: true) { client, _ in
            let page = try await client.get(path)
            #expect(page.body.contains("Synthetic demo data:</strong> these figures are generated, not ICE's."))
            #expect(page.body.contains("vigil import ice-stats &lt;folder&gt;"))
        }
    }

    @Test("no banner for real (non-synthetic) releases", arguments: ["/", "/releases"])
    func noBannerForRealData(path: String) async throws {
        try await withApp(synthetic: false) { client, _ in
            let page = try await client.get(path)
            #expect(page.status == .ok)
            #expect(!page.body.contains("Synthetic demo data"))
        }
    }

    @Test("/health answers ok")
    func health() async throws {
        try await withApp(releases: []) { client, _ in
            let page = try await client.get("/health")
            #expect(page.status == .ok)
            #expect(page.body == "ok")
        }
    }
}
