import ArgumentParser
import VigilCore

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage the accounts of people who add or review data (reading Vigil needs none).",
        subcommands: [UserAddCommand.self, UserListCommand.self, UserSetRoleCommand.self, UserDisableCommand.self])
}

extension Role: ExpressibleByArgument {}
