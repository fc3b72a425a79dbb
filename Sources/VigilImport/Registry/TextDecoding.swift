import Foundation
import VigilCore

/// Bytes of a text file to a `String`: UTF-8 (a byte-order mark dropped), else Windows-1252,
/// which older government CSV exports use. The bytes are first held to `ReadLimits`
/// (`DelimitedTextBounds`): every file decoded here is delimited text.
enum TextDecoding {
    static func decode(_ data: Data, fileName: String) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.prefix(512).contains(0) {
            throw ImportFailure(file: fileName, "the file is binary, not text (is it a spreadsheet saved in another format?)")
        }
        try DelimitedTextBounds.check(bytes, fileName: fileName)
        if let text = String(data: bytes, encoding: .utf8) { return text }
        if let text = String(data: bytes, encoding: .windowsCP1252) { return text }
        throw ImportFailure(file: fileName, "the file is neither UTF-8 nor Windows-1252 text")
    }
}
