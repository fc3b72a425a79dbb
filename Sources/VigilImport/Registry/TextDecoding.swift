import Foundation
import VigilCore

/// Bytes of a text file to a `String`: UTF-8 (a byte-order mark dropped), else Windows-1252,
/// which older government CSV exports use. The bytes are first held to `ReadLimits`
/// (`DelimitedTextBounds`): every file decoded here is delimited text.
enum TextDecoding {
    static func decode(_ data: Data, fileName: String) throws -> String {
        let bytes = try checkedBytes(data, fileName: fileName, scanning: 512,
                                     binary: "the file is binary, not text (is it a spreadsheet saved in another format?)")
        if let text = String(data: bytes, encoding: .utf8) { return text }
        if let text = String(data: bytes, encoding: .windowsCP1252) { return text }
        throw ImportFailure(file: fileName, "the file is neither UTF-8 nor Windows-1252 text")
    }

    /// The bytes of a text file with any byte-order mark dropped, refused with `binary` when
    /// its first `scanning` bytes hold a NUL, and held to `ReadLimits` (`DelimitedTextBounds`).
    static func checkedBytes(_ data: Data, fileName: String, scanning: Int, binary: String) throws -> Data {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.prefix(scanning).contains(0) { throw ImportFailure(file: fileName, binary) }
        try DelimitedTextBounds.check(bytes, fileName: fileName)
        return bytes
    }
}
