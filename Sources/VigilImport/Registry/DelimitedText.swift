import Foundation

/// Delimited text held whole (CSV, pipe-delimited files people keep by hand and the reference
/// lists), split into records of `String` fields by the one delimited-text reader,
/// `DelimitedRecordScanner`: the same quoting, line ends, limits and refusals as a streamed
/// person-level file.
enum DelimitedText {
    /// A record and the 1-based line it starts on.
    struct Record: Sendable {
        var line: Int
        var fields: [String]
    }

    /// The delimiter the first line uses (`DelimitedRecordScanner.delimiter(ofHeaderLine:)`):
    /// the most frequent of `,` `|` tab `;` outside quotes, else `,`.
    static func delimiter(of text: String) -> Character {
        let firstLine = Array(text.utf8.prefix { $0 != DelimitedRecordScanner.lf && $0 != DelimitedRecordScanner.cr })
        return Character(Unicode.Scalar(DelimitedRecordScanner.delimiter(ofHeaderLine: firstLine)))
    }

    /// Every non-blank record of `text`; an `ImportFailure` naming `fileName` and the line for
    /// a quoted field that never closes, a NUL byte, or a row past `ReadLimits`.
    static func records(_ text: String, delimiter: Character, fileName: String) throws -> [Record] {
        guard let byte = delimiter.asciiValue else { preconditionFailure("a delimiter is one ASCII character") }
        let bytes = Array(text.utf8)
        let scanner = DelimitedRecordScanner(stream: MemoryByteStream(bytes), fileName: fileName, delimiter: byte,
                                             bufferSize: max(bytes.count + 1, 4096))
        var records: [Record] = []
        while try scanner.nextRecord() {
            records.append(Record(line: scanner.line, fields: (0..<scanner.fieldCount).map(scanner.fieldText)))
        }
        return records
    }
}
