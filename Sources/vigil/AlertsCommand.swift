import ArgumentParser

struct AlertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Deliver expansion-event alerts, and show what went where.",
        subcommands: [AlertsSendCommand.self, AlertsLogCommand.self, AlertsListCommand.self, AlertsUnsubscribeCommand.self])
}
