import Foundation

/// Compares people's names as different lists write them: `VERDECIA-CARRILLO HERIBERTO`,
/// `CACERES‐ Maradiaga,  Vicente`, `Verdecia-Carrillo, Heriberto`.
///
/// A name becomes the set of its words, upper case, accents dropped, split at spaces,
/// commas and hyphens of every kind, so word order and punctuation do not matter. Two names
/// are the same person when their word sets are equal, or one (of at least two words) lies
/// within the other: lists often drop a second surname or middle name.
public enum PersonName {
    public static func words(_ name: String) -> Set<String> {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
        var words = Set<String>()
        var current = ""
        for c in folded {
            if c.isLetter { current.append(c) } else if c == "'" || c == "’" || c == "." { continue } else if !current.isEmpty {
                words.insert(current); current = ""
            }
        }
        if !current.isEmpty { words.insert(current) }
        return words
    }

    /// The normalised form stored for searching: the words sorted and joined by spaces.
    public static func key(_ name: String) -> String { words(name).sorted().joined(separator: " ") }

    public static func isSamePerson(_ a: String, _ b: String) -> Bool {
        let x = words(a), y = words(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        if x == y { return true }
        let (small, large) = x.count <= y.count ? (x, y) : (y, x)
        return small.count >= 2 && small.isSubset(of: large)
    }

    /// How many words of the shorter name have a close counterpart in the other: equal, or
    /// within one edit (two for words of seven letters or more). Words under four letters count only when equal.
    /// Transcriptions of ICE's scanned lists differ like this: `LINDE-CEPERO` / `LINDE-CERRO`, `OTALIO` / `OTILIO`.
    public static func similarWordCount(_ a: String, _ b: String) -> Int {
        let x = words(a), y = words(b)
        let (small, large) = x.count <= y.count ? (x, y) : (y, x)
        return small.filter { w in
            large.contains { v in
                if w == v { return true }
                guard w.count >= 4, v.count >= 4 else { return false }
                return EditDistance.between(w, v, limit: min(w.count, v.count) >= 7 ? 2 : 1) != nil
            }
        }.count
    }
}
