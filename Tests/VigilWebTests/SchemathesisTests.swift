import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Schemathesis (PyPI) generates requests from docs/openapi.yaml, valid and invalid, and checks every
/// answer against the document: no 5xx, documented status codes and content types, bodies that match
/// their schemas, invalid input refused, 405 for methods the document does not list.
@Suite("The API against its OpenAPI document, by schemathesis", .serialized)
struct SchemathesisTests {
    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["schemathesis", "st"] {
            for directory in directories where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }()

    static let skipReason: Comment = "schemathesis is not installed (pip install schemathesis)"

    /// Every phase: the document's examples, the coverage phase (each parameter's edges and wrong types,
    /// methods the document does not list), generated requests, and stateful sequences. Kept short for
    /// `scripts/test`: 10 generated cases per operation, four minutes at most, one worker (the server under
    /// test needs the machine's two cores), a fixed seed so a failure is repeatable with the same command.
    /// Speed is not judged here: that is for the benchmarks. `--checks all` turns on schemathesis's
    /// response-time check with a 10 s limit, which a custom-weight ranking passed once while the whole
    /// suite loaded the machine, so its limit is the request timeout's: only a hang fails.
    static func arguments(document: String, base: String) -> [String] {
        ["run", document, "--url", base, "--checks", "all", "--phases", "examples,coverage,fuzzing,stateful", "--max-examples", "10",
         "--max-time", "240", "--seed", "1", "--workers", "1", "--request-timeout", "30", "--max-response-time", "30",
         "--generation-database", "none", "--no-color"]
    }

    @Test("a live server with the synthetic demo: no 5xx, no schema violation, nothing the document does not say",
          .enabled(if: path != nil, skipReason))
    func schemathesis() async throws {
        try await withTestDatabase { database in
            _ = try await DemoLoader(database: database).load(releases: DemoDataset.releases(seed: 2024, count: 8))
            let app = try await buildApplication(configuration: AppConfig(host: "127.0.0.1", port: 0, logLevel: .critical), database: database)
            try await app.test(.live) { client in
                let base = "http://127.0.0.1:\(try #require(client.port))"
                // Run from a scratch folder, so nothing it writes lands in the repository.
                let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-schemathesis-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: scratch) }
                let outcome = try await ChildProcess.run("/bin/sh", ["-c", "cd \"$0\" && exec \"$@\"", scratch.path, try #require(Self.path)]
                                                         + Self.arguments(document: OpenAPITests.docsURL.path, base: base),
                                                         timeout: .seconds(600))
                let output = String(decoding: outcome.standardOutput + outcome.standardError, as: UTF8.self)
                #expect(!outcome.timedOut)
                #expect(outcome.status == 0, "schemathesis found failures:\n\(output.suffix(12_000))")
                // and it did test every operation (a document it cannot read would test none)
                let selected = output.firstMatch(of: /Selected: (\d+)\/(\d+)/).flatMap { Int($0.2) } ?? 0
                let tested = output.firstMatch(of: /Tested: (\d+)/).flatMap { Int($0.1) } ?? 0
                #expect(selected >= 20 && tested == selected, "\(output.suffix(3000))")
            }
        }
    }
}
