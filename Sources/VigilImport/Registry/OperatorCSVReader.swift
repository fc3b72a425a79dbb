import Foundation
import VigilCore

/// Reads the files `vigil import operators` takes, told apart by their header:
///
/// - **cited records** (`code,as_of_date,operator,owner,contract_type,capacity,guaranteed_minimum,citation`):
///   one cited fact per row, `code`, `as_of_date` (YYYY-MM-DD) and `citation` required; a
///   `source` column, if present, names the source, otherwise the file's name does;
/// - **a list by name and place** (`Facility Name,Location,Management`, Location “City, ST”):
///   no codes; the store ties each row to one with the registry matcher. The list says who
///   manages each facility but not as of when, so the records need a date: `asOf`, else the
///   first day of the fiscal year the file name gives (`fy26` → 2025-10-01), else refused;
/// - **contract awards** (`usaspending_award_id,recipient,...,description,...,place_state,...,
///   detention_related`, e.g. markramm_ice_contracts.csv): every award, checked; the store
///   keeps as evidence only those `ContractAwardEvidence` accepts.
///
/// A bad row refuses the whole file, naming file, row and column.
public enum OperatorCSVReader {
    public static let requiredColumns = ["code", "as_of_date", "citation"]
    public static let listColumns = ["facility_name", "location", "management"]
    public static var awardColumns: [String] { ContractAwardReader.requiredColumns }

    public enum Contents: Sendable, Hashable {
        case records([OperatorRecord])
        case list(asOf: CalendarDate, [OperatorListRow])
        case awards([ContractAward])
    }

    public static func contents(ofFileAt url: URL, asOf: CalendarDate? = nil) throws -> (SourceFile, Contents) {
        let data = try FileContents.read(url)
        return try contents(of: data, fileName: url.lastPathComponent, asOf: asOf)
    }

    /// A file of cited records only (the code shape); the other shapes are refused.
    public static func read(data: Data, fileName: String) throws -> (SourceFile, [OperatorRecord]) {
        let (source, contents) = try contents(of: data, fileName: fileName)
        guard case .records(let records) = contents else {
            throw ImportFailure(file: fileName, "expected cited operator records (code,as_of_date,...,citation)")
        }
        return (source, records)
    }

    public static func contents(of data: Data, fileName: String, asOf: CalendarDate? = nil) throws -> (SourceFile, Contents) {
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        let table = try HeadedTable(data: data, fileName: fileName)
        if listColumns.allSatisfy(table.has) && !table.has("code") {
            return (source, try list(table, asOf: asOf))
        }
        if awardColumns.allSatisfy(table.has) {
            return (source, .awards(try ContractAwardReader.awards(table)))
        }
        try table.require(requiredColumns, layout: """
            an operator file needs code,as_of_date,operator,owner,contract_type,capacity,guaranteed_minimum,citation \
            (or is a list by name and place, Facility Name,Location,Management, or a list of contract awards)
            """)
        var result: [OperatorRecord] = []
        for record in table.records {
            let draft = OperatorRecordDraft { table.field($0.rawValue, of: record) }
            switch draft.validated(source: table.field("source", of: record) ?? fileName) {
            case .failure(let invalid):
                let first = invalid.problems[0]
                throw ImportFailure(file: fileName, row: record.line, column: first.field.rawValue, first.message)
            case .success(var r):
                r.sourceRow = record.line
                result.append(r)
            }
        }
        return (source, .records(result))
    }

    static func list(_ table: HeadedTable, asOf: CalendarDate?) throws -> Contents {
        guard let date = asOf ?? fiscalYearStart(inFileName: table.fileName) else {
            throw ImportFailure(file: table.fileName, """
                a list by name and place does not say as of when; give the date with --as-of YYYY-MM-DD \
                (a file name with a fiscal year, e.g. fy26, gives that year's first day)
                """)
        }
        var rows: [OperatorListRow] = []
        for record in table.records {
            guard let name = table.field("facility_name", of: record) else {
                throw ImportFailure(file: table.fileName, row: record.line, column: "Facility Name", "no facility name")
            }
            guard let management = table.field("management", of: record) else {
                throw ImportFailure(file: table.fileName, row: record.line, column: "Management", "no operator named for \(name)")
            }
            guard let location = table.field("location", of: record), let comma = location.lastIndex(of: ",") else {
                throw ImportFailure(file: table.fileName, row: record.line, column: "Location", "the place must be written “City, ST”")
            }
            let city = location[..<comma].trimmingCharacters(in: .whitespaces)
            let state = location[location.index(after: comma)...].trimmingCharacters(in: .whitespaces).uppercased()
            guard state.count == 2, state.allSatisfy({ $0.isLetter }), !city.isEmpty else {
                throw ImportFailure(file: table.fileName, row: record.line, column: "Location",
                                    "“\(location)” is not “City, ST” with a two-letter state")
            }
            rows.append(OperatorListRow(name: name, city: city, state: state, operatorName: management, sourceRow: record.line))
        }
        return .list(asOf: date, rows)
    }

    /// The first day of the fiscal year a file name gives as `fy26` or `fy2026` (any case).
    static func fiscalYearStart(inFileName name: String) -> CalendarDate? {
        let lower = name.lowercased()
        guard let range = lower.range(of: #"fy(20)?\d\d(?!\d)"#, options: .regularExpression) else { return nil }
        let digits = lower[range].dropFirst(2)
        guard let year = Int(digits.count == 2 ? "20" + digits : String(digits)) else { return nil }
        return CalendarDate(iso: String(format: "%04d-10-01", year - 1))
    }
}
