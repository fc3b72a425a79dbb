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
        let database = try await options.openDatabase("import")
        let registry = FacilityRegistry(database: database)
        var failed = 0
        for path in files {
            let url = URL(fileURLWithPath: path)
            do {
                let listing = try FacilityListReader.read(fileAt: url)
                switch try await registry.importListing(listing) {
                case .alreadyImported(let name):
                    Console.error("\(url.lastPathComponent): unchanged: already imported\(name == url.lastPathComponent ? "" : " as \(name)")")
                case .imported(let format, let entries, let newCodes, let operators, let notes):
                    Console.error("\(url.lastPathComponent): imported as \(format.rawValue): \(entries) facilities (\(newCodes) new codes), \(operators) operator records")
                    for note in notes { Console.error("  note: \(note)") }
                }
            } catch {
                failed += 1
                Console.error("\(url.lastPathComponent): FAILED: \((error as? ImportFailure)?.description ?? String(reflecting: error))")
            }
        }
        do {
            let summary = try await FacilityMatching(database: database).run()
            Console.error(FacilitiesMatchCommand.describe(summary))
        } catch {
            try? await database.shutdown()
            throw error
        }
        try await database.shutdown()
        if failed > 0 { throw ExitCode(1) }
    }
}

struct ImportOperatorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operators",
        abstract: "Import cited operator records (who runs a facility, on what terms, as of when) from a CSV.",
        discussion: """
            Columns: code,as_of_date,operator,owner,contract_type,capacity,guaranteed_minimum,citation \
            (code, as_of_date and citation required on every row; an optional source column). \
            Records are added, never overwritten: history is kept.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The CSV file.")
    var file: String

    func run() async throws {
        let (source, records) = try OperatorCSVReader.read(fileAt: URL(fileURLWithPath: file))
        let database = try await options.openDatabase("import")
        do {
            switch try await FacilityRegistry(database: database).importOperators(records, from: source) {
            case .alreadyImported(let name): Console.error("\(source.fileName): unchanged: already imported as \(name)")
            case .imported(let n): Console.error("\(source.fileName): \(n) operator record\(n == 1 ? "" : "s") added")
            }
        } catch {
            try? await database.shutdown()
            throw error
        }
        try await database.shutdown()
    }
}
