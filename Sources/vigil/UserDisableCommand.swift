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
        try await options.withDatabase("user") { try await UserAccounts(database: $0).disable(email: email, by: .commandLine) }
        print("\(User.normalizedEmail(email)) is disabled.")
    }
}
