/// The words a claim is compared by: folded, stemmed lightly ("closing", "closure" and "shut"
/// → "close"; "companies", "corporations" and "for-profit" → "private"), with small words and
/// the words of attribution ("the groups want") set aside.
public enum ClaimWords {
    public static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "for", "by", "with", "at", "from", "as", "that",
        "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
        "their", "they", "them", "he", "his", "him", "she", "her", "we", "our", "us", "you", "your", "i", "who", "which",
        "what", "will", "would", "should", "could", "can", "may", "might", "must", "do", "does", "did", "so", "than",
        "then", "there", "also", "into", "about", "over", "up", "down", "out", "more", "most", "such", "very", "just",
        "even", "before", "after", "while", "if", "all", "every", "everyone", "everybody", "each", "any", "some", "how",
        "one", "other", "take", "make", "made", "goes", "go", "way", "s", "d", "t",
    ]

    static let canonical: [String: String] = [
        "closure": "close", "closing": "close", "closed": "close", "closes": "close", "shut": "close", "shutting": "close",
        "expansion": "expand", "expanded": "expand", "expanding": "expand", "expands": "expand",
        "ending": "end", "ended": "end", "ends": "end", "halting": "halt", "halted": "halt", "halts": "halt",
        "stopping": "stop", "stopped": "stop", "stops": "stop", "freezing": "freeze", "froze": "freeze",
        "canceling": "cancel", "cancelling": "cancel", "cancelled": "cancel", "canceled": "cancel",
        "rescinding": "rescind", "rescinded": "rescind", "released": "release", "releasing": "release", "releases": "release",
        "reducing": "reduce", "reduced": "reduce", "opening": "open", "opened": "open", "opens": "open",
        "private": "private", "privately": "private", "profit": "private", "companies": "private", "company": "private",
        "corporations": "private", "corporation": "private", "corporate": "private", "contractors": "private",
        "detainees": "detain", "detained": "detain", "detention": "detention", "handing": "hand", "handed": "hand",
        "turned": "turn", "turning": "turn", "immigrants": "immigrant", "migrants": "immigrant", "migrant": "immigrant",
        "families": "family", "facilities": "facility", "federally": "federal", "government": "government",
    ]

    public static func stem(_ word: String) -> String {
        if let known = canonical[word] { return known }
        var w = word
        if w.count > 5, w.hasSuffix("ing") { w.removeLast(3) }
        else if w.count > 4, w.hasSuffix("ed") { w.removeLast(2) }
        else if w.count > 4, w.hasSuffix("ies") { w.removeLast(3); w += "y" }
        else if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us") { w.removeLast() }
        return w
    }

    /// The stems that carry a sentence's meaning.
    public static func content(_ tokens: [AuditToken]) -> [String] {
        tokens.filter { $0.kind == .word && !stopWords.contains($0.folded) && !AttributionCues.positions.contains($0.folded)
            && !AttributionCues.speakers.contains($0.folded) && NumberReader.numberWords[$0.folded] == nil }
            .map { stem($0.folded) }.filter { !stopWords.contains($0) }
    }
}
