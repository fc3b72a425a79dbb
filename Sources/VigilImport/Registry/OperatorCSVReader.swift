import Foundation
import VigilCore

/// Reads operator records from a CSV that people keep by hand, one cited fact per row:
///
/// `code,as_of_date,operator,owner,contract_type,capacity,guaranteed_minimum,citation`
///
/// `code`, `as_of_date` (YYYY-MM-DD) and `citation` are required on every row (a record
/// without a citation cannot be checked); the other columns may be blank. A `source` column,
/// if present, names the source; otherwise the file's name does.
public enum OperatorCSVReader {
    public static let requiredColumns = ["code", "as_of_date", "citation"]

    public static func read(fileAt url: URL) throws -> (SourceFile, [OperatorRecord]) {
        let data = try FileContents.read(url)
        return try read(data: data, fileName: url.lastPathComponent)
    }

    public static func read(data: Data, fileName: String) throws -> (SourceFile, [OperatorRecord]) {
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        let table = try HeadedTable(data: data, fileName: fileName)
        try table.require(requiredColumns, layout: "an operator file needs code,as_of_date,operator,owner,contract_type,capacity,guaranteed_minimum,citation")
        var result: [OperatorRecord] = []
        for record in table.records {
            func field(_ name: String) -> String? { table.field(name, of: record) }
            guard let code = field("code")?.uppercased() else {
                throw ImportFailure(file: fileName, row: record.line, column: "code", "no facility code")
            }
            guard let dateText = field("as_of_date"), let date = CalendarDate(iso: dateText) else {
                throw ImportFailure(file: fileName, row: record.line, column: "as_of_date", "as_of_date must be a date written YYYY-MM-DD")
            }
            guard let citation = field("citation") else {
                throw ImportFailure(file: fileName, row: record.line, column: "citation", "every record needs a citation saying where the fact comes from")
            }
            var r = OperatorRecord(code: code, asOfDate: date, source: field("source") ?? fileName)
            r.citation = citation
            r.operatorName = field("operator")
            r.ownerName = field("owner")
            r.contractType = field("contract_type")
            for (name, path) in [("capacity", \OperatorRecord.capacity), ("guaranteed_minimum", \OperatorRecord.guaranteedMinimum)] {
                guard let text = field(name) else { continue }
                guard let value = Double(text) else {
                    throw ImportFailure(file: fileName, row: record.line, column: name, "\"\(text)\" is not a number")
                }
                r[keyPath: path] = value
            }
            r.sourceRow = record.line
            result.append(r)
        }
        return (source, result)
    }
}
