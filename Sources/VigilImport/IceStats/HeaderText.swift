import Foundation

/// Header text reduced to what identifies a column, so columns are matched by meaning and
/// never by position.
///
/// `"FY21 ALOS"` and `"FY24 ALOS"` both become `"fyxx alos"`; `"Last Inspection Rating - Final"`
/// becomes `"last inspection rating-final"`; case, non-breaking spaces, doubled spaces and
/// trailing footnote marks (`*`, `[1]`) do not matter.
enum HeaderText {
    static func normalized(_ text: String) -> String {
        var words: [String] = []
        for word in text.lowercased().split(whereSeparator: { $0.isWhitespace }) {
            words.append(isFiscalYearToken(word) ? "fyxx" : String(word))
        }
        var joined = words.joined(separator: " ")
        while let last = joined.last, last == "*" || last == " " { joined.removeLast() }
        if joined.hasSuffix("]"), let open = joined.lastIndex(of: "[") {
            joined = String(joined[..<open]).trimmingSpaces()
        }
        return joined.replacingSpacesAround("-").replacingSpacesAround("/")
    }

    /// `fy21`, `fy2021`, `eofy23`, `eoyfy20` (lower-case).
    static func isFiscalYearToken(_ word: Substring) -> Bool {
        var rest = word.utf8[...]
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
