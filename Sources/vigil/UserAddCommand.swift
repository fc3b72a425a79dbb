import ArgumentParser
import Foundation
import VigilCore
import VigilStore

struct UserAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an account.",
        discussion: """
            The password is prompted for twice, without echo, unless --password-stdin is given \
            (then the first line of standard input is the password). It must have at least \
            \(PasswordPolicy.minimumLength) characters.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The person's email address; they sign in with it.")
    var email: String

    @Option(help: "admin, editor or viewer.")
    var role: Role

    @Flag(help: "Read the password from the first line of standard input instead of prompting.")
    var passwordStdin = false

    func validate() throws {
        guard User.isPlausibleEmail(User.normalizedEmail(email)) else {
            throw ValidationError("“\(email)” does not look like an email address.")
        }
    }

    func run() async throws {
        let password = try readPassword()
        if let refusal = PasswordPolicy.refusal(for: password) { throw ValidationError(refusal) }
        let user = try await options.withDatabase("user") { database in
            try await UserAccounts(database: database).add(email: email, role: role, password: password, by: .commandLine)
        }
        print("Added \(user.email) as \(user.role.rawValue).")
    }

    private func readPassword() throws -> String {
        if passwordStdin {
            guard let line = readLine(strippingNewline: true) else {
                throw CommandFailure("--password-stdin was given but standard input was empty. Pipe the password in, e.g. `… --password-stdin < password.txt`.")
            }
            return line
        }
        let first = try SecretInput.read(prompt: "Password for \(User.normalizedEmail(email)): ")
        if let refusal = PasswordPolicy.refusal(for: first) { throw ValidationError(refusal) }
        let second = try SecretInput.read(prompt: "Same password again: ")
        guard first == second else { throw CommandFailure("The two passwords differ. Run the command again.") }
        return first
    }
}
