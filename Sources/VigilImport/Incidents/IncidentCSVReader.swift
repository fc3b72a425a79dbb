import Foundation
import VigilCore

/// Reads a CSV file of documented incidents into an `IncidentList`, or refuses it whole.
///
/// The header names the columns, in any order and any case:
/// `facility,occurred_on,category,status,visibility,description,source_title,source_url,documented_by`.
/// `visibility` and `source_url` may be left out; a missing or blank visibility is `internal`,
/// the safe default (nothing is published unless the file says `public`). Columns Vigil does
/// not know are refused by name, so that a misspelt `visibilty` cannot silently publish or hide.
///
/// The file is RFC 4180 CSV (comma-separated, fields may be quoted and span lines), UTF-8
/// with or without a byte-order mark, at most `maxBytes` long. Every row is checked by
/// `IncidentDraft.validated(today:)`; any problem refuses the whole file with an
/// `ImportFailure` naming the file, row and column (every problem is listed, up to
/// `problemListLimit`). Rows are numbered by the line they start on, the header being row 1.
/// Whether each facility exists is checked when storing (`IncidentArchive.importBatch`).
public enum IncidentCSVReader {
    public static let maxBytes = 50 * 1024 * 1024
    public static let problemListLimit = 50
    public static let requiredColumns: [IncidentField] = IncidentField.allCases.filter { !$0.isOptional }

    public static func read(fileAt url: URL, today: CalendarDate = .today) throws -> IncidentList {
        let name = url.lastPathComponent
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber, size.intValue > maxBytes {
            throw tooLarge(name, bytes: size.intValue)
        }
        let data = try FileContents.read(url)
        return try read(data: data, fileName: name, today: today)
    }

    public static func read(data: Data, fileName: String, today: CalendarDate = .today) throws -> IncidentList {
        guard data.count <= maxBytes else { throw tooLarge(fileName, bytes: data.count) }
        guard !data.isEmpty else { throw ImportFailure(file: fileName, "the file is empty") }
        let text = try decode(data, fileName: fileName)
        if let line = UnclosedQuote.line(in: text, delimiter: ",") {
            throw ImportFailure(file: fileName, row: line, """
                a quoted field starting on line \(line) never closes: the file is truncated or a quote (") is missing. Nothing was imported.
                """)
        }
        let records = DelimitedText.records(text, delimiter: ",")
        guard let header = records.first else {
            throw ImportFailure(file: fileName, "the file has no rows: expected a header line naming the columns "
                                + IncidentField.allCases.map(\.rawValue).joined(separator: ","))
        }
        let columns = try self.columns(header, fileName: fileName)
        let rows = records.dropFirst()
        guard !rows.isEmpty else {
            throw ImportFailure(file: fileName, "the file has a header but no incident rows")
        }

        var entries: [IncidentList.Entry] = []
        var problems: [(row: Int, column: String?, message: String)] = []
        for record in rows {
            guard record.fields.count == header.fields.count else {
                problems.append((record.line, nil, """
                    the row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s") and the header \(header.fields.count): \
                    is a comma unquoted or a quote missing?
                    """))
                continue
            }
            let draft = IncidentDraft { field in columns[field].map { record.fields[$0] } }
            switch draft.validated(today: today) {
            case .success(let incident): entries.append(IncidentList.Entry(row: record.line, incident: incident))
            case .failure(let invalid):
                problems += invalid.problems.map { (record.line, $0.field.rawValue, $0.message) }
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
        return IncidentList(source: source, entries: entries)
    }

    /// Where each known field is in the header; refuses unknown, repeated and missing columns.
    static func columns(_ header: DelimitedText.Record, fileName: String) throws -> [IncidentField: Int] {
        try HeaderColumns.map(header, fileName: fileName, required: requiredColumns,
                              leftOutNote: "(visibility and source_url may be left out)")
    }

    static func decode(_ data: Data, fileName: String) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.prefix(4096).contains(0) {
            throw ImportFailure(file: fileName, "the file is binary, not CSV text (is it a spreadsheet? Save it as CSV UTF-8)")
        }
        try DelimitedTextBounds.check(bytes, fileName: fileName)
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw ImportFailure(file: fileName, "the file is not UTF-8 text: save it as “CSV UTF-8” and import it again")
        }
        return text
    }

    static func tooLarge(_ fileName: String, bytes: Int) -> ImportFailure {
        ImportFailure(file: fileName, """
            the file is \(bytes) bytes; incident files are limited to \(maxBytes / 1_048_576) MB (\(maxBytes) bytes). \
            Split it into several files and import each.
            """)
    }
}
