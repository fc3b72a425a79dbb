/// One word of an article or a letter as the press audit compares them: folded (lower case,
/// curly quotes and apostrophes dropped, `%` read as "percent", `&` as "and"), with where it
/// stands in the text it came from, in Unicode scalars.
public struct AuditToken: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case word
        /// `…` or `...`: the writer says words were left out here.
        case ellipsis
    }

    public let kind: Kind
    /// The folded word ("" for an ellipsis).
    public let folded: String
    /// Unicode-scalar offsets of the token in its text, end exclusive.
    public let start: Int
    public let end: Int
    /// Written inside `[...]`: the writer says the words are theirs, not the source's.
    public let bracketed: Bool

    public init(kind: Kind, folded: String, start: Int, end: Int, bracketed: Bool) {
        self.kind = kind
        self.folded = folded
        self.start = start
        self.end = end
        self.bracketed = bracketed
    }
}

/// Splits text into `AuditToken`s. Dashes, hyphens, slashes and all other punctuation separate
/// words, so "for-profit", "for – profit" and "for profit" are the same two words; digits keep
/// their thousands separators and decimal points ("1,000" is the word "1000").
public enum AuditTokenizer {
    public static func tokens(_ text: String) -> [AuditToken] {
        tokens(Array(text.unicodeScalars), from: 0, to: nil)
    }

    /// Tokens of `scalars[from..<to]`, offsets counted in the whole array.
    public static func tokens(_ scalars: [Unicode.Scalar], from: Int, to: Int?) -> [AuditToken] {
        let end = min(to ?? scalars.count, scalars.count)
        var result: [AuditToken] = []
        var index = from
        var inBrackets = false
        var word = ""
        var wordStart = 0
        var wordBracketed = false
        func flush(at position: Int) {
            if !word.isEmpty {
                result.append(AuditToken(kind: .word, folded: word, start: wordStart, end: position, bracketed: wordBracketed))
                word = ""
                wordBracketed = false
            }
        }
        while index < end {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                if word.isEmpty { wordStart = index }
                // `String +=`, not `unicodeScalars.append(contentsOf:)`: the latter copies the
                // whole word on every call, so a 64 KB "word" took seconds and gigabytes
                // (found by `scripts/fuzz press`).
                word += String(scalar).lowercased()
                if inBrackets { wordBracketed = true }
                index += 1
                continue
            }
            // Inside a word: apostrophes vanish ("administration’s"), separators in numbers stay out
            // ("1,000"), and a bracket that edits a letter ("[t]he") keeps the word whole but marked.
            if !word.isEmpty, index + 1 < end, isWordScalar(scalars[index + 1]) {
                if apostrophes.contains(scalar) { index += 1; continue }
                if (scalar == "," || scalar == "."), word.last?.isNumber == true, scalars[index + 1].properties.numericType != nil {
                    if scalar == "." { word.append(".") }
                    index += 1
                    continue
                }
            }
            if scalar == "[" || scalar == "]" {
                let joinsWord = (!word.isEmpty || (index > from && isWordScalar(scalars[index - 1])))
                    && index + 1 < end && isWordScalar(scalars[index + 1])
                if joinsWord {
                    wordBracketed = true
                    if word.isEmpty { wordStart = index }
                    inBrackets = scalar == "["
                    index += 1
                    continue
                }
                flush(at: index)
                inBrackets = scalar == "["
                index += 1
                continue
            }
            flush(at: index)
            if scalar == "…" {
                result.append(AuditToken(kind: .ellipsis, folded: "", start: index, end: index + 1, bracketed: inBrackets))
                index += 1
                continue
            }
            if scalar == ".", index + 2 < end, scalars[index + 1] == ".", scalars[index + 2] == "." {
                var stop = index + 3
                while stop < end, scalars[stop] == "." || scalars[stop] == " " && stop + 1 < end && scalars[stop + 1] == "." { stop += 1 }
                result.append(AuditToken(kind: .ellipsis, folded: "", start: index, end: stop, bracketed: inBrackets))
                index = stop
                continue
            }
            if scalar == "%" {
                result.append(AuditToken(kind: .word, folded: "percent", start: index, end: index + 1, bracketed: inBrackets))
            } else if scalar == "&" {
                result.append(AuditToken(kind: .word, folded: "and", start: index, end: index + 1, bracketed: inBrackets))
            }
            index += 1
        }
        flush(at: end)
        return result
    }

    static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "‘", "ʼ"]

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
