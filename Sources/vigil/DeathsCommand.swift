import ArgumentParser
import Foundation
import VigilCore
import VigilStore

struct DeathsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deaths",
        abstract: "Review deaths whose facility is not tied to the registry, and likely duplicates.",
        subcommands: [DeathsReviewCommand.self])
}

struct DeathsReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List deaths with a doubtful facility link or none, and likely duplicates; decide a duplicate.",
        discussion: """
            A likely duplicate is the same person in two lists a few days apart. It is not counted \
            until a person decides: --confirm-duplicate ID merges it into the death it repeats, \
            --reject-duplicate ID counts it as a death of its own. --link ID CODE ties a death to a \
            registry code by hand; --unlink ID removes a wrong link. Decisions are audited, and later \
            imports keep them.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("confirm-duplicate"), help: "The id of a likely duplicate that is the same death as the one it points at.")
    var confirm: Int?

    @Option(name: .customLong("reject-duplicate"), help: "The id of a likely duplicate that is another death after all.")
    var reject: Int?

    @Option(name: .customLong("link"), parsing: .upToNextOption, help: ArgumentHelp("Tie death ID to registry CODE by hand.", valueName: "ID CODE"))
    var link: [String] = []

    @Option(name: .customLong("unlink"), help: "The id of a death whose facility link is wrong: it is tied to no facility.")
    var unlink: Int?

    func validate() throws {
        let decisions = [confirm != nil, reject != nil, !link.isEmpty, unlink != nil].filter { $0 }.count
        if decisions > 1 { throw ValidationError("Give one of --confirm-duplicate, --reject-duplicate, --link or --unlink.") }
        if !link.isEmpty && (link.count != 2 || Int(link[0]) == nil) {
            throw ValidationError("--link takes a death id and a facility code: --link 12 STWRTGA")
        }
    }

    func run() async throws {
        do {
            try await options.withDatabase("deaths") { database in
                let person = ProcessInfo.processInfo.environment["USER"].map { "\($0) (cli)" } ?? "cli"
                if link.count == 2, let id = Int(link[0]) {
                    let code = link[1].uppercased()
                    let audit = AuditEvent(actor: .commandLine, action: "death.link", subject: String(id), details: ["code": code])
                    try await DeathArchive(database: database).decideLink(deathID: id, code: code, by: person, audit: audit)
                    print("Death \(id) tied to \(code) by hand; later imports keep it.")
                } else if let id = unlink {
                    let audit = AuditEvent(actor: .commandLine, action: "death.unlink", subject: String(id), details: [:])
                    try await DeathArchive(database: database).decideLink(deathID: id, code: nil, by: person, audit: audit)
                    print("Death \(id) tied to no facility; later imports keep it so.")
                } else if let id = confirm ?? reject {
                    let sameDeath = confirm != nil
                    let audit = AuditEvent(actor: .commandLine, action: "death.duplicate_review", subject: String(id),
                                           details: ["decision": sameDeath ? "same death" : "another death"])
                    try await DeathArchive(database: database).decideDuplicate(deathID: id, sameDeath: sameDeath, by: person, audit: audit)
                    print(sameDeath ? "Death \(id) merged into the death it repeats." : "Death \(id) now counts as a death of its own.")
                } else {
                    let queries = DeathQueries(database: database)
                    let queue = try await queries.reviewQueue()
                    let duplicates = try await queries.likelyDuplicates()
                    print("\(queue.count) deaths without an accepted facility link")
                    for d in queue {
                        let suggestion = d.suggestedCode.map { " → suggested \($0) (confidence \(d.linkConfidence.map { String($0) } ?? "?"))" } ?? " → no match"
                        print("id \(d.id): \(d.date?.iso ?? String(d.year))  \(d.personName)  \(d.facilityName), \(d.state ?? "?") [\(d.linkMethod)]\(suggestion)")
                    }
                    print("\(duplicates.count) likely duplicates waiting for review (not counted until decided)")
                    for pair in duplicates {
                        let d = pair.death, o = pair.original
                        print("id \(d.id): \(d.personName), \(d.date?.iso ?? String(d.year)), \(d.facilityName) — likely the same as "
                              + "id \(o.id): \(o.personName), \(o.date?.iso ?? String(o.year)), \(o.facilityName)")
                    }
                }
            }
        } catch let error as DeathArchive.DuplicateDecisionError {
            throw CommandFailure(error.description)
        } catch let error as DeathArchive.LinkDecisionError {
            throw CommandFailure(error.description)
        }
    }
}
