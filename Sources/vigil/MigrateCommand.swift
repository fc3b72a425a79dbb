import ArgumentParser

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or update the database schema (serve and import do this too).")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let database = try await options.openDatabase("migrate")
        try await database.shutdown()
        print("Database at \(database.location) is up to date.")
    }
}
