import ArgumentParser

/// The `vigil` command: a thin layer over the libraries.
@main
struct Vigil: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "Vigil: the open system of record for U.S. immigration detention.",
        discussion: """
            Data lives in a SQLite file (vigil-data/vigil.sqlite) unless --database-url or \
            VIGIL_DATABASE_URL names another: sqlite:///absolute/path.sqlite or \
            postgres://user@host:port/database.
            """,
        subcommands: [ServeCommand.self, ImportCommand.self, ExportCommand.self, SubscribeCommand.self, AlertsCommand.self, FacilitiesCommand.self, DeathsCommand.self, MigrateCommand.self, UserCommand.self,
                      LetterCommand.self,
                      AuditCommand.self,
                      ComputeCommand.self, GenerateCommand.self,
                      ScreenCommand.self,
                      OrgCommand.self,
                      FundCommand.self]
    )

    /// ArgumentParser's own `main()`, but for one step: `import ice-stats`, which reads many files
    /// at once on threads of its own, has the allocator set for it (`AllocatorTuning`) before it
    /// runs and starts them.
    static func main() async {
        do {
            var command = try await asyncParseAsRoot(nil)
            if command is ImportIceStatsCommand { AllocatorTuning.giveNewHeapsRoomToGrow() }
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
