/// A facility name folded for comparison when there is no state to narrow it: lower-case
/// words (as `FacilityKey` splits them), ICE's abbreviations expanded as the registry's name
/// matcher expands them (`SPC`, `CTR`, `CO`, `DET`, ...) and `and`/`of`/`the` dropped.
///
/// `BUFFALO SPC` and `Buffalo Service Processing Ctr.` fold alike. It works on the byte-level
/// words of `FacilityKey` rather than `FacilityNameMatcher.normalisedWords`, so that folding
/// every name a database holds stays cheap enough to do while a page is built.
public enum FacilityNameFold {
    public static func fold(_ name: String) -> String {
        var words: [String] = []
        for word in FacilityKey.words(of: name) {
            if let expansion = expansions[word] {
                if !expansion.isEmpty { words.append(expansion) }
            } else {
                words.append(word)
            }
        }
        return words.joined(separator: " ")
    }

    /// `FacilityNameWords.expansions` in lower case (multi-word expansions stay one string).
    public static let expansions: [String: String] = Dictionary(
        FacilityNameWords.expansions.map { ($0.key.lowercased(), $0.value.lowercased()) }, uniquingKeysWith: { first, _ in first })
}
