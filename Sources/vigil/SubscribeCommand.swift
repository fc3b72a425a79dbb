import ArgumentParser
import VigilCore
import VigilMail
import VigilStore

struct SubscribeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subscribe",
        abstract: "Subscribe a webhook or an e-mail address to expansion events.",
        discussion: """
            Give at least one of --facility, --state, --aor and --operator (all given must hold), \
            and either --webhook with --secret or --email. Events detected from now on are sent \
            by `vigil alerts send` and by `vigil serve`; the Atom feed (/alerts.atom) has the history. \
            Webhooks are JSON POSTs signed with HMAC-SHA256 of the body in X-Vigil-Signature \
            (sha256=<hex>), keyed with the secret.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "A registry code (DETLOC, e.g. STWRTGA) or a workbook facility key.")
    var facility: String?

    @Option(help: "A two-letter state, e.g. TX.")
    var state: String?

    @Option(help: "An ICE area of responsibility, e.g. HOU.")
    var aor: String?

    @Option(name: .customLong("operator"), help: "Part of an operator's name, as its operator records give it (e.g. GEO).")
    var operatorName: String?

    @Option(help: "Event kinds, comma-separated: new, reopened, surge, guaranteed-minimum-change (default: all).")
    var kind: String?

    @Option(help: "An http:// or https:// URL to POST each event to.")
    var webhook: String?

    @Option(help: "The webhook's signing secret (at least 16 characters).")
    var secret: String?

    @Option(help: "An e-mail address to send each event to (needs VIGIL_SMTP_URL where alerts are sent).")
    var email: String?

    func scopeAndChannel() throws -> (AlertScope, AlertChannel) {
        let kinds: Set<ExpansionEventKind>
        do { kinds = try AlertScope.kinds(from: kind ?? "") } catch { throw ValidationError(error.description) }
        let scope = AlertScope(facility: facility, state: state, areaOfResponsibility: aor, operatorName: operatorName, kinds: kinds)
        guard scope.facility != nil || scope.state != nil || scope.areaOfResponsibility != nil || scope.operatorName != nil else {
            throw ValidationError("Say what to watch: --facility, --state, --aor or --operator.")
        }
        let channel: AlertChannel
        do {
            switch (webhook, secret, email) {
            case (let url?, let secret?, nil): channel = try .checkedWebhook(url: url, secret: secret)
            case (nil, nil, let address?):
                do { channel = .email(address: try MailAddress(address).text) } catch { throw ValidationError(error.description) }
            case (_?, nil, _): throw ValidationError("A webhook needs --secret: receivers check each POST's signature with it.")
            default: throw ValidationError("Give either --webhook URL --secret S, or --email ADDRESS.")
            }
        } catch let error as AlertChannelError {
            throw ValidationError(error.description)
        }
        return (scope, channel)
    }

    func validate() throws { _ = try scopeAndChannel() }

    func run() async throws {
        let (scope, channel) = try scopeAndChannel()
        let subscription = try await options.withDatabase("alerts") { database in
            try await AlertSubscriptions(database: database).add(
                scope, channel: channel, by: AuditEvent.Actor.commandLine.label,
                audit: AuditEvent(actor: .commandLine, action: "alert.subscribe", subject: scope.description, details: ["channel": channel.kind]))
        }
        print("Subscription \(subscription.id): \(scope.description), by \(channel.kind) to \(channel.target).")
    }
}
