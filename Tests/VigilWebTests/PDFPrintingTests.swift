import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Plot
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Vigil's routes served on a free loopback port, with a printer that knows the port, as `vigil serve` runs them.
func withPrintingServer(_ body: @escaping @Sendable (any TestClientProtocol, PDFPrinter) async throws -> Void) async throws {
    try await withTestDatabase { database in
        let printer = PDFPrinter(timeoutSeconds: testPrintTimeoutSeconds)
        let router = Router(context: VigilRequestContext.self, options: .autoGenerateHeadEndpoints)
        Routes.register(on: router, database: database, printer: printer)
        var logger = Logger(label: "vigil.test")
        logger.logLevel = .warning
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { await printer.serving(at: $0.localAddress) }, logger: logger)
        try await app.test(.live) { client in try await body(client, printer) }
    }
}

/// A server on another loopback port that answers anything and records what it was asked: the "outside"
/// a printed page must not reach.
func withRecordingListener(_ body: @escaping @Sendable (any TestClientProtocol, Int, RequestLog) async throws -> Void) async throws {
    let log = RequestLog()
    let router = Router(context: VigilRequestContext.self)
    router.add(middleware: RequestRecorder(log: log))
    router.get("**") { _, _ in "seen" }
    var logger = Logger(label: "vigil.test.listener")
    logger.logLevel = .warning
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
    try await app.test(.live) { client in try await body(client, try #require(client.port), log) }
}

@Suite("Printing to PDF from a one-time loopback page", .serialized)
struct PDFPrintingTests {
    /// The document title Chromium writes into a PDF: `(text)` when ASCII, else UTF-16BE hex.
    static func title(ofPDF bytes: Data) throws -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        if let plain = text.firstMatch(of: /\/Title \(([^)]*)\)/)?.1 { return String(plain) }
        let hex = try #require(text.firstMatch(of: /\/Title <FEFF([0-9A-F]+)>/)?.1)
        var units: [UInt16] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 4)
            units.append(UInt16(hex[index..<next], radix: 16)!)
            index = next
        }
        return String(decoding: units, as: UTF16.self)
    }

    static let pdftotext: String? = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The text of a PDF as poppler's pdftotext reads it.
    static func text(ofPDF bytes: Data) async throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-pdf-\(UUID().uuidString).pdf")
        try bytes.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try await ChildProcess.run(try #require(pdftotext), [file.path, "-"], timeout: .seconds(60))
        return String(decoding: outcome.standardOutput, as: UTF8.self)
    }

    static func page(_ title: String, _ content: Node<HTML.BodyContext>...) -> String {
        Layout.page(title: title, description: "d", chrome: PageChrome(showsSyntheticBanner: false, viewer: nil), stylesheet: .inline,
                    .group(content)).render()
    }

    @Test("a page is printed from the server: a PDF holding the page's text, and no page left waiting",
          .enabled(if: Chromium.locate() != nil, Comment(rawValue: HeadlessBrowser.skipReason)),
          .enabled(if: pdftotext != nil, "needs poppler's pdftotext (apt-get install poppler-utils)"))
    func prints() async throws {
        try await withPrintingServer { _, printer in
            let pdf = try await printer.pdf(html: Self.page("Printed", .p(.text("Fetched once from the loopback print page"))))
            #expect(pdf.starts(with: Data("%PDF-".utf8)))
            #expect(try Self.title(ofPDF: pdf) == "Printed · Vigil")
            let text = try await Self.text(ofPDF: pdf)
            #expect(text.contains("Fetched once from the loopback print page"), "\(text.prefix(500))")
            #expect(await printer.pages.waiting == 0)
        }
    }

    @Test("the print page answers its token once, with the printing policy; a second fetch and a wrong token are 404")
    func tokenOnce() async throws {
        try await withPrintingServer { client, printer in
            let token = await printer.pages.register(Self.page("Once", .p(.text("only once"))))
            let first = try await client.get(SiteURL.printPage(token: token).path)
            #expect(first.status == .ok && first.body.contains("only once"))
            #expect(first.headers[.contentSecurityPolicy] == Layout.printedPagePolicy)
            #expect(first.headers[.cacheControl] == "no-store")
            let second = try await client.get(SiteURL.printPage(token: token).path)
            #expect(second.status == .notFound && !second.body.contains("only once"))
            let other = await printer.pages.register(Self.page("Other", .p(.text("someone else's"))))
            let wrong = try await client.get(SiteURL.printPage(token: String(other.reversed())).path)
            #expect(wrong.status == .notFound && !wrong.body.contains("someone else's"))
            #expect(await printer.pages.waiting == 1, "a wrong token leaves the right one waiting")
        }
    }

    @Test("a request through a proxy or from no loopback peer is 404 and does not use up the token")
    func loopbackOnly() async throws {
        // through a reverse proxy on this machine: the peer is loopback, but the request is someone else's
        try await withPrintingServer { client, printer in
            let token = await printer.pages.register(Self.page("Proxied", .p(.text("not for the proxy"))))
            for header in ["X-Forwarded-For", "Forwarded"] {
                var headers = HTTPFields()
                headers[.init(header)!] = "for=203.0.113.9"
                let response = try await client.execute(uri: SiteURL.printPage(token: token).path, method: .get, headers: headers)
                #expect(response.status == .notFound, "\(header)")
            }
            #expect(await printer.pages.waiting == 1)
            #expect(try await client.get(SiteURL.printPage(token: token).path).status == .ok)
        }
        // with no loopback peer (the router test client has no socket at all)
        try await withTestDatabase { database in
            let printer = PDFPrinter()
            let router = Router(context: VigilRequestContext.self)
            Routes.register(on: router, database: database, printer: printer)
            let token = await printer.pages.register("<p>secret</p>")
            try await Application(router: router).test(.router) { client in
                let response = try await client.get(SiteURL.printPage(token: token).path)
                #expect(response.status == .notFound && !response.body.contains("secret"))
            }
            #expect(await printer.pages.waiting == 1)
        }
    }

    @Test("which peers count as loopback, and where Chromium is sent for each listening address")
    func loopbackAddresses() throws {
        for ip in ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"] {
            #expect(PrintPages.isLoopback(try SocketAddress(ipAddress: ip, port: 5000)), "\(ip)")
        }
        for ip in ["192.0.2.7", "10.0.0.1", "::ffff:10.0.0.1", "2001:db8::1", "0.0.0.0"] {
            #expect(!PrintPages.isLoopback(try SocketAddress(ipAddress: ip, port: 5000)), "\(ip)")
        }
        #expect(!PrintPages.isLoopback(nil))
        #expect(PrintPages.loopbackOrigin(listeningAt: try SocketAddress(ipAddress: "0.0.0.0", port: 8080)) == "127.0.0.1:8080")
        #expect(PrintPages.loopbackOrigin(listeningAt: try SocketAddress(ipAddress: "127.0.0.1", port: 8080)) == "127.0.0.1:8080")
        #expect(PrintPages.loopbackOrigin(listeningAt: try SocketAddress(ipAddress: "::", port: 8080)) == "[::1]:8080")
        #expect(PrintPages.loopbackOrigin(listeningAt: try SocketAddress(ipAddress: "192.0.2.7", port: 8080)) == nil)
    }

    @Test("a token lapses after its lifetime even if nobody fetched it")
    func expiry() async throws {
        let pages = PrintPages(lifetime: .milliseconds(50))
        let token = await pages.register("<p>x</p>")
        try await Task.sleep(for: .milliseconds(120))
        #expect(await pages.take(token) == nil)
    }

    @Test("before the server listens, printing refuses rather than printing an error page")
    func notServing() async throws {
        await #expect(throws: PDFPrinter.Failure.notServing) {
            _ = try await PDFPrinter(chromiumPath: "/bin/true").pdf(html: "<p>x</p>")
        }
    }

    static let hostileBody = """
        <p>Editor's text</p>
        <script>document.title = "Changed by a script"; fetch("http://127.0.0.1:LISTENER/script-fetch");</script>
        <img src="http://127.0.0.1:LISTENER/img-loopback"><img src="http://localhost:LISTENER/img-localhost">
        <link rel="stylesheet" href="http://127.0.0.1:LISTENER/stylesheet"><iframe src="http://127.0.0.1:LISTENER/frame"></iframe>
        <img src="http://example.com/img-outside">
        """

    @Test("a page with an editor's <script> and outside images prints without running the script or reaching anything else",
          .enabled(if: Chromium.locate() != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func hostilePageStaysInside() async throws {
        try await withRecordingListener { listener, port, log in
            // the listener records requests (so zero below can fail)
            _ = try await listener.get("/control")
            #expect(await log.entries.map(\.path) == ["/control"])
            try await withPrintingServer { _, printer in
                let body = Self.hostileBody.replacingOccurrences(of: "LISTENER", with: String(port))
                let pdf = try await printer.pdf(html: Self.page("As written", .raw(body)))
                #expect(try Self.title(ofPDF: pdf) == "As written · Vigil", "the script did not run")
            }
            #expect(await log.entries.map(\.path) == ["/control"], "the printed page reached the listener")
        }
    }

    @Test("Chromium's printing flags alone shut the network but for the one origin they name",
          .enabled(if: Chromium.locate() != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func flagsShutTheNetwork() async throws {
        try await withRecordingListener { _, port, log in
            func load(_ path: String, allowing origin: String) async throws {
                let profile = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-flags-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: profile) }
                try Chromium.preparePrintingProfile(profile)
                _ = try await ChildProcess.run(try #require(Chromium.locate()),
                                               Chromium.headlessArguments(profile: profile) + Chromium.printingArguments(origin: origin)
                                                   + ["--dump-dom", "http://127.0.0.1:\(port)\(path)"], timeout: .seconds(90))
            }
            // allowed the listener's own origin, Chromium reaches it (so the check below can fail)
            try await load("/allowed", allowing: "127.0.0.1:\(port)")
            #expect(await log.entries.map(\.path).contains("/allowed"))
            // allowed another loopback port (Vigil's), the listener on this one sees nothing
            try await load("/refused", allowing: "127.0.0.1:\(port == 65535 ? port - 1 : port + 1)")
            #expect(!(await log.entries.map(\.path).contains("/refused")))
        }
    }

    @Test("Chromium's sandbox is turned off only for root, where it cannot start")
    func sandbox() {
        let profile = URL(fileURLWithPath: "/tmp/p")
        #expect(Chromium.headlessArguments(profile: profile, runningAsRoot: true).contains("--no-sandbox"))
        #expect(!Chromium.headlessArguments(profile: profile, runningAsRoot: false).contains("--no-sandbox"))
        let printing = Chromium.printingArguments(origin: "127.0.0.1:8080")
        #expect(printing.contains("--proxy-bypass-list=<-loopback>;127.0.0.1:8080"))
        #expect(printing.contains("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"))
    }
}
