import ArgumentParser
import VigilCore
import VigilStore

struct UserSetRoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set-role", abstract: "Change an account's role.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The account's email address.")
    var email: String

    @Argument(help: "admin, editor or viewer.")
    var role: Role

    func run() async throws {
        try await options.withDatabase("user") { try await UserAccounts(database: $0).setRole(email: email, to: role, by: .commandLine) }
        print("\(User.normalizedEmail(email)) is now \(role.rawValue).")
    }
}
