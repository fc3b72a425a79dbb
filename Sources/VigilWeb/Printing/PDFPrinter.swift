import Foundation

/// Prints a self-contained HTML page to PDF with headless Chromium.
///
/// The page is written to a private temporary folder and opened as a file, with its stylesheet
/// inside, JavaScript off and the network shut (`Chromium.printingArguments`), so Chromium
/// cannot reach the server (or anything else) while printing. One print runs
/// at a time: Chromium is heavy, and a burst of requests should queue rather than exhaust memory.
public actor PDFPrinter {
    public enum Failure: Error, Sendable, Equatable {
        case chromiumMissing
        case failed(status: Int32, output: String)
        case timedOut(seconds: Int)
        case notAPDF
    }

    let chromiumPath: String?
    let timeoutSeconds: Int

    public init(chromiumPath: String? = Chromium.locate(), timeoutSeconds: Int = 90) {
        self.chromiumPath = chromiumPath
        self.timeoutSeconds = timeoutSeconds
    }

    public var isAvailable: Bool { chromiumPath != nil }

    /// An actor only serialises the code between suspension points, so prints queue here.
    private var printing = false
    private var queue: [CheckedContinuation<Void, Never>] = []

    public func pdf(html: String) async throws -> Data {
        guard let chromiumPath else { throw Failure.chromiumMissing }
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
        let page = folder.appendingPathComponent("page.html")
        let output = folder.appendingPathComponent("page.pdf")
        try Data(html.utf8).write(to: page)

        let arguments = Chromium.headlessArguments(profile: folder.appendingPathComponent("profile")) + Chromium.printingArguments
            + ["--no-pdf-header-footer", "--print-to-pdf=\(output.path)", page.absoluteString]
        let outcome = try await ChildProcess.run(chromiumPath, arguments, timeoutSeconds: timeoutSeconds)
        if outcome.timedOut { throw Failure.timedOut(seconds: timeoutSeconds) }
        guard outcome.status == 0 else {
            throw Failure.failed(status: outcome.status, output: String(String(decoding: outcome.standardError, as: UTF8.self).suffix(2000)))
        }
        let data = try Data(contentsOf: output)
        guard data.starts(with: Data("%PDF-".utf8)) else { throw Failure.notAPDF }
        return data
    }
}
