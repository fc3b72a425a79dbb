import ArgumentParser
import VigilCore
import VigilStore

struct OrgAddMemberCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-member",
        abstract: "Add an account to an organization with a role, or change its role there.",
        discussion: "The account must exist (`vigil user add <email> --role viewer`). Members see their organization's cases; nobody else does.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The organization's slug.")
    var slug: String

    @Argument(help: "The member's email.")
    var email: String

    @Option(help: "intake, attorney or org-admin.")
    var role: OrganizationRole

    func run() async throws {
        do {
            try await options.withDatabase("org") { database in
                try await Organizations(database: database).setMember(slug: slug, email: email, role: role, by: .commandLine)
            }
            print("\(User.normalizedEmail(email)) is \(role.rawValue) of \(slug.lowercased()).")
        } catch let error as OrganizationError {
            throw CommandFailure(error.description)
        }
    }
}
