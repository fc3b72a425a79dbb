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
    public static let problemListLimit = ValidatedCSV.problemListLimit
    public static let requiredColumns: [IncidentField] = IncidentField.allCases.filter { !$0.isOptional }

    public static func read(fileAt url: URL, today: CalendarDate = .today) throws -> IncidentList {
        try ValidatedCSV.checkSize(of: url, maxBytes: maxBytes, noun: "incident")
        return try read(data: try FileContents.read(url), fileName: url.lastPathComponent, today: today)
    }

    public static func read(data: Data, fileName: String, today: CalendarDate = .today) throws -> IncidentList {
        let rows = try ValidatedCSV.read(data: data, fileName: fileName, maxBytes: maxBytes, noun: "incident",
                                         required: requiredColumns, leftOutNote: "(visibility and source_url may be left out)") { cell in
            IncidentDraft(fields: cell).validated(today: today).mapError { invalid in
                ValidatedCSV.Problems(problems: invalid.problems.map { ($0.field.rawValue, $0.message) })
            }
        }
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        return IncidentList(source: source, entries: rows.map { IncidentList.Entry(row: $0.row, incident: $0.value) })
    }
}
