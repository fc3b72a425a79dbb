import ArgumentParser

struct ComputeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compute",
        abstract: "Compute figures from source files without a database.",
        subcommands: [ComputeDailyPopulationCommand.self])
}
