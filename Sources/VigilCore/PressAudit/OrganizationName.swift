/// How the press audit compares organizations' names: folded words (case, punctuation, `&`/and),
/// a leading "The" set aside, and each written name standing for its variants: the name
/// without its parenthesised acronym, the acronym, and each side of a ` | ` or ` / `
/// ("Asian Americans Advancing Justice | AAJC").
public enum OrganizationName {
    public static func words(_ name: String) -> [String] {
        var words = AuditTokenizer.tokens(name).filter { $0.kind == .word }.map(\.folded)
        if words.first == "the", words.count > 1 { words.removeFirst() }
        return words
    }

    public static func variants(_ name: String) -> [[String]] {
        var outside = ""
        var insides: [String] = []
        var inside = ""
        var depth = 0
        for character in name {
            if character == "(" { depth += 1; inside = ""; outside.append(" "); continue }
            if character == ")", depth > 0 { depth -= 1; insides.append(inside); continue }
            if depth > 0 { inside.append(character) } else { outside.append(character) }
        }
        var forms = [outside] + insides
        for separator in [" | ", " / "] where outside.contains(separator) {
            forms += outside.components(separatedBy: separator)
        }
        var seen = Set<[String]>()
        return forms.map(words).filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
