extension StringProtocol {
    /// True when `needle` (lower-case ASCII) occurs in this text, ignoring the case of ASCII letters.
    ///
    /// For tests run on every row of a sheet: it neither lower-cases nor copies the text, where
    /// `lowercased()` and a generic `firstRange(of:)` were a tenth of a whole import's time.
    func containsASCIICaseInsensitive(_ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first else { return true }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        func search(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
            guard text.count >= pattern.count else { return false }
            var start = 0
            while start <= text.count - pattern.count {
                if lower(text[start]) == first {
                    var matched = 1
                    while matched < pattern.count, lower(text[start + matched]) == pattern[matched] { matched += 1 }
                    if matched == pattern.count { return true }
                }
                start += 1
            }
            return false
        }
        if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
        return Array(utf8).withUnsafeBufferPointer(search)
    }
}
