import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("OpenAPI document")
struct OpenAPITests {
    static var docsURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/openapi.yaml")
    }

    /// Paths are the lines indented by exactly two spaces under `paths:`.
    static func documentedPaths(_ yaml: String) -> [String] {
        var inPaths = false
        var paths: [String] = []
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.hasPrefix(" ") && !line.isEmpty { inPaths = line == "paths:" ; continue }
            if inPaths, line.hasPrefix("  /"), line.hasSuffix(":") {
                paths.append(String(line.dropFirst(2).dropLast()))
            }
        }
        return paths
    }

    @Test("the served document is docs/openapi.yaml")
    func servedDocumentMatchesDocs() async throws {
        // After editing docs/openapi.yaml, run scripts/regenerate-openapi.
        let docs = try String(contentsOf: Self.docsURL, encoding: .utf8)
        #expect(OpenAPIDocument.yaml.trimmingCharacters(in: .whitespacesAndNewlines) == docs.trimmingCharacters(in: .whitespacesAndNewlines))
        try await withApp(releases: []) { client, _ in
            let page = try await client.get("/api/v1/openapi.yaml")
            #expect(page.status == .ok)
            #expect(page.body.hasPrefix("openapi: 3.1"))
        }
    }

    @Test("every documented path is routed")
    func everyPathRoutes() async throws {
        let paths = Self.documentedPaths(OpenAPIDocument.yaml)
        #expect(paths.count >= 8)
        try await withApp { client, database in
            let letter = try await LetterFixtures.importLetter(database)
            let release = try await ReleaseQueries(database: database).latest()!
            let key = try await FacilityQueries(database: database).rows(inRelease: release.id)[0].key
            for path in paths {
                var uri = path.replacingOccurrences(of: "{id}", with: String(release.id))
                    .replacingOccurrences(of: "{key}", with: key.rawValue)
                    .replacingOccurrences(of: "{dimension}", with: "aor")
                if path == "/api/v1/facilities" { uri += "?q=demo" }
                if path == "/api/v1/letters/{id}" { uri = "/api/v1/letters/\(letter)" }
                let page = try await client.get(uri)
                #expect(page.status == .ok, "\(path) -> \(page.status)")
            }
        }
    }

    @Test("every API address SiteURL can make is documented")
    func siteURLsAreDocumented() {
        let documented = Set(Self.documentedPaths(OpenAPIDocument.yaml))
        let key = FacilityKey(rawValue: "x")
        let apis: [SiteURL.API] = [.releases, .release(id: 1), .releaseFacilities(releaseID: 1), .breakdown(releaseID: 1, .state),
                                   .nationalTrend, .facility(key), .facilitySearch(query: nil), .facilityDaily(key), .nationalDaily, .deaths, .segregation, .closureRanking(), .incidents(), .letter(id: 1), .openAPI]
        for api in apis {
            let pattern = SiteURL.api(api).routePattern
            #expect(documented.contains(pattern), "\(pattern) is not in docs/openapi.yaml")
        }
    }
}
