import ArgumentParser
import VigilCore
import VigilStore

struct AlertsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List subscriptions: id, what they watch, where they go, who made them.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let database = try await options.openDatabase("alerts")
        let subscriptions: [VigilCore.AlertSubscription]
        do { subscriptions = try await AlertSubscriptions(database: database).all() } catch {
            try? await database.shutdown()
            throw error
        }
        try await database.shutdown()
        if subscriptions.isEmpty { Console.error("No subscriptions yet. Add one with `vigil subscribe`.") }
        for s in subscriptions {
            print([String(s.id), s.isActive ? "active" : "stopped", s.scope.description, s.channel.kind, s.channel.target, s.createdBy, s.createdAt]
                .joined(separator: "\t"))
        }
    }
}
