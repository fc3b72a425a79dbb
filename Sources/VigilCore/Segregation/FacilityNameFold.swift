/// A facility name folded for comparison when there is no state to narrow it: lower-case
/// words (as `FacilityKey` splits them), ICE's abbreviations expanded as the registry's name
/// matcher expands them (`SPC`, `CTR`, `CO`, `DET`, ...) and `and`/`of`/`the` dropped.
///
/// `BUFFALO SPC` and `Buffalo Service Processing Ctr.` fold alike. It works on the byte-level
/// words of `FacilityKey` rather than `FacilityNameMatcher.normalisedWords`, so that folding
/// every name a database holds stays cheap enough to do while a page is built.
public enum FacilityNameFold {
    public static func fold(_ name: String) -> String {
        var folded = FoldedWords()
        folded.bytes.reserveCapacity(name.utf8.count + 16)
        FacilityKey.forEachWordByte(of: name, into: &folded)
        return String(decoding: folded.bytes, as: UTF8.self)
    }

    /// `FacilityNameWords.expansions` in lower case (multi-word expansions stay one string).
    public static let expansions: [String: String] = Dictionary(
        FacilityNameWords.expansions.map { ($0.key.lowercased(), $0.value.lowercased()) }, uniquingKeysWith: { first, _ in first })

    /// The longest abbreviation `expansions` knows: a longer word is looked up no further.
    static let longestAbbreviation = expansions.keys.map(\.utf8.count).max() ?? 0
}

/// The folded name written word by word into one byte array, each word looked up in
/// `FacilityNameFold.expansions` as it ends and replaced there. Folding made an array of words
/// and a string for each (the names of all stored releases are folded at the end of an import,
/// while the import waits); here a name costs one array, and a word short enough to be an
/// abbreviation one lookup through a string small enough to be kept inline.
struct FoldedWords: WordByteSink {
    var bytes: [UInt8] = []
    /// Where the word being written starts in `bytes`, and whether one is.
    private var wordStart = 0
    private var inWord = false

    mutating func take(_ byte: UInt8) {
        if !inWord {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
            wordStart = bytes.count
            inWord = true
        }
        bytes.append(byte)
    }

    mutating func endWord() {
        guard inWord else { return }
        inWord = false
        guard bytes.count - wordStart <= FacilityNameFold.longestAbbreviation,
              let expansion = FacilityNameFold.expansions[String(decoding: bytes[wordStart...], as: UTF8.self)] else { return }
        // The word goes, with the space before it when it expands to nothing.
        bytes.removeSubrange((expansion.isEmpty ? max(0, wordStart - 1) : wordStart)...)
        bytes.append(contentsOf: expansion.utf8)
    }
}
