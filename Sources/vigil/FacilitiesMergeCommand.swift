import ArgumentParser
import Foundation
import VigilCore
import VigilStore

/// `vigil facilities merge OLD NEW`: one facility under two codes, decided by a person.
struct FacilitiesMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Record that two registry codes are one facility, undo it, or list the pairs worth a look.",
        discussion: """
            merge OLD NEW records that OLD is the same facility as NEW (EDENDTX in 2017, EDNDCTX later): \
            pages, population history, deaths, ranking and the private share count OLD's rows, deaths \
            and operator records under NEW. Matching runs again at once. --undo OLD makes OLD a facility \
            of its own again. With no codes, lists the merges made and the pairs of codes at the same \
            address or with the same name, in one state, whose periods of use never overlap; Vigil \
            merges none of them by itself. Decisions are audited.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The code that is no longer used, then the code it is the same facility as.")
    var codes: [String] = []

    @Option(help: "Why (kept with the decision).")
    var note: String?

    @Option(help: "OLD: undo the merge of OLD.")
    var undo: String?

    func validate() throws {
        if undo != nil && !codes.isEmpty { throw ValidationError("Give OLD NEW, or --undo OLD, not both.") }
        if !codes.isEmpty && codes.count != 2 { throw ValidationError("merge takes two codes: OLD NEW (vigil facilities merge EDENDTX EDNDCTX).") }
    }

    func run() async throws {
        let person = ProcessInfo.processInfo.environment["USER"].map { "\($0) (cli)" } ?? "cli"
        do {
            try await options.withDatabase("facilities") { database in
                let merges = FacilityMerges(database: database)
                if codes.count == 2 {
                    let (old, new) = (codes[0].uppercased(), codes[1].uppercased())
                    let audit = AuditEvent(actor: .commandLine, action: "facility.merge", subject: old, details: ["into": new, "note": note ?? ""])
                    try await merges.merge(old: old, into: new, note: note, by: person, audit: audit)
                    print("\(old) is recorded as the same facility as \(new); matching ran again.")
                } else if let undo {
                    let audit = AuditEvent(actor: .commandLine, action: "facility.unmerge", subject: undo.uppercased())
                    try await merges.unmerge(old: undo, by: person, audit: audit)
                    print("\(undo.uppercased()) is a facility of its own again; matching ran again.")
                } else {
                    let made = try await merges.all()
                    print(["old_code", "new_code", "decided_by", "decided_at", "note"].joined(separator: "\t"))
                    for m in made { print([m.oldCode, m.newCode, m.decidedBy, m.decidedAt, m.note ?? ""].joined(separator: "\t")) }
                    Console.error("\(made.count) merge\(made.count == 1 ? "" : "s") recorded.")
                    let pairs = try await merges.candidates()
                    print(["earlier_code", "earlier_name", "earlier_period", "later_code", "later_name", "later_period", "state", "why"].joined(separator: "\t"))
                    for p in pairs {
                        print([p.earlier, p.earlierName, "\(p.earlierPeriod.lowerBound.iso)..\(p.earlierPeriod.upperBound.iso)", p.later, p.laterName,
                               "\(p.laterPeriod.lowerBound.iso)..\(p.laterPeriod.upperBound.iso)", p.state, p.reason.description].joined(separator: "\t"))
                    }
                    Console.error("\(pairs.count) pair\(pairs.count == 1 ? "" : "s") of codes that may be one facility (none merged).")
                }
            }
        } catch let error as FacilityMerges.MergeError {
            throw CommandFailure(error.description)
        }
    }
}
