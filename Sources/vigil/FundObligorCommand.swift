import ArgumentParser
import VigilCore
import VigilStore

struct FundObligorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "obligor",
        abstract: "Add an obligor (who signs Form I-352) to a fund; prints the obligor's number. Without --name, lists the fund's obligors.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var fundOptions: FundOptions

    @Option(help: "The obligor's full name (a person or an organization).")
    var name: String?

    @Option(help: "citizen, permanent-resident, nonprofit or law-firm.")
    var kind: ObligorKind?

    @Option(help: "Address, phone, e-mail.")
    var contact: String = ""

    @Option(help: "A document checked, as TITLE=YYYY-MM-DD (the day it was verified); repeat for more.")
    var document: [String] = []

    func run() async throws {
        let documents = try document.map { text -> ObligorDocument in
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let date = CalendarDate(iso: parts[1].trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--document “\(text)”: write TITLE=YYYY-MM-DD, e.g. \"U.S. passport=2026-03-01\".")
            }
            return ObligorDocument(title: parts[0].trimmingCharacters(in: .whitespaces), verifiedOn: date)
        }
        try await fundOptions.run(options) { funds, fund in
            guard let name else {
                for o in try await funds.obligors(of: fund) {
                    print("\(o.id)\t\(o.kind.rawValue)\t\(o.name)\t\(o.contact)\t" + o.documents.map { "\($0.title) (\($0.verifiedOn.iso))" }.joined(separator: "; "))
                }
                return
            }
            guard let kind else { throw ValidationError("--kind is needed: citizen, permanent-resident, nonprofit or law-firm.") }
            let id = try await funds.addObligor(Obligor(name: name, kind: kind, contact: contact, documents: documents), to: fund, by: .commandLine)
            print(id)
        }
    }
}
