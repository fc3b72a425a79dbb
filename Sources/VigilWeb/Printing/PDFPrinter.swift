import Foundation
import NIOCore

/// Prints a self-contained HTML page to PDF with headless Chromium.
///
/// The page is held by the server under a single-use token (`PrintPages`) and Chromium fetches it
/// from `http://127.0.0.1:<port>/print/<token>` (`PrintController`: loopback peers only, once), with
/// its stylesheet inside, JavaScript blocked in its profile and by the page's policy, and no network
/// but that address (`Chromium.printingArguments`). One print runs at a time: Chromium is heavy,
/// and a burst of requests should queue rather than exhaust memory.
///
/// Every print answers within its deadline (`timeoutSeconds`, from `vigil serve --print-timeout`),
/// queueing included: a reader waiting on a download gets the PDF or a refusal saying why, never a
/// request left hanging until the browser gives up.
public actor PDFPrinter {
    public enum Failure: Error, Sendable, Equatable {
        case chromiumMissing
        case failed(status: Int32, output: String)
        /// Chromium did not finish within the deadline and was stopped.
        case timedOut(seconds: Int)
        /// Other prints held the printer for the whole deadline; this one never started.
        case busy(seconds: Int)
        case notAPDF
        /// The server is not listening (yet), or only on an address that is not loopback.
        case notServing
        /// Chromium ended without fetching the page.
        case pageNotFetched
    }

    public static let defaultTimeoutSeconds = 90

    let chromiumPath: String?
    let timeoutSeconds: Int
    /// The pages Chromium fetches; the router serves them (`SiteURL.printPage`).
    public let pages: PrintPages
    /// `host:port` on loopback where this server answers, once it is running (`serving(at:)`).
    private(set) var origin: String?

    /// `pages` defaults to tokens that live as long as a print may take, so a slow Chromium start
    /// still finds its page.
    public init(chromiumPath: String? = Chromium.locate(), timeoutSeconds: Int = PDFPrinter.defaultTimeoutSeconds,
                pages: PrintPages? = nil) {
        self.chromiumPath = chromiumPath
        self.timeoutSeconds = max(1, timeoutSeconds)
        self.pages = pages ?? PrintPages(lifetime: .seconds(max(1, timeoutSeconds)))
    }

    public var isAvailable: Bool { chromiumPath != nil }

    /// Called when the server is listening, with the address it listens at.
    public func serving(at address: SocketAddress?) {
        origin = PrintPages.loopbackOrigin(listeningAt: address)
    }

    /// An actor only serialises the code between suspension points, so prints queue here: `true` when
    /// a print's turn comes, `false` when its deadline passes first (it is then no longer in the queue).
    private var printing = false
    private var queue: [(id: UUID, turn: CheckedContinuation<Bool, Never>)] = []

    private func waitForTurn(within limit: Duration) async -> Bool {
        guard printing else {
            printing = true
            return true
        }
        let id = UUID()
        let deadline = Task {
            try await Task.sleep(for: limit)
            giveUp(id)
        }
        defer { deadline.cancel() }
        return await withCheckedContinuation { queue.append((id, $0)) }
    }

    private func giveUp(_ id: UUID) {
        guard let index = queue.firstIndex(where: { $0.id == id }) else { return }
        queue.remove(at: index).turn.resume(returning: false)
    }

    /// The printer passes to the next print in the queue, which is already counted as printing.
    private func finishTurn() {
        if queue.isEmpty { printing = false } else { queue.removeFirst().turn.resume(returning: true) }
    }

    public func pdf(html: String) async throws -> Data {
        guard let chromiumPath else { throw Failure.chromiumMissing }
        guard let origin else { throw Failure.notServing }
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(timeoutSeconds)
        guard await waitForTurn(within: .seconds(timeoutSeconds)) else { throw Failure.busy(seconds: timeoutSeconds) }
        defer { finishTurn() }
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
            // What the queue left of the deadline, and at least a moment so Chromium is tried at all.
            outcome = try await ChildProcess.run(chromiumPath, arguments, timeout: max(deadline - clock.now, .seconds(1)))
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
