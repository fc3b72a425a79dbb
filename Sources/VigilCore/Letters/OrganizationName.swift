import Foundation

/// How organization names sort and compare, for the signatory list and its review.
///
/// Coalition lists hold the same organization written several ways: "Make the Road NY" and
/// "Make The Road New York", "Transformations CDC" and "Transformations Community Development
/// Corporation", "Arab Resource & Organizing Center" and "Arab Resource and Organizing Center".
/// `comparisonKey` folds those together; it is for putting names side by side, never for
/// deciding alone that two are the same (a person merges).
public enum OrganizationName {
    /// The key a list is alphabetised by: case and accents folded, a leading "The" set aside,
    /// so "The Bronx Defenders" files under B.
    public static func sortKey(_ name: String) -> String {
        var words = folded(name).split(whereSeparator: \.isWhitespace).map(String.init)
        if words.count > 1, words[0].trimmingCharacters(in: .punctuationCharacters) == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The name reduced to what tells organizations apart: case, accents and punctuation
    /// folded, `&` read as "and", stop words ("the", "of", "for", "and", …) set aside, state
    /// names written as postal codes (`New York` and `NY` → `ny`), common abbreviations
    /// expanded or dropped (`CDC`, `Calif`, `Inc.`), and a parenthesised acronym left out.
    public static func comparisonKey(_ name: String) -> String {
        tokens(name).joined(separator: " ")
    }

    /// Acronyms the name gives in parentheses: "(AFSC)" → `afsc`; three letters or more.
    public static func acronyms(_ name: String) -> [String] {
        var found: [String] = []
        var rest = Substring(name)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inside = rest[rest.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            let letters = inside.filter { $0.isLetter || $0.isNumber }
            if letters.count >= 3, !inside.contains(" ") { found.append(folded(letters)) }
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// The comparison key's words, in order.
    public static func tokens(_ name: String) -> [String] {
        // Parenthesised parts are acronyms or glosses: "(AFSC)", "(CHIRLA)".
        var text = ""
        var depth = 0
        for character in name {
            if character == "(" { depth += 1; continue }
            if character == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { text.append(character) }
        }
        text = text.replacingOccurrences(of: "&", with: " and ").replacingOccurrences(of: "+", with: " and ")
            .replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
            .folding(options: [.diacriticInsensitive], locale: nil)
        // Words as written (case kept, to tell the state code IN from the word "in").
        let written = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        var words: [String] = []
        var index = 0
        while index < written.count {
            // The longest state name starting here (up to three words: "District of Columbia").
            var matched = false
            for length in stride(from: min(3, written.count - index), through: 1, by: -1) {
                let phrase = written[index..<(index + length)].joined(separator: " ").uppercased()
                if length == 1, phrase.count == 2 { break }
                if let code = StateName.codes[phrase] {
                    words.append(code.lowercased())
                    index += length
                    matched = true
                    break
                }
            }
            if matched { continue }
            let word = written[index]
            let lower = word.lowercased()
            index += 1
            if word.count == 2, word == word.uppercased(), StateName.codes.values.contains(word) {
                words.append(lower)
            } else if let replacement = abbreviations[lower] {
                words.append(contentsOf: replacement)
            } else if !stopWords.contains(lower) {
                words.append(lower)
            }
        }
        // "Community Development Corporation" is what "CDC" stands for.
        var result: [String] = []
        for word in words {
            result.append(word)
            if Array(result.suffix(3)) == ["community", "development", "corporation"] {
                result.removeLast(3)
                result.append("cdc")
            }
        }
        return result
    }

    /// Case and accents folded, spaces collapsed.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static let stopWords: Set<String> = [
        "the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "by", "with",
        "de", "del", "la", "las", "los", "el", "y", "en", "por", "para",
    ]

    /// Words written short: spelled out, or dropped when they carry nothing (`Inc.`).
    static let abbreviations: [String: [String]] = [
        "calif": ["ca"], "cal": ["ca"], "mass": ["ma"], "conn": ["ct"], "penn": ["pa"], "wash": ["wa"],
        "inc": [], "incorporated": [], "llc": [], "corp": [], "ltd": [],
        "intl": ["international"], "natl": ["national"], "assn": ["association"], "assoc": ["association"],
        "ctr": ["center"], "centre": ["center"], "dept": ["department"], "org": ["organization"],
        "st": ["saint"], "mt": ["mount"], "ft": ["fort"],
    ]
}
