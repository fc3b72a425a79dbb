/// Finds the quotations in an article: straight and curly double quotes, single quotes that
/// open before a word and close after one (an apostrophe inside a word, as in "IT’LL", is not a
/// quote), block quotations after a line ending in a colon, and quotations that stop and resume
/// around an attribution.
///
/// A double quote is closed by the next closing mark in its paragraph; articles leave the last
/// paragraph of a quotation open when the next one continues it, so a paragraph's end closes a
/// quote too. A single quote that no mark closes within its paragraph is not a quotation.
public enum QuoteFinder {
    public static func quotations(in text: String) -> [QuotedSpan] {
        quotations(in: Array(text.unicodeScalars))
    }

    public static func quotations(in scalars: [Unicode.Scalar]) -> [QuotedSpan] {
        var spans: [QuotedSpan.Part] = []
        var index = 0
        var open: (mark: Unicode.Scalar, start: Int)? = nil
        var single: (start: Int, found: Bool)? = nil
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                if let current = open, index > current.start { spans.append(.init(start: current.start, end: trimmedEnd(scalars, current.start, index))) }
                open = nil
                single = nil
                index += 1
                continue
            }
            if let current = open {
                if closingDouble.contains(scalar) || (scalar == "“" && followsWord(scalars, index)) {
                    spans.append(.init(start: current.start, end: index))
                    open = nil
                }
                index += 1
                continue
            }
            if let current = single {
                if (scalar == "’" || scalar == "'"), !isWord(scalars, index + 1), index > current.start {
                    spans.append(.init(start: current.start, end: index))
                    single = nil
                } else if openingDouble.contains(scalar) {
                    single = nil
                    continue
                }
                index += 1
                continue
            }
            if openingDouble.contains(scalar) || (scalar == "”" && !followsWord(scalars, index)) {
                open = (scalar, index + 1)
            } else if (scalar == "‘" || scalar == "'"), !isWord(scalars, index - 1), isWord(scalars, index + 1) {
                single = (index + 1, false)
            }
            index += 1
        }
        if let current = open, current.start < scalars.count {
            spans.append(.init(start: current.start, end: trimmedEnd(scalars, current.start, scalars.count)))
        }
        let parts = spans.map { part -> QuotedSpan.Part in
            var start = part.start
            while start < part.end, scalars[start].properties.isWhitespace { start += 1 }
            return .init(start: start, end: part.end)
        }.filter { part in
            (part.start..<part.end).contains { AuditTokenizer.isWordScalar(scalars[$0]) }
        }
        let joined = join(parts, in: scalars)
        return (joined + blockQuotations(in: scalars, outside: joined)).sorted { $0.start < $1.start }
    }

    static let openingDouble: Set<Unicode.Scalar> = ["\"", "“", "„", "«"]
    static let closingDouble: Set<Unicode.Scalar> = ["\"", "”", "»"]
    /// Words that tell an attribution between two parts of one quotation.
    static let attributionWords: Set<String> = [
        "said", "says", "say", "states", "stated", "state", "reads", "read", "wrote", "writes", "write", "continued",
        "continues", "adds", "added", "concludes", "concluded", "argues", "argued", "warned", "warns", "asked", "asks",
        "according", "letter", "groups", "they", "it", "organizations", "coalition", "signatories",
    ]

    static func isWord(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        index >= 0 && index < scalars.count && AuditTokenizer.isWordScalar(scalars[index])
    }

    /// A mark right after a word or punctuation closes; one after a space or at a line's start opens.
    static func followsWord(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index > 0 else { return false }
        let before = scalars[index - 1]
        return !(before.properties.isWhitespace || before == "(" || before == "[")
    }

    static func trimmedEnd(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return end
    }

    /// Joins a part to the one before it when only a short attribution, in the same paragraph,
    /// stands between them (“…office,” the letter states, “you…”).
    static func join(_ parts: [QuotedSpan.Part], in scalars: [Unicode.Scalar]) -> [QuotedSpan] {
        var result: [[QuotedSpan.Part]] = []
        for part in parts {
            if let previous = result.last?.last {
                let gapStart = min(previous.end + 1, part.start)
                let gap = String(String.UnicodeScalarView(scalars[gapStart..<max(gapStart, part.start - 1)]))
                let words = AuditTokenizer.tokens(gap).map(\.folded)
                if !gap.contains("\n"), gap.count <= 60, !words.isEmpty, words.count <= 6,
                   words.contains(where: attributionWords.contains), !gap.contains(".") {
                    result[result.count - 1].append(part)
                    continue
                }
            }
            result.append([part])
        }
        return result.map { QuotedSpan(parts: $0, isBlock: false) }
    }

    /// A paragraph that follows one ending in a colon and is not itself quoted.
    static func blockQuotations(in scalars: [Unicode.Scalar], outside quoted: [QuotedSpan]) -> [QuotedSpan] {
        var lines: [(start: Int, end: Int)] = []
        var lineStart = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            lines.append((lineStart, index))
            lineStart = index + 1
        }
        lines.append((lineStart, scalars.count))
        let paragraphs = lines.compactMap { line -> (start: Int, end: Int)? in
            var start = line.start, end = line.end
            while start < end, scalars[start].properties.isWhitespace { start += 1 }
            while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
            return start < end ? (start, end) : nil
        }
        var result: [QuotedSpan] = []
        for (previous, paragraph) in zip(paragraphs, paragraphs.dropFirst()) where scalars[previous.end - 1] == ":" {
            let overlaps = quoted.contains { $0.start < paragraph.end && $0.end > paragraph.start }
            if !overlaps { result.append(QuotedSpan(parts: [.init(start: paragraph.start, end: paragraph.end)], isBlock: true)) }
        }
        return result
    }
}
