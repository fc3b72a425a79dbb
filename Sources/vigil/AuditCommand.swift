import ArgumentParser

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audits: check how the press reported a letter.",
        subcommands: [PressAuditCommand.self])
}
