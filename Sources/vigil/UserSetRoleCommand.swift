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
        let database = try await options.openDatabase("user")
        do {
            try await UserAccounts(database: database).setRole(email: email, to: role, by: .commandLine)
        } catch {
            try? await database.shutdown()
            throw error
        }
        try await database.shutdown()
        print("\(User.normalizedEmail(email)) is now \(role.rawValue).")
    }
}
