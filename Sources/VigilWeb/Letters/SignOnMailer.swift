/// Sends sign-on e-mails through the SMTP server the configuration names.
enum SignOnMailer {
    /// The sender, or nil when no SMTP server is configured.
    static func sender(_ configuration: AppConfig) throws -> (@Sendable (SignOnEmail) async throws -> Void)? {
        // Wired to the shared SMTP mailer (VigilMail) when it is merged.
        nil
    }
}
