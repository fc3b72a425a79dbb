#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the raw bytes of XML character data into the text they stand for.
enum XMLText {
    /// Decodes the five predefined entities and character references (`&amp;`, `&#160;`,
    /// `&#xA0;`). A reference that names no valid character, or an entity XML does not
    /// predefine, is kept as written rather than failing the whole file: nothing declared
    /// in a DTD is ever expanded, which also rules out entity-expansion bombs.
    static func decode(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !range.isEmpty, let base = bytes.baseAddress else { return "" }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if memchr(base + range.lowerBound, Int32(ASCII.ampersand), range.count) == nil {
            return String(decoding: slice, as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == ASCII.ampersand, let (scalar, next) = reference(at: index, before: range.upperBound, in: bytes) {
                UTF8.encode(scalar) { output.append($0) }
                index = next
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Undoes OOXML's `_xHHHH_` escapes, with which Excel writes characters XML cannot carry
    /// (`_x000D_` for a carriage return, `_x005F_` for a literal underscore).
    static func unescapingSpreadsheetEscapes(_ text: String) -> String {
        guard text.utf8.count >= 7, containsEscapeOpening(text) else { return text }
        let units = Array(text.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if index + 6 < units.count, units[index] == 0x5F, units[index + 1] == 0x78, units[index + 6] == 0x5F,
               let value = hex4(units[(index + 2)...(index + 5)]) {
                output.append(value)
                index += 7
            } else {
                output.append(units[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF16.self)
    }

    /// Whether `_x` occurs: looked for with `memchr` on `_`, as nearly every shared string of a
    /// workbook is asked and almost none has one.
    private static func containsEscapeOpening(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 2, let base = bytes.baseAddress else { return false }
            var offset = 0
            // An `_` in the last byte cannot open one, so the search stops before it.
            while let found = memchr(base + offset, Int32(ASCII.underscore), bytes.count - 1 - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if bytes[index + 1] == ASCII.lowerX { return true }
                offset = index + 1
                if offset >= bytes.count - 1 { return false }
            }
            return false
        }
    }

    private static func hex4(_ units: ArraySlice<UInt16>) -> UInt16? {
        var value: UInt16 = 0
        for unit in units {
            guard unit < 0x80, let digit = ASCII.hexValue(UInt8(unit)) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// The character an entity or character reference starting at `start` names, and the
    /// index after its `;`.
    private static func reference(at start: Int, before end: Int,
                                  in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
        // The longest valid reference is `&#x10FFFF;` (10 bytes) or `&#1114111;`.
        let limit = min(end, start + 12)
        var semicolon = start + 1
        while semicolon < limit, bytes[semicolon] != ASCII.semicolon { semicolon += 1 }
        guard semicolon < limit, semicolon > start + 1 else { return nil }
        let body = (start + 1)..<semicolon
        if bytes[body.lowerBound] == ASCII.hash {
            var value: UInt32 = 0
            var digits = (body.lowerBound + 1)..<body.upperBound
            let hexadecimal = !digits.isEmpty && bytes[digits.lowerBound] == ASCII.lowerX
            if hexadecimal { digits = (digits.lowerBound + 1)..<digits.upperBound }
            guard !digits.isEmpty else { return nil }
            for index in digits {
                if hexadecimal {
                    guard let digit = ASCII.hexValue(bytes[index]) else { return nil }
                    value = value * 16 + digit
                } else {
                    guard ASCII.isDigit(bytes[index]) else { return nil }
                    value = value * 10 + UInt32(bytes[index] - ASCII.zero)
                }
                if value > 0x10FFFF { return nil }
            }
            guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, semicolon + 1)
        }
        for (name, scalar) in predefined where bytes.equals(body, name) {
            return (scalar, semicolon + 1)
        }
        return nil
    }

    private static let predefined: [([UInt8], Unicode.Scalar)] = [
        (Array("amp".utf8), "&"), (Array("lt".utf8), "<"), (Array("gt".utf8), ">"),
        (Array("quot".utf8), "\""), (Array("apos".utf8), "'"),
    ]
}
