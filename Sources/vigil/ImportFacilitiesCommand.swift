import ArgumentParser
import Foundation
import VigilCore
import VigilImport
import VigilStore

struct ImportFacilitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facilities",
        abstract: "Import facility reference lists (DETLOC-keyed) into the facility registry.",
        discussion: """
            Recognises, by sheet and header: ICE's 2015 and 2017 facility lists (.xlsx), UWCHR's \
            cleaned, joined and geocoded lists (pipe-delimited, .csv or .csv.gz), The Marshall \
            Project's locations.csv and the person-level code list (ddp_facility_codes.csv). Each \
            file is one transaction; importing it again changes nothing. Rows without a code are \
            left out and listed; a code repeated with different details refuses the file. \
            Workbook facilities are matched to codes afterwards.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Facility list files.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one facility list to import.") }
    }

    func run() async throws {
        let refused = try await options.withDatabase("import") { database in
            let registry = FacilityRegistry(database: database)
            var imported = 0
            let refused = await FileImports.each(files, label: { URL(fileURLWithPath: $0).lastPathComponent }) { path in
                let url = URL(fileURLWithPath: path)
                let listing = try FacilityListReader.read(fileAt: url)
                switch try await registry.importListing(listing) {
                case .alreadyArchived(let name):
                    Console.error("\(url.lastPathComponent): unchanged: already imported\(name == url.lastPathComponent ? "" : " as \(name)")")
                case .imported(let format, let entries, let newCodes, let operators, let notes):
                    imported += 1
                    Console.error("\(url.lastPathComponent): imported as \(format.rawValue): \(entries) facilities (\(newCodes) new codes), \(operators) operator records")
                    for note in notes { Console.error("  note: \(note)") }
                }
            }
            // Matching again only when a list was stored: a refused or repeated file changes nothing at all.
            if imported > 0 {
                let summary = try await FacilityMatching(database: database).run()
                Console.error(FacilitiesMatchCommand.describe(summary))
            }
            return refused
        }
        try FileImports.exitIfAnyRefused(refused)
    }
}

struct ImportOperatorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operators",
        abstract: "Import operator evidence: cited records, a list by name and place, or contract awards.",
        discussion: """
            The header says which: \
            cited records, code,as_of_date,operator,owner,contract_type,capacity,guaranteed_minimum,citation \
            (code, as_of_date and citation required on every row; an optional source column); \
            a list by name and place, Facility Name,Location,Management (Location "City, ST"; no codes: each row \
            is matched through the registry, and rows it cannot match with confidence are listed and kept for \
            review; records are dated --as-of, else the first day of the fiscal year in the file name, fy26 -> \
            2025-10-01); or federal contract awards (usaspending_award_id,recipient,description,place_state, \
            detention_related,...: a detention-services award whose description names one registry facility \
            records its recipient as the operator, citing the award). Records are added, never overwritten; \
            importing the same file again changes nothing.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The CSV file.")
    var file: String

    @Option(name: .customLong("as-of"), help: "For a list by name and place: the date it speaks for (YYYY-MM-DD).")
    var asOf: String?

    func run() async throws {
        var date: CalendarDate?
        if let asOf {
            guard let parsed = CalendarDate(iso: asOf) else { throw ValidationError("--as-of must be a date written YYYY-MM-DD.") }
            date = parsed
        }
        let (source, contents) = try FileImports.read(file) { try OperatorCSVReader.contents(ofFileAt: URL(fileURLWithPath: file), asOf: date) }
        try await options.withDatabase("import") { database in
            let registry = FacilityRegistry(database: database)
            switch contents {
            case .records(let records):
                switch try await registry.importOperators(records, from: source) {
                case .alreadyArchived(let name): Console.error("\(source.fileName): unchanged: already imported as \(name)")
                case .imported(let n): Console.error("\(source.fileName): \(n) operator record\(n == 1 ? "" : "s") added")
                }
            case .list(let asOf, let rows):
                Self.describe(try await registry.importOperatorList(rows, asOf: asOf, from: source), file: source.fileName,
                              what: "list by name and place, as of \(asOf.iso)")
            case .awards(let awards):
                Self.describe(try await registry.importContractAwards(awards, from: source), file: source.fileName,
                              what: "contract awards (CC BY-SA 4.0 where the list says so)")
            }
        }
    }

    static func describe(_ report: FacilityRegistry.EvidenceImportReport, file: String, what: String) {
        if let name = report.alreadyArchivedAs {
            Console.error("\(file): unchanged: already imported as \(name)")
            return
        }
        Console.error("\(file): \(what): \(report.rows) rows, \(report.considered) considered, \(report.records) operator records added (method \(report.method.rawValue))")
        if !report.unmatched.isEmpty {
            Console.error("  \(report.unmatched.count) kept for review, not guessed:")
            for u in report.unmatched {
                Console.error("  \(u.fileName), row \(u.row): \(u.name.prefix(90))\(u.place.map { " (\($0))" } ?? ""): \(u.reason)")
            }
        }
    }
}
