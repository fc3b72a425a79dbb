import Foundation
import VigilCore

/// A small delimited file people keep by hand: a header row naming its columns, then records.
/// Columns are found by folded name (`As of Date` is `as_of_date`), so order and case are free.
struct HeadedTable {
    let fileName: String
    let header: DelimitedText.Record
    let records: ArraySlice<DelimitedText.Record>
    private let columns: [String: Int]

    /// Decodes and splits `data`; an empty file is refused, naming it.
    init(data: Data, fileName: String) throws {
        let text = try TextDecoding.decode(data, fileName: fileName)
        let all = try DelimitedText.records(text, delimiter: DelimitedText.delimiter(of: text), fileName: fileName)
        guard let header = all.first else { throw ImportFailure(file: fileName, "the file is empty") }
        var columns: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() { columns[HeaderName.fold(name), default: index] = index }
        self.fileName = fileName
        self.header = header
        self.records = all.dropFirst()
        self.columns = columns
    }

    /// Refuses the file, at the header row, when a required column is missing; `layout` says
    /// what the file should look like.
    func require(_ names: [String], layout: String) throws {
        for name in names where columns[name] == nil {
            throw ImportFailure(file: fileName, row: header.line, column: name, "the header has no \(name) column; \(layout)")
        }
    }

    /// Whether the header has the (folded) column.
    func has(_ name: String) -> Bool { columns[name] != nil }

    /// The record's cell in the named column, trimmed; nil when blank, a placeholder or absent.
    func field(_ name: String, of record: DelimitedText.Record) -> String? {
        guard let column = columns[name], column < record.fields.count else { return nil }
        return Clean.text(record.fields[column])
    }

    /// One record of a list whose every row carries a unique id (awards, agenda items, 287(g)
    /// agreements): its id, its cells, and refusals naming this file, its row and a column.
    struct KeyedRow {
        let id: String
        let record: DelimitedText.Record
        let table: HeadedTable

        func field(_ name: String) -> String? { table.field(name, of: record) }
        func fail(_ column: String, _ reason: String) -> ImportFailure {
            ImportFailure(file: table.fileName, row: record.line, column: column, reason)
        }
    }

    /// Reads a list keyed by `idColumn`, record by record in order: a record with no id
    /// (`missing` says so) or with an id listed before refuses the file, naming both rows
    /// (`noun` names a record: "award 7 is listed again"); `read` makes each record's value.
    func keyedRows<Value>(by idColumn: String, noun: String, missing: String = "no id",
                          _ read: (KeyedRow) throws -> Value) throws -> [Value] {
        var values: [Value] = []
        var seen: [String: Int] = [:]
        for record in records {
            guard let id = field(idColumn, of: record) else {
                throw ImportFailure(file: fileName, row: record.line, column: idColumn, missing)
            }
            if let first = seen[id] {
                throw ImportFailure(file: fileName, row: record.line, column: idColumn, "\(noun) \(id) is listed again (first on row \(first))")
            }
            seen[id] = record.line
            values.append(try read(KeyedRow(id: id, record: record, table: self)))
        }
        return values
    }
}
