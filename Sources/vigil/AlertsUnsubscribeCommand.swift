import ArgumentParser
import VigilCore
import VigilStore

struct AlertsUnsubscribeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unsubscribe",
        abstract: "Stop a subscription: nothing more is sent to it; its delivery log stays.",
        discussion: """
            ID is the number `vigil alerts list` shows first. Deliveries already queued for it are \
            given up, not sent. Stopping a stopped subscription changes nothing. Audited.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The subscription's id.")
    var id: Int

    func run() async throws {
        let subscription: AlertSubscription
        do {
            subscription = try await options.withDatabase("alerts") { database in
                try await AlertSubscriptions(database: database).deactivate(id: id, audit: AuditEvent(
                    actor: .commandLine, action: "alert.unsubscribe", subject: "subscription \(id)",
                    details: ["via": "command line"]))
            }
        } catch let refusal as AlertSubscriptions.Refusal {
            throw CommandFailure(refusal.description)
        }
        print(subscription.isActive ? "Stopped subscription \(id) (\(subscription.scope.description); \(subscription.channel.kind))."
                                    : "Subscription \(id) was already stopped.")
    }
}
