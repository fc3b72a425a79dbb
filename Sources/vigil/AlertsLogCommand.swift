import ArgumentParser
import VigilStore

struct AlertsLogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show the delivery log, newest first: what went where, each attempt, and failures.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "How many deliveries to show.")
    var limit: Int = 100

    @Flag(help: "Show only deliveries that failed or are waiting to be retried.")
    var failures = false

    func run() async throws {
        let lines = try await options.withDatabase("alerts") { database in
            let queue = AlertDeliveryQueue(database: database)
            var lines: [String] = []
            for entry in try await queue.log(limit: limit) where !failures || entry.status == "failed" || entry.lastError != nil {
                lines.append([String(entry.id), entry.status, "subscription \(entry.subscriptionID)", entry.channel, entry.target,
                              entry.eventKind, entry.facilityName, "as of \(entry.asOf)", "\(entry.attempts) attempt\(entry.attempts == 1 ? "" : "s")",
                              entry.deliveredAt.map { "delivered \($0)" } ?? (entry.status == "pending" ? "next \(entry.nextAttemptAt)" : "")]
                    .joined(separator: "\t"))
                for attempt in try await queue.attempts(ofDelivery: entry.id) {
                    lines.append("\t\(attempt.at)\t\(attempt.succeeded ? "ok" : "FAILED")\t\(attempt.detail)")
                }
            }
            return lines
        }
        if lines.isEmpty { Console.error(failures ? "No failed deliveries." : "No deliveries yet.") }
        for line in lines { print(line) }
    }
}
