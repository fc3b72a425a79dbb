import ArgumentParser

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or update the database schema (serve and import do this too).")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        // Opening the database migrates it.
        let location = try await options.withDatabase("migrate") { $0.location }
        print("Database at \(location) is up to date.")
    }
}
