/// An integer's decimal form, as `String(value)` writes it, handed over as bytes without making
/// a string: rows written in bulk (a PostgreSQL `COPY`, a release's fingerprint) print numbers
/// by the thousand.
enum DecimalDigits {
    static func withBytes<Result>(of value: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // 19 digits at most for an Int, and a sign.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { bytes in
            var start = 20
            var magnitude = value.magnitude
            repeat {
                start -= 1
                bytes[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                bytes[start] = UInt8(ascii: "-")
            }
            return body(UnsafeBufferPointer(rebasing: bytes[start..<20]))
        }
    }
}
