/// Text whose every character is one printable ASCII byte, read as bytes.
///
/// For such text a character and a byte are the same thing, so counting, comparing and
/// classifying can skip Unicode's grapheme rules. Control bytes are left out because
/// `"\r\n"` is one character of two bytes.
enum PlainASCII {
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte < 0x20 || byte > 0x7E { return false }
        return true
    }

    /// `body` on the bytes of `a` and `b` when both are plain ASCII held contiguously, else nil
    /// (whatever `body` gives, nil included, is its own answer).
    static func withBytes<Result>(_ a: String, _ b: String,
                                  _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        a.utf8.withContiguousStorageIfAvailable { x -> Result? in
            guard isPlain(x) else { return nil }
            return b.utf8.withContiguousStorageIfAvailable { y -> Result? in
                isPlain(y) ? body(x, y) : nil
            } ?? nil
        } ?? nil
    }

    /// `body` on the bytes of `text` when it is plain ASCII held contiguously, else nil.
    static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Result? in isPlain(bytes) ? body(bytes) : nil } ?? nil
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func uppercased(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte }
}
