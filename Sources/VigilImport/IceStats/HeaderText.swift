import Foundation

/// Header text reduced to what identifies a column, so columns are matched by meaning and
/// never by position.
///
/// `"FY21 ALOS"` and `"FY24 ALOS"` both become `"fyxx alos"`; `"Last Inspection Rating - Final"`
/// becomes `"last inspection rating-final"`; case, non-breaking spaces, doubled spaces and
/// trailing footnote marks (`*`, `[1]`) do not matter.
enum HeaderText {
    static func normalized(_ text: String) -> String {
        asciiNormalized(text) ?? generalNormalized(text)
    }

    /// Any text, through Characters: what `normalized` means.
    static func generalNormalized(_ text: String) -> String {
        var words: [String] = []
        for word in text.lowercased().split(whereSeparator: { $0.isWhitespace }) {
            words.append(isFiscalYearToken(word.utf8) ? "fyxx" : String(word))
        }
        var joined = words.joined(separator: " ")
        while let last = joined.last, last == "*" || last == " " { joined.removeLast() }
        if joined.hasSuffix("]"), let open = joined.lastIndex(of: "[") {
            joined = String(joined[..<open]).trimmingSpaces()
        }
        return joined.replacingSpacesAround("-").replacingSpacesAround("/")
    }

    /// The same steps on the bytes of text that is all ASCII, as every header of ICE's is (nil
    /// for any other). Through Characters a header took about 7 µs, and each is normalized more
    /// than once: 2% of an import's CPU. A test holds the two paths to the same answers.
    static func asciiNormalized(_ text: String) -> String? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var joined: [UInt8] = []
        joined.reserveCapacity(bytes.count)
        var word: [UInt8] = []
        func endWord() {
            guard !word.isEmpty else { return }
            if !joined.isEmpty { joined.append(ASCII.space) }
            joined += isFiscalYearToken(word) ? Self.fiscalYear : word
            word.removeAll(keepingCapacity: true)
        }
        for byte in bytes {
            // ASCII's whitespace, as `Character.isWhitespace` has it: tab through carriage return, and space.
            if byte == ASCII.space || (0x09...0x0D).contains(byte) { endWord() } else { word.append(ASCII.lowercased(byte)) }
        }
        endWord()
        while let last = joined.last, last == UInt8(ascii: "*") || last == ASCII.space { joined.removeLast() }
        if joined.last == ASCII.closeBracket, let open = joined.lastIndex(of: ASCII.openBracket) {
            joined.removeSubrange(open...)
            // What `trimmingSpaces` leaves: the words began without a space, so only the end can hold one.
            while joined.last == ASCII.space { joined.removeLast() }
        }
        return String(decoding: removingSpaces(around: ASCII.slash, in: removingSpaces(around: ASCII.minus, in: joined)),
                      as: UTF8.self)
    }

    /// `replacingSpacesAround` on bytes: spaces before and after `separator` dropped, and spaces at the end.
    private static func removingSpaces(around separator: UInt8, in bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpaces = 0
        var afterSeparator = false
        for byte in bytes {
            if byte == ASCII.space {
                if !afterSeparator { pendingSpaces += 1 }
            } else if byte == separator {
                pendingSpaces = 0
                output.append(byte)
                afterSeparator = true
            } else {
                output += repeatElement(ASCII.space, count: pendingSpaces)
                pendingSpaces = 0
                output.append(byte)
                afterSeparator = false
            }
        }
        return output
    }

    private static let fiscalYear = Array("fyxx".utf8)

    /// `fy21`, `fy2021`, `eofy23`, `eoyfy20` (lower-case).
    static func isFiscalYearToken(_ word: some Collection<UInt8>) -> Bool {
        var rest = word[...]
        for prefix in ["eoy", "eo", ""] where rest.starts(with: prefix.utf8) {
            rest = rest.dropFirst(prefix.utf8.count)
            break
        }
        guard rest.starts(with: "fy".utf8) else { return false }
        let digits = rest.dropFirst(2)
        return (digits.count == 2 || digits.count == 4) && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// Without leading and trailing whitespace, non-breaking spaces included.
    func trimmingSpaces() -> String {
        let string = String(self)
        // Fast path: most cells start and end with a visible ASCII character.
        if let first = string.utf8.first, let last = string.utf8.last,
           first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return string }
        let scalars = string.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return string }
        return String(Substring(scalars[first...last]))
    }

    func replacingSpacesAround(_ separator: Character) -> String {
        var output = ""
        var pendingSpaces = ""
        var afterSeparator = false
        for character in self {
            if character == " " {
                if !afterSeparator { pendingSpaces.append(character) }
            } else if character == separator {
                pendingSpaces = ""
                output.append(character)
                afterSeparator = true
            } else {
                output += pendingSpaces
                pendingSpaces = ""
                output.append(character)
                afterSeparator = false
            }
        }
        return output
    }
}
