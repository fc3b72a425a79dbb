/// A cell address such as `B7` or `XFD1048576`, parsed from the bytes of an `r` attribute.
struct CellReference: Hashable {
    /// 0-based column (A is 0, XFD is 16,383).
    let column: Int
    /// 1-based row.
    let row: Int

    /// The largest sheet Excel allows; anything beyond is refused rather than allocated.
    static let maximumColumnCount = 16_384
    static let maximumRowCount = 1_048_576

    /// Parses `letters digits`; nil when either part is missing, malformed or off the sheet.
    init?(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        var index = range.lowerBound
        var column = 0
        while index < range.upperBound, index - range.lowerBound < 4 {
            var byte = bytes[index]
            if byte >= ASCII.lowerA && byte <= ASCII.lowerZ { byte -= 0x20 }
            guard byte >= ASCII.upperA && byte <= ASCII.upperZ else { break }
            column = column * 26 + Int(byte - ASCII.upperA + 1)
            index += 1
        }
        let letterCount = index - range.lowerBound
        guard letterCount >= 1, letterCount <= 3, column <= Self.maximumColumnCount else { return nil }
        let digits = index..<range.upperBound
        guard let row = Self.parseRow(digits, in: bytes) else { return nil }
        self.column = column - 1
        self.row = row
    }

    /// Parses a bare row number (a `<row r="7">` attribute).
    static func parseRow(_ digits: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 7 else { return nil }
        var row = 0
        for index in digits {
            guard ASCII.isDigit(bytes[index]) else { return nil }
            row = row * 10 + Int(bytes[index] - ASCII.zero)
        }
        guard row >= 1, row <= maximumRowCount else { return nil }
        return row
    }

    /// `A`, `Z`, `AA`, ... for a 0-based column index.
    static func letters(forColumn column: Int) -> String {
        var number = column + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }
}
