import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

struct FacilitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facilities",
        abstract: "Match workbook facilities to registry codes, review doubtful matches, and exchange crosswalks.",
        subcommands: [FacilitiesMatchCommand.self, FacilitiesReviewCommand.self, FacilitiesCrosswalkCommand.self,
                      FacilitiesMergeCommand.self])
}

struct FacilitiesMatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Match every workbook facility not decided by a person to a registry code (imports do this too).")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let summary = try await options.withDatabase("facilities") { try await FacilityMatching(database: $0).run() }
        print(Self.describe(summary))
    }

    static func describe(_ s: FacilityMatching.Summary) -> String {
        let methods = FacilityMatchMethod.allCases.compactMap { m in s.matched[m].map { "\($0) \(m.rawValue)" } }.joined(separator: ", ")
        let rate = s.keys > 0 ? Double(s.acceptedCount) / Double(s.keys) * 100 : 0
        return "Matched \(s.acceptedCount) of \(s.keys) workbook facilities (\(rate.fixedDecimals(1))%; \(methods.isEmpty ? "none" : methods)), "
            + "covering \((s.matchedADPShare * 100).fixedDecimals(1))% of ADP and \(s.matchedRowsHoldingPeople) of \(s.rowsHoldingPeople) release rows "
            + "that hold people (\((s.rowsHoldingPeople > 0 ? Double(s.matchedRowsHoldingPeople) / Double(s.rowsHoldingPeople) * 100 : 0).fixedDecimals(1))%"
            + (s.orrRowsHoldingPeople > 0 ? "; \((s.matchedShareOutsideORR * 100).fixedDecimals(1))% leaving out the \(s.orrRowsHoldingPeople) rows of HHS (ORR) shelters, which lists do not code" : "")
            + "); \(s.doubtful) doubtful and \(s.unmatched) unmatched await review"
            + (s.rejected > 0 ? "; \(s.rejected) rejected by a person." : ".")
    }
}

struct FacilitiesReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List workbook facilities with no accepted code, or decide one.",
        discussion: """
            With no option, lists the review queue (largest population first): key, name, state, \
            releases, suggested code and confidence. --link KEY CODE ties a key to a code; \
            --reject KEY records that it has no code. A key a person already decided differently \
            is reported and left alone unless --replace is given. Expansion records the matcher was unsure of \
            (contract awards, agenda items, dossiers) are listed after, named KIND:ID (award:70CDCR25C00000001); \
            --link KIND:ID CODE and --reject KIND:ID decide them the same way.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(parsing: .upToNextOption, help: "KEY CODE: tie a workbook facility key to a registry code.")
    var link: [String] = []

    @Option(help: "KEY: record that a workbook facility has no registry code.")
    var reject: String?

    @Option(help: "Why (kept with the decision).")
    var note: String?

    @Flag(help: "Change a decision a person made earlier.")
    var replace = false

    func validate() throws {
        if !link.isEmpty && link.count != 2 { throw ValidationError("--link takes two values: KEY CODE.") }
        if !link.isEmpty && reject != nil { throw ValidationError("Give --link or --reject, not both.") }
    }

    func run() async throws {
        let person = ProcessInfo.processInfo.environment["USER"].map { "\($0) (cli)" } ?? "cli"
        try await options.withDatabase("facilities") { database in
            let matching = FacilityMatching(database: database)
            if let record = link.first.flatMap(ExpansionLink.record(named:)) ?? reject.flatMap(ExpansionLink.record(named:)) {
                let code = link.count == 2 ? link[1].uppercased() : nil
                try await ExpansionArchive(database: database).decide(kind: record.kind, key: record.key, code: code, note: note, by: person)
                print(code.map { "Linked \(record.kind.rawValue):\(record.key) to \($0)." } ?? "Rejected \(record.kind.rawValue):\(record.key): it names no registry facility.")
            } else if link.count == 2 {
                try await matching.decide(key: FacilityKey(rawValue: link[0]), code: link[1].uppercased(), note: note, by: person, replace: replace)
                print("Linked \(link[0]) to \(link[1].uppercased()).")
            } else if let reject {
                try await matching.decide(key: FacilityKey(rawValue: reject), code: nil, note: note, by: person, replace: replace)
                print("Rejected \(reject): it has no registry code.")
            } else {
                let items = try await matching.reviewQueue()
                print(["facility_key", "name", "state", "releases", "total_adp", "suggested_code", "suggested_name", "confidence"].joined(separator: "\t"))
                for i in items {
                    print([i.key.rawValue, i.name, i.state ?? "", String(i.releases), i.totalADP.fixedDecimals(1), i.suggestedCode ?? "",
                           i.suggestedName ?? "", i.confidence.map { $0.fixedDecimals(2) } ?? ""].joined(separator: "\t"))
                }
                Console.error("\(items.count) facilit\(items.count == 1 ? "y" : "ies") to review.")
                let records = try await ExpansionArchive(database: database).reviewQueue()
                if !records.isEmpty {
                    print(["record", "state", "suggested_code", "suggested_name", "confidence", "evidence", "text"].joined(separator: "\t"))
                    for r in records {
                        print([r.reference, r.state ?? "", r.suggestedCode ?? "", r.suggestedName ?? "", r.confidence.fixedDecimals(2),
                               r.evidence ?? "", String(r.text.prefix(120))].joined(separator: "\t"))
                    }
                }
                Console.error("\(records.count) expansion record\(records.count == 1 ? "" : "s") to review.")
            }
        }
    }
}

struct FacilitiesCrosswalkCommand: AsyncParsableCommand {
    enum Action: String, ExpressibleByArgument { case export, `import` }

    static let configuration = CommandConfiguration(
        commandName: "crosswalk",
        abstract: "Export or import the key → code crosswalk (facility_key,code,method,confidence,note).",
        discussion: """
            export writes every match and decision as CSV to the file (or standard output with -). \
            import applies the file's manual and rejected rows as decisions; rows the matcher made \
            are skipped (matching recomputes them); rows that contradict an earlier person's \
            decision are reported and not applied unless --replace is given.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "export or import.")
    var action: Action

    @Argument(help: "The CSV file (- for standard output on export).")
    var file: String

    @Flag(help: "On import, change decisions a person made earlier.")
    var replace = false

    func run() async throws {
        let conflicts = try await options.withDatabase("facilities") { database -> Int in
            let matching = FacilityMatching(database: database)
            switch action {
            case .export:
                let csv = try await matching.crosswalk().csv()
                if file == "-" { print(csv, terminator: "") } else { try csv.write(toFile: file, atomically: true, encoding: .utf8) }
            case .import:
                let url = URL(fileURLWithPath: file)
                let rows = try CrosswalkReader.read(fileAt: url)
                let result = try await matching.importCrosswalk(rows, fileName: url.lastPathComponent, replace: replace)
                Console.error("\(url.lastPathComponent): \(result.applied) decisions applied, \(result.unchanged) unchanged, \(result.automatic) automatic rows skipped, \(result.conflicts.count) conflicts, \(result.errors.count) errors.")
                for line in result.conflicts { Console.error("  conflict: \(line)") }
                for line in result.errors { Console.error("  error: \(line)") }
                if result.applied > 0 { _ = try await matching.run() }
                return result.conflicts.count + result.errors.count
            }
            return 0
        }
        if conflicts > 0 { throw ExitCode(1) }
    }
}

