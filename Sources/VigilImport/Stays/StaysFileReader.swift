import Foundation
import VigilCore

/// Reads ICE's person-level "Detentions" release — one row per stint, 53 columns — from
/// CSV, `.csv.gz` or `.xlsx`, and computes each facility's daily populations from it.
///
/// Text files are streamed through a fixed buffer (memory does not grow with the file,
/// except 16 bytes per distinct row for duplicate detection); the file is read and
/// decompressed on one thread while another parses. A workbook is read whole, as `.xlsx`
/// files are limited to about a million rows anyway. Any refusal is an `ImportFailure`
/// naming the file and, where it applies, the row and column.
public enum StaysFileReader {
    public struct Options: Sendable {
        /// Compute the file's SHA-256 while reading (needed to archive it; `vigil compute` skips it).
        public var computeDigest: Bool
        /// Count ongoing stints up to this day (default: the last day the file mentions).
        public var through: CalendarDate?

        public init(computeDigest: Bool = true, through: CalendarDate? = nil) {
            self.computeDigest = computeDigest
            self.through = through
        }
    }

    /// Reads the file at `url`, telling its format by its first bytes.
    public static func read(fileAt url: URL, options: Options = Options()) throws -> StaysImport {
        let path = url.path
        let fileName = url.lastPathComponent
        guard FileManager.default.fileExists(atPath: path) else {
            throw ImportFailure(file: fileName, "no such file: \(path)")
        }
        let signature = FileByteStream.signature(of: path)
        if signature.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return try readWorkbook(url, options: options)
        }
        let file = try FileByteStream(path: path, computeDigest: options.computeDigest)
        let isGzip = signature.starts(with: [0x1F, 0x8B])
        let decoded: any ByteStream = isGzip ? try GzipByteStream(source: file, fileName: fileName) : file
        let prefetch = PrefetchingByteStream(source: decoded)
        defer { prefetch.stop() }
        var tally = try readDelimited(prefetch, fileName: fileName)
        tally.report.format = isGzip ? "csv.gz" : "csv"
        let source = SourceFile(fileName: fileName, sha256: file.finishDigest(), byteCount: file.byteCount)
        return StaysImport(source: source, report: tally.report, population: tally.builder.build(through: options.through))
    }

    /// Reads delimited text from `stream`: finds the header among the first 50 lines,
    /// then counts every row.
    static func readDelimited(_ stream: any ByteStream, fileName: String) throws -> StintTally {
        let start = try DelimitedRecordScanner.peekText(stream)
        let lines = DelimitedRecordScanner.lines(of: start, limit: 50)
        guard let headerLine = lines.first(where: StaysHeader.mightBeHeader) else {
            let first = lines.first.map { String(decoding: $0.prefix(120), as: UTF8.self) } ?? ""
            throw ImportFailure(file: fileName, row: 1, column: nil, """
                this is not ICE's person-level Detentions file: no header with the columns \
                \(StaysHeader.requiredList) in the first 50 lines (the first line reads "\(first)")
                """)
        }
        let delimiter = DelimitedRecordScanner.delimiter(ofHeaderLine: headerLine)
        let scanner = DelimitedRecordScanner(stream: stream, fileName: fileName, delimiter: delimiter)
        scanner.prepend(start)

        var header: StaysHeader?
        while header == nil {
            guard try scanner.nextRecord() else { break }
            if scanner.line > 60 { break }
            header = StaysHeader(cells: (0..<scanner.fieldCount).map(scanner.fieldText))
            if header != nil { break }
        }
        guard let header else {
            throw ImportFailure(file: fileName, row: nil, column: nil,
                                "the header line lacks one of the columns \(StaysHeader.requiredList)")
        }
        var tally = StintTally()
        tally.report.headerRow = scanner.line
        tally.report.headerStyle = header.style
        tally.report.columnCount = header.columnCount
        let facility = header[.facilityCode]!, bookIn = header[.bookIn]!, bookOut = header[.bookOut]!
        let reason = header[.releaseReason]
        let columns = header.columnCount
        let empty = UnsafeRawBufferPointer(start: nil, count: 0)

        while try scanner.nextRecord() {
            guard scanner.fieldCount == columns else {
                throw fieldCountFailure(scanner, expected: columns, fileName: fileName)
            }
            var redacted = 0
            for i in 0..<columns where scanner.fieldIsRedacted(i) { redacted += 1 }
            let digest = RowDigest(of: scanner.record)
            scanner.withField(facility) { f in
                scanner.withField(bookIn) { i in
                    scanner.withField(bookOut) { o in
                        if let reason {
                            scanner.withField(reason) { r in
                                tally.add(digest: digest, redactedCells: redacted,
                                          facility: f, bookIn: i, bookOut: o, releaseReason: r)
                            }
                        } else {
                            tally.add(digest: digest, redactedCells: redacted,
                                      facility: f, bookIn: i, bookOut: o, releaseReason: empty)
                        }
                    }
                }
            }
        }
        return tally
    }

    static func fieldCountFailure(_ scanner: DelimitedRecordScanner, expected: Int, fileName: String) -> ImportFailure {
        let text = String(decoding: scanner.record.prefix(4096), as: UTF8.self)
        let name = { (b: UInt8) in b == 0x09 ? "tab" : "\"\(Character(Unicode.Scalar(b)))\"" }
        let others = [UInt8(0x2C), 0x7C, 0x09, 0x3B].filter { $0 != scanner.delimiter && text.utf8.contains($0) }
        let hint = others.isEmpty
            ? "a field with a delimiter in it is not quoted, or the row is cut short"
            : "the row uses \(others.map(name).joined(separator: " and ")) where the header uses \(name(scanner.delimiter)): the file mixes delimiters"
        let column = scanner.fieldCount < expected ? "column \(scanner.fieldCount + 1)" : "column \(expected + 1)"
        return ImportFailure(file: fileName, row: scanner.line, column: column,
                             "the row has \(scanner.fieldCount) fields where the header has \(expected) (\(hint))")
    }
}
