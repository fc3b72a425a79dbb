import Foundation
import VigilCore

/// Checks a delimited text file held whole against `ReadLimits` before it is decoded and
/// split into a `String` per field: one pass over the bytes, aware of quotes, counting
/// every candidate delimiter (`,` `|` tab `;`), so it holds whichever the file uses.
///
/// Refuses, naming the file and the line: a NUL byte (binary data, and PostgreSQL refuses it
/// in text), a record longer than `maximumRecordByteCount`, one with more fields than
/// `maximumFieldCount`, or a file with more than `maximumTotalFieldCount` fields in all.
enum DelimitedTextBounds {
    static func check(_ data: Data, fileName: String, limits: ReadLimits = .current) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var line = 1
            var recordLine = 1
            var recordStart = 0
            var inQuotes = false
            var comma = 0, pipe = 0, tab = 0, semicolon = 0
            var totalFields = 0

            func endRecord() throws {
                let fields = 1 + max(comma, pipe, tab, semicolon)
                totalFields += fields
                guard totalFields <= limits.maximumTotalFieldCount else {
                    throw ImportFailure(file: fileName, row: recordLine, column: nil, """
                        the file has more than \(limits.maximumTotalFieldCount) fields (the limit for a file read whole)
                        """)
                }
                comma = 0; pipe = 0; tab = 0; semicolon = 0
            }
            func fail(_ reason: String) -> ImportFailure {
                ImportFailure(file: fileName, row: recordLine, column: nil, reason)
            }

            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0:
                    throw fail("the row holds a NUL byte: this is a binary file, not delimited text")
                case 0x22:
                    inQuotes.toggle()
                case 0x0A, 0x0D:
                    if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                    line += 1
                    if !inQuotes {
                        try endRecord()
                        recordStart = index + 1
                        recordLine = line
                    }
                case 0x2C where !inQuotes: comma += 1
                case 0x7C where !inQuotes: pipe += 1
                case 0x09 where !inQuotes: tab += 1
                case 0x3B where !inQuotes: semicolon += 1
                default: break
                }
                if index - recordStart >= limits.maximumRecordByteCount {
                    throw fail("""
                        one row runs past \(ReadLimits.describe(bytes: limits.maximumRecordByteCount)) (the limit for one \
                        row): this is not a delimited text file, or a quote is never closed
                        """)
                }
                if max(comma, pipe, tab, semicolon) >= limits.maximumFieldCount {
                    throw fail("the row has more than \(limits.maximumFieldCount) fields (the limit for one row)")
                }
                index += 1
            }
            try endRecord()
        }
    }
}
