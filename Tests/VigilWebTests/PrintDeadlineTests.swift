import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// A stand-in for a Chromium that misbehaves: a shell script run with Chromium's arguments, which it ignores.
/// (The printing itself is tested with the real Chromium in `PDFPrintingTests`; these are the ways it fails.)
func misbehavingChromium(_ script: String) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-chromium-\(UUID().uuidString).sh")
    try Data("#!/bin/sh\n\(script)\n".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
    return file.path
}

@Suite("Every PDF download answers by its deadline")
struct PrintDeadlineTests {
    @Test("a program that ignores SIGTERM is killed once the grace after its deadline passes")
    func killedAfterGrace() async throws {
        let stubborn = try misbehavingChromium("trap '' TERM\nexec sleep 600")
        defer { try? FileManager.default.removeItem(atPath: stubborn) }
        let outcome = try await ChildProcess.run(stubborn, [], timeout: .seconds(1), killAfter: .seconds(1))
        #expect(outcome.timedOut)
        #expect(outcome.status == SIGKILL, "ended by SIGKILL, not by SIGTERM nor by finishing its sleep")
    }

    @Test("a print that outlasts the deadline is stopped; one queued behind it for the whole deadline is refused as busy; the queue then frees")
    func queueHasADeadline() async throws {
        let hung = try misbehavingChromium("exec sleep 600")
        defer { try? FileManager.default.removeItem(atPath: hung) }
        let printer = PDFPrinter(chromiumPath: hung, timeoutSeconds: 2)
        await printer.serving(at: try SocketAddress(ipAddress: "127.0.0.1", port: 9))
        func failure() async -> PDFPrinter.Failure? {
            do { _ = try await printer.pdf(html: "<p>x</p>"); return nil } catch { return error as? PDFPrinter.Failure }
        }
        async let first = failure()
        async let second = failure()
        let both = await [first, second]
        #expect(both.contains(.timedOut(seconds: 2)) && both.contains(.busy(seconds: 2)), "\(both)")
        // The refused print left the queue, so the next one is printed (and times out), not kept waiting.
        #expect(await failure() == .timedOut(seconds: 2))
        #expect(await printer.pages.waiting == 0)
    }

    @Test("the dossier download refuses in the reader's language when Chromium hangs or fails; Chromium's output stays in the log")
    func refusalsOnTheWeb() async throws {
        let hung = try misbehavingChromium("exec sleep 600")
        let failing = try misbehavingChromium("echo 'secret stack trace' >&2\nexit 3")
        defer { for path in [hung, failing] { try? FileManager.default.removeItem(atPath: path) } }
        try await withTestDatabase { db in
            for release in ClosureFixture.releases() { try await ReleaseArchive(database: db).archive(release, synthetic: false) }
            try await ClosureFixture.load(db)
            for (chromium, english, spanish) in [
                (hung, "Chromium did not finish within 2 seconds and was stopped", "Chromium no terminó en 2 segundos y se detuvo"),
                (failing, "Chromium stopped with status 3", "Chromium terminó con el estado 3"),
            ] {
                let app = try await buildApplication(configuration: AppConfig(host: "127.0.0.1", port: 0, logLevel: .critical,
                                                                              chromiumPath: chromium, printTimeoutSeconds: 2), database: db)
                try await app.test(.live) { client in
                    // The live client gives up after 20 s, which the dossier alone can take when the whole suite runs.
                    let port = try #require(client.port)
                    let page = try await slowGet(port: port, "/facilities/STWRTGA/dossier.pdf")
                    let text = String(decoding: page.body, as: UTF8.self)
                    #expect(page.status == 503)
                    #expect(text.contains("Chromium could not print the dossier (\(english)"), "\(text.prefix(3000))")
                    #expect(text.contains("/facilities/STWRTGA/dossier"))
                    #expect(!text.contains("secret stack trace"))
                    let enEspañol = try await slowGet(port: port, "/facilities/STWRTGA/dossier.pdf?lang=es")
                    #expect(enEspañol.status == 503 && String(decoding: enEspañol.body, as: UTF8.self).contains(spanish))
                }
            }
        }
    }
}
