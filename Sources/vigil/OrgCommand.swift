import ArgumentParser
import VigilCore

struct OrgCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Manage organizations (legal teams, bond funds) and their members. Cases belong to one organization.",
        subcommands: [OrgAddCommand.self, OrgListCommand.self, OrgAddMemberCommand.self])
}

extension OrganizationKind: ExpressibleByArgument {}
extension OrganizationRole: ExpressibleByArgument {}
