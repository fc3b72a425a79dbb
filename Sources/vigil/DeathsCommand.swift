import ArgumentParser
import VigilStore

struct DeathsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deaths",
        abstract: "Review deaths whose facility is not tied to the registry.",
        subcommands: [DeathsReviewCommand.self])
}

struct DeathsReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List deaths with a doubtful facility link or none, for a person to check.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let database = try await options.openDatabase("deaths")
        let queue: [DeathRow]
        do { queue = try await DeathQueries(database: database).reviewQueue() } catch {
            try? await database.shutdown()
            throw error
        }
        try await database.shutdown()
        print("\(queue.count) deaths without an accepted facility link")
        for d in queue {
            let suggestion = d.suggestedCode.map { " → suggested \($0) (confidence \(d.linkConfidence.map { String($0) } ?? "?"))" } ?? " → no match"
            print("\(d.date?.iso ?? String(d.year))  \(d.personName)  \(d.facilityName), \(d.state ?? "?") [\(d.linkMethod)]\(suggestion)")
        }
    }
}
