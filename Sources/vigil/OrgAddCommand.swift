import ArgumentParser
import VigilCore
import VigilStore

struct OrgAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an organization.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Its short name in addresses and on the command line: lower-case letters, digits and dashes (e.g. south-texas-legal).")
    var slug: String

    @Option(help: "Its full name.")
    var name: String

    @Option(help: "legal-team or bond-fund.")
    var kind: OrganizationKind = .legalTeam

    func validate() throws {
        guard Organization.isValidSlug(slug.lowercased()) else { throw ValidationError(OrganizationError.invalidSlug(slug).description) }
    }

    func run() async throws {
        do {
            let organization = try await options.withDatabase("org") { database in
                try await Organizations(database: database).add(name: name, slug: slug, kind: kind, by: .commandLine)
            }
            print("Added \(organization.slug) (\(organization.kind.label)): \(organization.name).")
        } catch let error as OrganizationError {
            throw CommandFailure(error.description)
        }
    }
}
