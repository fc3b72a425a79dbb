import ArgumentParser
import VigilCore
import VigilStore

struct UserDisableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "Disable an account: it can no longer sign in, and its sessions end now.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The account's email address.")
    var email: String

    func run() async throws {
        let database = try await options.openDatabase("user")
        do {
            try await UserAccounts(database: database).disable(email: email, by: .commandLine)
        } catch {
            try? await database.shutdown()
            throw error
        }
        try await database.shutdown()
        print("\(User.normalizedEmail(email)) is disabled.")
    }
}
