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
}
