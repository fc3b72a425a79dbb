/// Levenshtein distance, for telling a misspelling from another word: people's names across
/// death lists (`LINDE-CEPERO` / `LINDE-CERRO`), facility names across workbooks (`CIMMARRON`).
public enum EditDistance {
    /// The distance between `a` and `b` when it is at most `limit`, else nil.
    public static func between(_ a: String, _ b: String, limit: Int) -> Int? {
        let a = Array(a), b = Array(b)
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
