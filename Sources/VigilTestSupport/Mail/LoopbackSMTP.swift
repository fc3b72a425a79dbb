import Foundation
import Testing

/// The real SMTP server that `scripts/start-test-smtp.sh` starts on loopback for the tests (Debian's
/// python3-aiosmtpd, writing every message it accepts into a Maildir).
///
/// Tests that send mail declare `.enabled(if: LoopbackSMTP.runs, LoopbackSMTP.skipReason)`. Away from CI
/// they skip visibly without the server; in CI (`CI=true`, where `.ci/run` installs it) they run anyway,
/// so a server that failed to start is a failure, not a silent skip.
public enum LoopbackSMTP {
    public static var url: String? { environment("VIGIL_TEST_SMTP_URL") }
    public static var maildir: URL? { environment("VIGIL_TEST_SMTP_MAILDIR").map { URL(fileURLWithPath: $0) } }

    public static var isAvailable: Bool { url != nil && maildir != nil }
    public static var runs: Bool { isAvailable || SharedData.isCI }
    public static let skipReason: Comment =
        "skipped: no loopback SMTP server (install python3-aiosmtpd; scripts/test starts it and sets VIGIL_TEST_SMTP_URL)"

    public struct NotRunning: Error, CustomStringConvertible {
        public var description: String {
            "VIGIL_TEST_SMTP_URL / VIGIL_TEST_SMTP_MAILDIR are not set: scripts/start-test-smtp.sh did not start the server"
        }
    }

    /// The server URL, or an error naming what is missing (for tests that run in CI regardless).
    public static func requireURL() throws -> String {
        guard let url else { throw NotRunning() }
        return url
    }

    /// Every message the server has accepted for `recipient` (all messages when nil), oldest first.
    /// Tests share one server, so they address mail to a recipient of their own and filter by it.
    public static func messages(to recipient: String? = nil) throws -> [ReceivedMail] {
        guard let maildir else { throw NotRunning() }
        var files: [URL] = []
        for folder in ["new", "cur"] {
            let url = maildir.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            files += names.map { url.appendingPathComponent($0) }
        }
        let mails = try files.map { file -> (Date, ReceivedMail) in
            let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
            let modified = attributes[.modificationDate] as? Date ?? .distantPast
            return (modified, ReceivedMail(raw: try String(contentsOf: file, encoding: .utf8)))
        }
        return mails.sorted { $0.0 < $1.0 }.map(\.1).filter { mail in
            guard let recipient else { return true }
            return mail.envelopeRecipients.contains { $0.caseInsensitiveCompare(recipient) == .orderedSame }
        }
    }

    /// Waits briefly for a message to `recipient`: the server writes the file after it answers 250.
    public static func waitForMessages(to recipient: String, count: Int = 1) async throws -> [ReceivedMail] {
        for _ in 0..<50 {
            let found = try messages(to: recipient)
            if found.count >= count { return found }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try messages(to: recipient)
    }

    private static func environment(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}
