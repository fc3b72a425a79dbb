import ArgumentParser

struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic data, labelled as such, for demos and benchmarks.",
        subcommands: [GenerateStaysCommand.self, GenerateDataKeyCommand.self])
}
