import Foundation

/// Reads `sharedStrings.xml`: the table most text cells point into by index.
///
/// A string item is either `<si><t>text</t></si>` or rich text whose runs are joined:
/// `<si><r><rPr>…</rPr><t>Sto</t></r><r><t xml:space="preserve">ne</t></r></si>`.
/// Phonetic guides (`<rPh>`, for East Asian text) are not part of the string and are left out.
/// Whitespace is kept as written, whatever `xml:space` says.
enum SharedStringsParser {
    /// Throws `XMLMalformed` (the caller names the part) for broken XML or a broken limit.
    static func parse(_ data: Data, limits: ReadLimits = .current) throws -> [String] {
        try data.withUInt8Bytes { bytes in
            var scanner = XMLScanner(bytes, maximumDepth: limits.maximumXMLDepth)
            var itemByteCount = 0
            var strings: [String] = []
            var inItem = false
            var inText = false
            var phoneticDepth = 0
            var pieces: [Range<Int>] = []
            var decodedPieces: [String] = []
            func count(_ range: Range<Int>) throws(XMLMalformed) {
                itemByteCount += range.count
                guard itemByteCount <= limits.maximumCellByteCount else {
                    throw XMLMalformed("""
                        string \(strings.count) holds more than \(ReadLimits.describe(bytes: limits.maximumCellByteCount)) \
                        of text (the limit for one cell)
                        """, at: range.lowerBound)
                }
            }
            while let token = try scanner.next() {
                switch token {
                case .start(let tag):
                    let name = tag.name.local
                    if bytes.equals(name, Names.item) {
                        guard strings.count < limits.maximumSharedStringCount else {
                            throw XMLMalformed("more than \(limits.maximumSharedStringCount) strings (the limit for the table)", at: scanner.offset)
                        }
                        if tag.isSelfClosing { strings.append(""); continue }
                        inItem = true
                        itemByteCount = 0
                        pieces.removeAll(keepingCapacity: true)
                        decodedPieces.removeAll(keepingCapacity: true)
                    } else if bytes.equals(name, Names.text) {
                        inText = inItem && phoneticDepth == 0 && !tag.isSelfClosing
                    } else if bytes.equals(name, Names.phonetic) {
                        if !tag.isSelfClosing { phoneticDepth += 1 }
                    } else if bytes.equals(name, Names.table), strings.isEmpty {
                        let attributes = XMLAttributes(of: tag, in: bytes)
                        if let count = attributes.value(localName: Names.uniqueCount) ?? attributes.value(localName: Names.count),
                           let expected = XMLNumber.parseIndex(count, in: bytes) {
                            strings.reserveCapacity(min(expected, 1_000_000))  // a hostile count reserves no more
                        }
                    }
                case .end(let name):
                    if bytes.equals(name.local, Names.text) {
                        inText = false
                    } else if bytes.equals(name.local, Names.phonetic) {
                        phoneticDepth = max(0, phoneticDepth - 1)
                    } else if bytes.equals(name.local, Names.item), inItem {
                        strings.append(joined(pieces, decodedPieces, in: bytes))
                        inItem = false
                        inText = false
                    }
                case .text(let range):
                    if inText {
                        try count(range)
                        pieces.append(range); decodedPieces.append("")
                    }
                case .cdata(let range):
                    if inText {
                        try count(range)
                        pieces.append(0..<0)
                        decodedPieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
                    }
                }
            }
            return strings
        }
    }

    /// One piece (the usual case) is decoded straight from the buffer; several are joined.
    private static func joined(_ pieces: [Range<Int>], _ literal: [String], in bytes: UnsafeBufferPointer<UInt8>) -> String {
        if pieces.count == 1, !pieces[0].isEmpty {
            return XMLText.unescapingSpreadsheetEscapes(XMLText.decode(pieces[0], in: bytes))
        }
        var text = ""
        for (range, literalText) in zip(pieces, literal) {
            text += range.isEmpty ? literalText : XMLText.decode(range, in: bytes)
        }
        return XMLText.unescapingSpreadsheetEscapes(text)
    }

    private enum Names {
        static let table = Array("sst".utf8)
        static let item = Array("si".utf8)
        static let text = Array("t".utf8)
        static let phonetic = Array("rPh".utf8)
        static let count = Array("count".utf8)
        static let uniqueCount = Array("uniqueCount".utf8)
    }
}
