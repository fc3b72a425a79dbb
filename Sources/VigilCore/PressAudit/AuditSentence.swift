/// A sentence of an article or a letter, with its Unicode-scalar offsets in that text.
public struct AuditSentence: Hashable, Sendable {
    public let text: String
    public let start: Int
    public let end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// Splits text into sentences: at a line break, and after `.`, `!` or `?` (and any closing
/// quotes or brackets) followed by a space, unless the word before the stop is an abbreviation
/// ("U.S.", "Aug.", "Inc.") or a single initial ("Robert F. Kennedy").
public enum SentenceSplitter {
    public static func sentences(in text: String) -> [AuditSentence] {
        let scalars = Array(text.unicodeScalars)
        var result: [AuditSentence] = []
        var start = 0
        func close(at end: Int) {
            var s = start, e = end
            while s < e, scalars[s].properties.isWhitespace { s += 1 }
            while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
            if (s..<e).contains(where: { scalars[$0].properties.isAlphabetic }) {
                result.append(AuditSentence(text: String(String.UnicodeScalarView(scalars[s..<e])), start: s, end: e))
            }
            start = end
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" { close(at: index); index += 1; continue }
            if scalar == "." || scalar == "!" || scalar == "?" || scalar == "…" {
                var end = index + 1
                while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
                if end == scalars.count || scalars[end] == "\n" || (scalars[end].properties.isWhitespace && startsSentence(scalars, after: end)) {
                    if scalar != "." || !isAbbreviation(scalars, before: index) {
                        close(at: end)
                        index = end
                        continue
                    }
                }
            }
            index += 1
        }
        close(at: scalars.count)
        return result
    }

    static let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")", "]", "*"]
    static let abbreviations: Set<String> = [
        "u.s", "mr", "mrs", "ms", "dr", "jr", "sr", "st", "inc", "co", "corp", "ltd", "no", "vs", "e.g", "i.e", "gov", "sen",
        "rep", "gen", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "etc", "d.c", "n.y",
    ]

    static func startsSentence(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var i = index
        while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
        guard i < scalars.count else { return true }
        let next = scalars[i]
        return next.properties.isUppercase || next.properties.numericType != nil || QuoteFinder.openingDouble.contains(next)
            || next == "‘" || next == "”" || next == "(" || next == "-" || next == "*"
    }

    static func isAbbreviation(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        var i = index
        while i > 0, scalars[i - 1].properties.isAlphabetic || scalars[i - 1] == "." { i -= 1 }
        let word = String(String.UnicodeScalarView(scalars[i..<index])).lowercased()
        if word.count == 1, let first = word.unicodeScalars.first, first.properties.isAlphabetic {
            return scalars[i].properties.isUppercase
        }
        return abbreviations.contains(word)
    }
}
