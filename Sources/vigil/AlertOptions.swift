import ArgumentParser
import Foundation
import Logging
import VigilAlerts
import VigilStore
import VigilWeb

/// What delivering alerts needs besides the database: the site's public address for links to
/// the evidence, and how long to wait before retrying.
struct AlertOptions: ParsableArguments {
    /// One option for every link Vigil mails out (alerts' evidence, sign-on confirmations), so
    /// `vigil serve` and `vigil alerts send` agree on it.
    @Option(name: .customLong("public-url"),
            help: "Where readers reach Vigil (https://vigil.example.org), for the links in alerts and sign-on e-mails (default: $VIGIL_PUBLIC_URL; then, for alerts, http://127.0.0.1:8080, and for sign-on e-mails, http://host:port).")
    var publicURL: String?

    /// `--public-url`, else `VIGIL_PUBLIC_URL` from the environment or `.env`; nil when neither is set.
    var configuredPublicURL: String? {
        publicURL ?? ProcessInfo.processInfo.environment["VIGIL_PUBLIC_URL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? DotEnv.value(for: "VIGIL_PUBLIC_URL")
    }

    @Option(name: .customLong("retry-base-seconds"),
            help: "The wait after a failed attempt, doubled after each further failure (at most 6 hours; 8 attempts in all).")
    var retryBaseSeconds: Double = 60

    var links: AlertLinks {
        let base = configuredPublicURL ?? "http://127.0.0.1:8080"
        return AlertLinks(baseURL: base, facilityPath: { EvidencePaths.facility($0) }, releasesPath: EvidencePaths.releases,
                          unsubscribePath: { EvidencePaths.unsubscribe(token: $0) })
    }

    var retry: AlertRetryPolicy { AlertRetryPolicy(baseSeconds: max(0, retryBaseSeconds)) }

    /// A dispatcher on `database` with its own HTTP client (call `shutdown()` on it when done), sending
    /// e-mail through `VIGIL_SMTP_URL` (from the environment or `.env`) when it is set.
    func dispatcher(_ database: VigilDatabase, logger: Logger) throws -> AlertDispatcher {
        var environment = ProcessInfo.processInfo.environment
        for name in ["VIGIL_SMTP_URL", "VIGIL_ALERTS_FROM"] where (environment[name] ?? "").isEmpty {
            environment[name] = DotEnv.value(for: name)
        }
        let email: AlertDispatcher.EmailSender?
        do { email = try AlertEmail.fromEnvironment(environment) } catch { throw CommandFailure(String(describing: error)) }
        if email == nil { logger.notice("VIGIL_SMTP_URL is not set: e-mail alerts will wait, and be retried, until it is.") }
        return AlertDispatcher(database: database, links: links, webhooks: WebhookSender(client: WebhookSender.makeClient()), email: email,
                               retry: retry, logger: logger)
    }
}
