import Foundation
import NIOCore

/// Prints a self-contained HTML page to PDF with headless Chromium.
///
/// The page is held by the server under a single-use token (`PrintPages`) and Chromium fetches it
/// from `http://127.0.0.1:<port>/print/<token>` (`PrintController`: loopback peers only, once), with
/// its stylesheet inside, JavaScript blocked in its profile and by the page's policy, and no network
/// but that address (`Chromium.printingArguments`). One print runs at a time: Chromium is heavy,
/// and a burst of requests should queue rather than exhaust memory.
public actor PDFPrinter {
    public enum Failure: Error, Sendable, Equatable {
        case chromiumMissing
        case failed(status: Int32, output: String)
        case timedOut(seconds: Int)
        case notAPDF
        /// The server is not listening (yet), or only on an address that is not loopback.
        case notServing
        /// Chromium ended without fetching the page.
        case pageNotFetched
    }

    let chromiumPath: String?
    let timeoutSeconds: Int
    /// The pages Chromium fetches; the router serves them (`SiteURL.printPage`).
    public let pages: PrintPages
    /// `host:port` on loopback where this server answers, once it is running (`serving(at:)`).
    private(set) var origin: String?

    public init(chromiumPath: String? = Chromium.locate(), timeoutSeconds: Int = 90, pages: PrintPages = PrintPages()) {
        self.chromiumPath = chromiumPath
        self.timeoutSeconds = timeoutSeconds
        self.pages = pages
    }

    public var isAvailable: Bool { chromiumPath != nil }

    /// Called when the server is listening, with the address it listens at.
    public func serving(at address: SocketAddress?) {
        origin = PrintPages.loopbackOrigin(listeningAt: address)
    }

    /// An actor only serialises the code between suspension points, so prints queue here.
    private var printing = false
    private var queue: [CheckedContinuation<Void, Never>] = []

    public func pdf(html: String) async throws -> Data {
        guard let chromiumPath else { throw Failure.chromiumMissing }
        guard let origin else { throw Failure.notServing }
        if printing {
            await withCheckedContinuation { queue.append($0) }
        }
        printing = true
        defer {
            if queue.isEmpty { printing = false } else { queue.removeFirst().resume() }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("page.pdf")
        let profile = folder.appendingPathComponent("profile")
        try Chromium.preparePrintingProfile(profile)

        let token = await pages.register(html)
        let arguments = Chromium.headlessArguments(profile: profile) + Chromium.printingArguments(origin: origin)
            + ["--no-pdf-header-footer", "--print-to-pdf=\(output.path)", "http://\(origin)\(SiteURL.printPage(token: token).path)"]
        let outcome: ChildProcess.Outcome
        do {
            outcome = try await ChildProcess.run(chromiumPath, arguments, timeoutSeconds: timeoutSeconds)
        } catch {
            await pages.withdraw(token)
            throw error
        }
        // Still waiting means Chromium never asked for the page: whatever it printed is not the page.
        let unfetched = await pages.withdraw(token)
        if outcome.timedOut { throw Failure.timedOut(seconds: timeoutSeconds) }
        guard outcome.status == 0 else {
            throw Failure.failed(status: outcome.status, output: String(String(decoding: outcome.standardError, as: UTF8.self).suffix(2000)))
        }
        if unfetched { throw Failure.pageNotFetched }
        let data = try Data(contentsOf: output)
        guard data.starts(with: Data("%PDF-".utf8)) else { throw Failure.notAPDF }
        return data
    }
}
