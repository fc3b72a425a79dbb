import ArgumentParser
import VigilAlerts

struct AlertsSendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Deliver the alerts that are due: new events to their subscriptions, and retries whose time has come.",
        discussion: """
            Each event goes to each subscription that wants it at most once. A failed attempt is \
            logged and retried on a later run, after a wait that doubles each time; after 8 \
            attempts the delivery is given up. Prints one line per attempt. Exits 1 when an attempt failed.
            """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var alerts: AlertOptions

    func run() async throws {
        let report = try await options.withDatabase("alerts") { database in
            let dispatcher = try alerts.dispatcher(database, logger: options.logger("alerts"))
            let report: AlertDispatcher.Report
            do {
                report = try await dispatcher.sendDue()
            } catch {
                await dispatcher.shutdown()
                throw error
            }
            await dispatcher.shutdown()
            return report
        }
        for line in report.lines { print(line) }
        Console.error(report.summary)
        if report.retrying + report.givenUp > 0 { throw ExitCode(1) }
    }
}
