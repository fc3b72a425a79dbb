/// The middle value of whole numbers (cents, days): the mean of the two middle values when
/// the count is even, rounded down, so it stays a whole number of cents or days.
public enum Median {
    public static func of(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        let (a, b) = (sorted[middle - 1], sorted[middle])
        return a + (b - a) / 2
    }
}
