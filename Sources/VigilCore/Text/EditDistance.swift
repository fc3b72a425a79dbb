/// Levenshtein distance, for telling a misspelling from another word: people's names across
/// death lists (`LINDE-CEPERO` / `LINDE-CERRO`), facility names across workbooks (`CIMMARRON`).
public enum EditDistance {
    /// The distance between `a` and `b` when it is at most `limit`, else nil.
    ///
    /// The distance counts characters. Text of plain ASCII (most names, and every word the
    /// facility matcher compares) is one character per byte, so it is measured on the bytes:
    /// the facility matcher asks this some hundred thousand times per run, and splitting text
    /// into characters was most of that time.
    public static func between(_ a: String, _ b: String, limit: Int) -> Int? {
        if let outcome = PlainASCII.withBytes(a, b, { between($0, $1, limit: limit) }) { return outcome }
        return between(Array(a), Array(b), limit: limit)
    }

    /// The same on characters (`[Character]`) or on plain ASCII bytes.
    static func between<Text: RandomAccessCollection>(_ a: Text, _ b: Text, limit: Int) -> Int?
    where Text.Element: Equatable, Text.Index == Int {
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        let aStart = a.startIndex, bStart = b.startIndex
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1,
                                 previous[j - 1] + (a[aStart + i - 1] == b[bStart + j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
