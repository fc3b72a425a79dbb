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
        let database = try await options.openDatabase("alerts")
        let subscription: AlertSubscription
        do {
            subscription = try await AlertSubscriptions(database: database).deactivate(id: id, audit: AuditEvent(
                actor: .commandLine, action: "alert.unsubscribe", subject: "subscription \(id)",
                details: ["via": "command line"]))
        } catch let refusal as AlertSubscriptions.Refusal {
            try? await database.shutdown()
            throw CommandFailure(refusal.description)
        } catch {
            try? await database.shutdown()
            throw error
        }
        try await database.shutdown()
        print(subscription.isActive ? "Stopped subscription \(id) (\(subscription.scope.description); \(subscription.channel.kind))."
                                    : "Subscription \(id) was already stopped.")
    }
}
