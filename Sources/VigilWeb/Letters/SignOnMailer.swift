import VigilMail

/// Sends sign-on e-mails through the SMTP server the configuration names (`VIGIL_SMTP_URL`),
/// with the shared mailer: Vigil has one SMTP client.
enum SignOnMailer {
    /// The sender, or nil when no SMTP server is configured. A malformed URL or sender address
    /// is an error at start-up, not at the first signature.
    static func sender(_ configuration: AppConfig) throws -> (@Sendable (SignOnEmail) async throws -> Void)? {
        guard let text = configuration.smtpURL, !text.isEmpty else { return nil }
        let mailer = SMTPMailer(url: try SMTPServerURL(parsing: text))
        let from = try MailAddress(configuration.mailFrom)
        return { email in
            try await mailer.send(MailMessage(from: from, fromName: "Vigil sign-on letters", to: [try MailAddress(email.to)],
                                              subject: email.subject, text: email.text))
        }
    }
}
