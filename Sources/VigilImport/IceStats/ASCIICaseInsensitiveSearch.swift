extension StringProtocol {
    /// Whether the text holds `needle` (lower-case ASCII) with its letters in any case, looked for
    /// on the bytes: a test to run before lower-casing a whole text to compare it, and on every row
    /// of a sheet, where `lowercased()` and a generic `firstRange(of:)` were a tenth of a whole
    /// import's time. Only capital ASCII letters, and the Kelvin sign (to k), lower-case to a lone
    /// ASCII letter (İ becomes i with a combining dot, which is not an i), so when a text
    /// lower-cased equals or holds a needle without k, the text holds the needle in ASCII letters
    /// of some case, and this says yes.
    func containsIgnoringASCIICase(_ needle: StaticString) -> Bool {
        containsIgnoringASCIICase(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
    }

    /// The same, for a needle held as bytes.
    func containsIgnoringASCIICase(_ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { containsIgnoringASCIICase($0) }
    }

    private func containsIgnoringASCIICase(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= needle.count, let first = needle.first else { return needle.isEmpty }
            for start in 0...(bytes.count - needle.count) where ASCII.lowercased(bytes[start]) == first {
                if (1..<needle.count).allSatisfy({ ASCII.lowercased(bytes[start + $0]) == needle[$0] }) { return true }
            }
            return false
        }
        if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
        var text = String(self)
        return text.withUTF8(search)
    }
}
