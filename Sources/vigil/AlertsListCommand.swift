import ArgumentParser
import VigilCore
import VigilStore

struct AlertsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List subscriptions: id, what they watch, where they go, who made them.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let subscriptions = try await options.withDatabase("alerts") { try await AlertSubscriptions(database: $0).all() }
        if subscriptions.isEmpty { Console.error("No subscriptions yet. Add one with `vigil subscribe`.") }
        for s in subscriptions {
            print([String(s.id), s.isActive ? "active" : "stopped", s.scope.description, s.channel.kind, s.channel.target, s.createdBy, s.createdAt]
                .joined(separator: "\t"))
        }
    }
}
