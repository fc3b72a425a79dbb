import Foundation

/// Hands messages to an SMTP server: one connection per message, EHLO, AUTH PLAIN when the URL carries
/// credentials, MAIL FROM, RCPT TO for each recipient, DATA, QUIT.
///
/// Sends run on a background queue because the socket blocks; the caller just awaits.
public struct SMTPMailer: Sendable {
    public let server: SMTPServerURL
    public let timeout: TimeInterval
    /// The name Vigil gives itself in EHLO and in Message-IDs.
    public let localName: String

    public init(url server: SMTPServerURL, timeout: TimeInterval = 30, localName: String = "vigil.localhost") {
        self.server = server
        self.timeout = timeout
        self.localName = localName
    }

    /// Reads `VIGIL_SMTP_URL`; nil when it is not set, so callers can say mail is off rather than fail.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(MailError) -> SMTPMailer? {
        guard let text = environment["VIGIL_SMTP_URL"], !text.isEmpty else { return nil }
        return SMTPMailer(url: try SMTPServerURL(parsing: text))
    }

    /// Sends the message and returns its Message-ID (without angle brackets), for delivery logs.
    @discardableResult
    public func send(_ message: MailMessage, date: Date = Date()) async throws -> String {
        guard !message.to.isEmpty else { throw MailError.noRecipients }
        let messageID = "\(UUID().uuidString.lowercased())@\(localName)"
        let data = try MailRendering.render(message, date: date, messageID: messageID)
        let mailer = self
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .utility).async {
                do {
                    try mailer.transfer(message, data: data)
                    continuation.resume(returning: messageID)
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    private func transfer(_ message: MailMessage, data: String) throws(MailError) {
        let name = server.description
        let connection = try SMTPConnection(host: server.host, port: server.port, timeout: timeout, server: name)
        _ = try connection.readReply(expecting: [220], step: "the greeting")
        try connection.command("EHLO \(localName)", expecting: [250])
        if let username = server.username {
            let credentials = Data("\u{0}\(username)\u{0}\(server.password ?? "")".utf8).base64EncodedString()
            try connection.command("AUTH PLAIN \(credentials)", expecting: [235], describedAs: "AUTH PLAIN")
        }
        try connection.command("MAIL FROM:<\(message.from)>", expecting: [250])
        for recipient in message.to {
            try connection.command("RCPT TO:<\(recipient)>", expecting: [250, 251])
        }
        try connection.command("DATA", expecting: [354])
        // Dot-stuffing: a line that begins with "." gets another, so only the final "." ends the data.
        let stuffed = data.split(separator: "\r\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }
            .joined(separator: "\r\n")
        try connection.write(stuffed, step: "DATA")
        try connection.command(".", expecting: [250], describedAs: "the end of DATA")
        _ = try? connection.command("QUIT", expecting: [221])
    }
}
