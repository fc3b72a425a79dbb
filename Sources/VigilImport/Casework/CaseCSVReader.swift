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
    public static let problemListLimit = ValidatedCSV.problemListLimit
    public static let requiredColumns: [CaseField] = CaseField.allCases.filter(\.isRequired)

    public static func read(fileAt url: URL, today: CalendarDate = .today) throws -> CaseList {
        try ValidatedCSV.checkSize(of: url, maxBytes: maxBytes, noun: "case")
        return try read(data: try FileContents.read(url), fileName: url.lastPathComponent, today: today)
    }

    public static func read(data: Data, fileName: String, today: CalendarDate = .today) throws -> CaseList {
        let rows = try ValidatedCSV.read(
            data: data, fileName: fileName, maxBytes: maxBytes, noun: "case", required: requiredColumns,
            leftOutNote: "(only \(requiredColumns.map(\.rawValue).joined(separator: ", ")) are required)"
        ) { cell in
            CaseDraft(fields: cell).validated(today: today).mapError { invalid in
                ValidatedCSV.Problems(problems: invalid.problems.map { ($0.field.rawValue, $0.message) })
            }
        }
        let source = SourceFile(fileName: fileName, sha256: FileDigest.sha256Hex(of: data), byteCount: data.count)
        return CaseList(source: source, entries: rows.map { CaseList.Entry(row: $0.row, file: $0.value) })
    }
}
