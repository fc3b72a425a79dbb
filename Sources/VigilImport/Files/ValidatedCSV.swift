import Foundation
import VigilCore

/// A CSV file of hand-kept rows whose columns a field enum names (incidents, cases), read
/// whole or refused whole: UTF-8 only, at most `maxBytes`, the header mapped by
/// `HeaderColumns`, and every row checked by the caller's validation. Every problem is listed
/// by row and column (up to `problemListLimit`), so one attempt shows everything to fix.
/// Rows are numbered by the line they start on, the header being row 1.
enum ValidatedCSV {
    static let problemListLimit = 50

    /// A row's problems, each in the column (field name) it concerns.
    struct Problems: Error {
        var problems: [(column: String, message: String)]
    }

    /// - Parameters:
    ///   - noun: what a row holds ("incident", "case"), for the refusals.
    ///   - validate: turns a row (its cell in each field's column, nil when absent) into a value or its problems.
    static func read<Field: RawRepresentable & CaseIterable & Hashable, Value>(
        data: Data, fileName: String, maxBytes: Int, noun: String, required: [Field], leftOutNote: String,
        validate: (_ cell: (Field) -> String?) -> Result<Value, Problems>
    ) throws -> [(row: Int, value: Value)] where Field.RawValue == String {
        guard data.count <= maxBytes else { throw tooLarge(fileName, bytes: data.count, maxBytes: maxBytes, noun: noun) }
        guard !data.isEmpty else { throw ImportFailure(file: fileName, "the file is empty") }
        let text = try decode(data, fileName: fileName)
        let records = try DelimitedText.records(text, delimiter: ",", fileName: fileName)
        guard let header = records.first else {
            throw ImportFailure(file: fileName, "the file has no rows: expected a header line naming the columns "
                                + Field.allCases.map(\.rawValue).joined(separator: ","))
        }
        let columns = try HeaderColumns.map(header, fileName: fileName, required: required, leftOutNote: leftOutNote)
        let rows = records.dropFirst()
        guard !rows.isEmpty else { throw ImportFailure(file: fileName, "the file has a header but no \(noun) rows") }

        var values: [(row: Int, value: Value)] = []
        var problems: [(row: Int, column: String?, message: String)] = []
        for record in rows {
            guard record.fields.count == header.fields.count else {
                problems.append((record.line, nil, """
                    the row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s") and the header \(header.fields.count): \
                    is a comma unquoted or a quote missing?
                    """))
                continue
            }
            let fields = record.fields
            switch validate({ field in columns[field].map { fields[$0] } }) {
            case .success(let value): values.append((record.line, value))
            case .failure(let invalid): problems += invalid.problems.map { (record.line, $0.column, $0.message) }
            }
        }
        if problems.count == 1, let only = problems.first {
            throw ImportFailure(file: fileName, row: only.row, column: only.column, only.message + " Nothing was imported.")
        }
        if !problems.isEmpty {
            var lines = problems.prefix(problemListLimit).map { p in
                "row \(p.row)" + (p.column.map { ", column \"\($0)\"" } ?? "") + ": " + p.message
            }
            if problems.count > problemListLimit { lines.append("… and \(problems.count - problemListLimit) more problems") }
            throw ImportFailure(file: fileName, "\(problems.count) problems; nothing was imported.\n  " + lines.joined(separator: "\n  "))
        }
        return values
    }

    /// Refuses a file past `maxBytes` before it is read (`size` from the file system).
    static func checkSize(of url: URL, maxBytes: Int, noun: String) throws {
        if let size = FileSize.of(url), size > maxBytes {
            throw tooLarge(url.lastPathComponent, bytes: size, maxBytes: maxBytes, noun: noun)
        }
    }

    static func tooLarge(_ fileName: String, bytes: Int, maxBytes: Int, noun: String) -> ImportFailure {
        ImportFailure(file: fileName, """
            the file is \(bytes) bytes; \(noun) files are limited to \(maxBytes / 1_048_576) MB (\(maxBytes) bytes). \
            Split it into several files and import each.
            """)
    }

    /// UTF-8 only (a byte-order mark dropped): these files are typed by people, and a
    /// Windows-1252 guess could silently change a name.
    static func decode(_ data: Data, fileName: String) throws -> String {
        let bytes = try TextDecoding.checkedBytes(data, fileName: fileName, scanning: 4096,
                                                  binary: "the file is binary, not CSV text (is it a spreadsheet? Save it as CSV UTF-8)")
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw ImportFailure(file: fileName, "the file is not UTF-8 text: save it as “CSV UTF-8” and import it again")
        }
        return text
    }
}
