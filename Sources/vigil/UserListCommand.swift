import ArgumentParser
import VigilCore
import VigilStore

struct UserListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List every account: email, role, status.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let users = try await options.withDatabase("user") { try await UserAccounts(database: $0).all() }
        if users.isEmpty {
            print("No accounts yet. Add one with `vigil user add <email> --role admin`.")
        }
        for user in users {
            print([user.email, user.role.rawValue, user.isDisabled ? "disabled" : "active", user.createdAt].joined(separator: "\t"))
        }
    }
}
