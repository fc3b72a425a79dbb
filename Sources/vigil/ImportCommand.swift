import ArgumentParser

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import source files into Vigil.",
        subcommands: [ImportIceStatsCommand.self])
}
