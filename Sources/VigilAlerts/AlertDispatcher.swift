import Foundation
import Logging
import VigilCore
import VigilStore

/// Delivers what is due: adds the deliveries new events call for, then makes one attempt at
/// each due delivery by its channel and records it (`AlertDeliveryQueue`). `vigil alerts send`
/// runs it once; `vigil serve` runs it every few minutes (`AlertDeliveryLoop`).
public struct AlertDispatcher: Sendable {
    /// Sends one e-mail; `unsubscribeURL` is the single-use link that stops the subscription.
    public typealias EmailSender = @Sendable (_ payload: AlertPayload, _ address: String, _ unsubscribeURL: String) async -> AlertAttemptOutcome

    let queue: AlertDeliveryQueue
    let subscriptions: AlertSubscriptions
    let links: AlertLinks
    let webhooks: WebhookSender
    let email: EmailSender?
    let logger: Logger

    /// `email` nil: e-mail deliveries fail (and are retried) saying that no SMTP server is configured.
    public init(database: VigilDatabase, links: AlertLinks, webhooks: WebhookSender, email: EmailSender?,
                retry: AlertRetryPolicy = AlertRetryPolicy(), logger: Logger = Logger(label: "vigil.alerts")) {
        self.queue = AlertDeliveryQueue(database: database, retry: retry)
        self.subscriptions = AlertSubscriptions(database: database)
        self.links = links
        self.webhooks = webhooks
        self.email = email
        self.logger = logger
    }

    /// What one run did.
    public struct Report: Sendable, Hashable {
        public var queued = 0
        public var delivered = 0
        /// Failed attempts to be tried again later.
        public var retrying = 0
        /// Deliveries given up on this run.
        public var givenUp = 0
        /// One line per attempt: delivery id, channel, target, outcome.
        public var lines: [String] = []

        public var summary: String {
            "\(queued) new deliver\(queued == 1 ? "y" : "ies") queued; \(delivered) delivered, \(retrying) to retry, \(givenUp) given up."
        }
    }

    /// Closes the webhook client's connections.
    public func shutdown() async {
        try? await webhooks.client.shutdown()
    }

    public func sendDue(now: Date = Date()) async throws -> Report {
        var report = Report()
        report.queued = try await queue.enqueue(now: now)
        for delivery in try await queue.claimDue(now: now) {
            let outcome = await attempt(delivery)
            try await queue.record(outcome, for: delivery, now: Date())
            let attempt = delivery.attempts + 1
            if outcome.succeeded {
                report.delivered += 1
            } else if attempt >= queue.retry.maximumAttempts {
                report.givenUp += 1
            } else {
                report.retrying += 1
            }
            let line = "delivery \(delivery.id) (\(delivery.event.event.kind.rawValue), \(delivery.event.event.name)) by "
                + "\(delivery.subscription.channel.kind) to \(delivery.subscription.channel.target), attempt \(attempt): "
                + (outcome.succeeded ? "delivered, " : "FAILED, ") + outcome.detail
            report.lines.append(line)
            logger.log(level: outcome.succeeded ? .info : .warning, "\(line)")
        }
        return report
    }

    func attempt(_ delivery: DueAlertDelivery) async -> AlertAttemptOutcome {
        let payload = AlertPayload(delivery.event, subscriptionID: delivery.subscription.id, links: links)
        switch delivery.subscription.channel {
        case .webhook(let url, let secret):
            do {
                return await webhooks.send(try payload.encoded(), to: url, secret: secret, deliveryID: delivery.id, eventKind: payload.event)
            } catch {
                return AlertAttemptOutcome(succeeded: false, detail: "could not encode the event: \(error)")
            }
        case .email(let address):
            guard let email else {
                return AlertAttemptOutcome(succeeded: false, detail: "no SMTP server configured: set VIGIL_SMTP_URL (smtp://host:port)")
            }
            // Every e-mail carries its own unsubscribe link, so a reader can stop it without an account.
            let token: String
            do { token = try await subscriptions.issueUnsubscribeToken(subscriptionID: delivery.subscription.id) } catch {
                return AlertAttemptOutcome(succeeded: false, detail: "could not store the e-mail's unsubscribe link: \(error)")
            }
            // Written in the language the subscriber used when subscribing.
            return await SiteLanguage.$current.withValue(delivery.subscription.language) {
                await email(payload, address, links.unsubscribe(token: token))
            }
        }
    }
}
