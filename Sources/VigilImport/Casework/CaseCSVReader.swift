import Foundation
import VigilCore

/// Reads a CSV file of cases (`vigil import cases <csv> --org <slug>`) into a `CaseList`, or
/// refuses it whole.
///
/// The header names the columns, in any order and any case, as `CaseField` names them
/// (`name,a_number,birth_date,citizenship,facility,detained_on` are required; every other
/// column may be left out). Lists (languages, conditions, criminal) are separated by `;`;
/// evidence documents are `fact | title | date | kept or missing`, separated by `;`. Yes/no
/// columns take yes/no, true/false or 1/0, blank meaning no. Columns Vigil does not know are
/// refused by name.
///
/// The file is RFC 4180 CSV, UTF-8, read by the same reader as incident files. Every row is
/// checked by `CaseDraft.validated(today:)`; any problem refuses the whole file with an
/// `ImportFailure` naming the file, row and column (every problem, up to `problemListLimit`).
/// Whether each facility exists is checked when storing (`CaseArchive.importBatch`).
public enum CaseCSVReader {
    public static let maxBytes = 20 * 1024 * 1024
    public static let problemListLimit = 50
    public static let requiredColumns: [CaseField] = CaseField.allCases.filter(\.isRequired)

    public static func read(fileAt url: URL, today: CalendarDate = .today) throws -> CaseList {
        let name = url.lastPathComponent
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber, size.intValue > maxBytes {
            throw tooLarge(name, bytes: size.intValue)
        }
        return try read(data: try FileContents.read(url), fileName: name, today: today)
    }

    public static func read(data: Data, fileName: String, today: CalendarDate = .today) throws -> CaseList {
        guard data.count <= maxBytes else { throw tooLarge(fileName, bytes: data.count) }
        guard !data.isEmpty else { throw ImportFailure(file: fileName, "the file is empty") }
        let text = try IncidentCSVReader.decode(data, fileName: fileName)
        if let line = UnclosedQuote.line(in: text, delimiter: ",") {
            throw ImportFailure(file: fileName, row: line, """
                a quoted field starting on line \(line) never closes: the file is truncated or a quote (") is missing. Nothing was imported.
                """)
        }
        let records = DelimitedText.records(text, delimiter: ",")
        guard let header = records.first else {
            throw ImportFailure(file: fileName, "the file has no rows: expected a header line naming the columns "
                                + CaseField.allCases.map(\.rawValue).joined(separator: ","))
        }
        let columns = try HeaderColumns.map(header, fileName: fileName, required: requiredColumns,
                                            leftOutNote: "(only \(requiredColumns.map(\.rawValue).joined(separator: ", ")) are required)")
        let rows = records.dropFirst()
        guard !rows.isEmpty else { throw ImportFailure(file: fileName, "the file has a header but no case rows") }

        var entries: [CaseList.Entry] = []
        var problems: [(row: Int, column: String?, message: String)] = []
        for record in rows {
            guard record.fields.count == header.fields.count else {
                problems.append((record.line, nil, """
                    the row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s") and the header \(header.fields.count): \
                    is a comma unquoted or a quote missing?
                    """))
                continue
            }
            let draft = CaseDraft { field in columns[field].map { record.fields[$0] } }
            switch draft.validated(today: today) {
            case .success(let file): entries.append(CaseList.Entry(row: record.line, file: file))
            case .failure(let invalid): problems += invalid.problems.map { (record.line, $0.field.rawValue, $0.message) }
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
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        return CaseList(source: source, entries: entries)
    }

    static func tooLarge(_ fileName: String, bytes: Int) -> ImportFailure {
        ImportFailure(file: fileName, """
            the file is \(bytes) bytes; case files are limited to \(maxBytes / 1_048_576) MB (\(maxBytes) bytes). \
            Split it into several files and import each.
            """)
    }
}
