import ArgumentParser
import VigilCore
import VigilStore

struct OrgListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List organizations: slug, kind, name, members.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await options.withDatabase("org") { database in
            let organizations = Organizations(database: database)
            let all = try await organizations.all()
            if all.isEmpty { print("No organizations yet. Add one with `vigil org add <slug> --name \"…\"`.") }
            for organization in all {
                let members = try await organizations.members(of: organization)
                print([organization.slug, organization.kind.rawValue, organization.name,
                       members.map { "\($0.email) (\($0.role.rawValue))" }.joined(separator: ", ")].joined(separator: "\t"))
            }
        }
    }
}
