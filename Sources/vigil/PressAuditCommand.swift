import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

struct PressAuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "press",
        abstract: "Check articles' quotations, numbers, organization names and claims against a letter.",
        discussion: """
            --source is the letter: a text file in the sign-on letter's plain-text form (its organizations are \
            its signatories), or the id of a letter stored in Vigil (vigil letter list; its approved signatories). \
            Each article is a text file. Writes one row per finding: \
            article,kind,text,verdict,source_text,source_value,start,end, where article is the file name as \
            given, kind is quote, number, name or claim, and start/end are offsets in Unicode scalars of the \
            article's text (end exclusive). Verdicts flag what a person should check; see docs/press-audit.md.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "The letter: a text file, or a stored letter's id.")
    var source: String

    @Argument(help: "The articles' text files.")
    var articles: [String]

    @Option(help: "csv or json.")
    var format: ExportFormat = .csv

    func validate() throws {
        if articles.isEmpty { throw ValidationError("Name at least one article file.") }
    }

    func run() async throws {
        print(try await report(), terminator: "")
    }

    /// The findings of every article as CSV or JSON; every article is read before anything is
    /// written, so a bad file leaves no half report.
    func report() async throws -> String {
        let auditSource = try await loadSource()
        var findings: [PressFinding] = []
        for path in articles {
            let article = try FileImports.read(path) { try ArticleFileReader.read(path: path) }
            let found = PressAudit.findings(article, source: auditSource)
            let counts = PressAudit.counts(found).map { "\($0.count) \($0.verdict.rawValue)" }.joined(separator: ", ")
            Console.error("\(path): \(found.count) findings\(counts.isEmpty ? "" : ": " + counts)")
            findings += found
        }
        let table = PressFindingTable.make(findings)
        return format == .csv ? table.csv() : table.json()
    }

    private func loadSource() async throws -> AuditSource {
        if FileManager.default.fileExists(atPath: source) {
            let letter = try FileImports.read(source) { try LetterFileReader.read(fileAt: URL(fileURLWithPath: source)).draft }
            Console.error("\(source): letter of \(letter.date.iso), \(letter.organizations.count) organizations")
            return AuditSource(letter: letter)
        }
        guard let id = Int(source) else {
            Console.error("--source \(source): no such file, and not a letter id (vigil letter list shows the ids).")
            throw ExitCode(1)
        }
        let found = try await options.withDatabase("audit") { try await PressAuditSources(database: $0).source(letterID: id) }
        guard let found else {
            Console.error("--source \(id): there is no letter \(id) (vigil letter list shows the ids).")
            throw ExitCode(1)
        }
        Console.error("letter \(id) (version \(found.version)): \(found.source.signatories.count) approved signatories")
        return found.source
    }
}
