import Foundation
import VigilCore

/// Reads a TPS designations file (`release/tps_designations.csv`), or refuses it whole.
///
/// `country,designation,kind,effective_from,effective_to,continuous_residence_since,
/// continuous_physical_presence_since[,federal_register_citation,federal_register_document,notes,certainty]`,
/// columns in any order and case. Dates are `YYYY-MM-DD`. The later notices in `notes`
/// (`terminated effective ...`, `end moved to ...`, `extended ... to ...`, `announced ...`)
/// move the window in which a designation is in force (`TPSDesignation`); a notice without a
/// readable date refuses the file. Any bad row refuses the file with an `ImportFailure`
/// naming the file, row and column, so a half-read list is never stored or screened against.
public enum TPSDesignationReader {
    public static let requiredColumns = ["country", "designation", "kind", "effective_from", "effective_to",
                                         "continuous_residence_since", "continuous_physical_presence_since"]
    public static let optionalColumns = ["federal_register_citation", "federal_register_document", "notes", "certainty"]
    /// The real file is under 4 KB; a list of every country's designations for decades is still tiny.
    public static let maximumBytes = 1_000_000

    public static func read(fileAt url: URL) throws -> TPSDesignationList {
        try read(data: try FileContents.read(url), fileName: url.lastPathComponent)
    }

    public static func read(data: Data, fileName: String) throws -> TPSDesignationList {
        guard data.count <= maximumBytes else {
            throw ImportFailure(file: fileName, "the file is \(data.count) bytes; a TPS designations list is a few kilobytes, so this is not one")
        }
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        let table = try HeadedTable(data: data, fileName: fileName)
        try table.require(requiredColumns, layout: "a TPS designations file needs \(requiredColumns.joined(separator: ",")) (and may add \(optionalColumns.joined(separator: ",")))")
        var designations: [TPSDesignation] = []
        var seen: [String: Int] = [:]
        for record in table.records where !record.fields.allSatisfy({ Clean.text($0) == nil }) {
            guard record.fields.count == table.header.fields.count else {
                throw ImportFailure(file: fileName, row: record.line, """
                    the row has \(record.fields.count) fields and the header \(table.header.fields.count): is a comma unquoted or a quote missing?
                    """)
            }
            func text(_ column: String) throws -> String {
                guard let value = table.field(column, of: record) else {
                    throw ImportFailure(file: fileName, row: record.line, column: column, "is blank; every designation needs it")
                }
                return value
            }
            func date(_ column: String) throws -> CalendarDate {
                let value = try text(column)
                guard let date = CalendarDate(iso: value) else {
                    throw ImportFailure(file: fileName, row: record.line, column: column, "“\(value)” is not a date as YYYY-MM-DD")
                }
                return date
            }
            let country = try text("country")
            let name = try text("designation")
            let key = "\(country.lowercased())|\(name.lowercased())"
            if let earlier = seen[key] {
                throw ImportFailure(file: fileName, row: record.line, column: "designation",
                                    "\(country) \(name) is listed twice (also on row \(earlier))")
            }
            seen[key] = record.line
            do {
                designations.append(try TPSDesignation(
                    country: country, designation: name, kind: try text("kind"),
                    effectiveFrom: try date("effective_from"), effectiveTo: try date("effective_to"),
                    continuousResidenceSince: try date("continuous_residence_since"),
                    continuousPhysicalPresenceSince: try date("continuous_physical_presence_since"),
                    federalRegisterCitation: table.field("federal_register_citation", of: record),
                    federalRegisterDocument: table.field("federal_register_document", of: record),
                    notes: table.field("notes", of: record), certainty: table.field("certainty", of: record),
                    sourceRow: record.line))
            } catch let error as TPSDesignationError {
                throw ImportFailure(file: fileName, row: record.line, column: error.field, error.reason)
            }
        }
        guard !designations.isEmpty else { throw ImportFailure(file: fileName, row: table.header.line, "the file has a header and no designations") }
        return TPSDesignationList(source: source, designations: designations)
    }
}
