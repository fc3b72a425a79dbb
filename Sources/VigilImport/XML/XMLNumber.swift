/// Reads a cell's `<v>` number straight from its bytes.
enum XMLNumber {
    /// Exact powers of ten representable in a Double: the classic fast path (Clinger) is
    /// correctly rounded when the digits fit in 53 bits and the power is at most 22.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The number the bytes spell (surrounding whitespace allowed), or nil.
    ///
    /// Plain decimals of up to 15 significant digits (nearly every cell) are converted here
    /// without allocating; anything longer or with an exponent goes through the standard
    /// library's correctly rounded parser.
    static func parse(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, ASCII.isWhitespace(bytes[start]) { start += 1 }
        while end > start, ASCII.isWhitespace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        var index = start
        var negative = false
        if bytes[index] == ASCII.minus || bytes[index] == ASCII.plus {
            negative = bytes[index] == ASCII.minus
            index += 1
        }
        var mantissa: UInt64 = 0
        var digitCount = 0
        var fractionDigits = 0
        var seenPeriod = false
        var seenDigit = false
        while index < end {
            let byte = bytes[index]
            if ASCII.isDigit(byte) {
                seenDigit = true
                if mantissa == 0 && byte == ASCII.zero {
                    if seenPeriod { fractionDigits += 1 }  // leading zeros carry no precision
                } else {
                    mantissa = mantissa &* 10 &+ UInt64(byte - ASCII.zero)
                    digitCount += 1
                    if seenPeriod { fractionDigits += 1 }
                }
            } else if byte == ASCII.period && !seenPeriod {
                seenPeriod = true
            } else {
                break
            }
            index += 1
        }
        if index == end, seenDigit, digitCount <= 15, fractionDigits <= 22 {
            let value = Double(mantissa) / powersOfTen[fractionDigits]
            return negative ? -value : value
        }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }

    /// A non-negative integer of at most 9 digits (a shared-string index, a count), or nil.
    static func parseIndex(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, ASCII.isWhitespace(bytes[start]) { start += 1 }
        while end > start, ASCII.isWhitespace(bytes[end - 1]) { end -= 1 }
        guard start < end, end - start <= 9 else { return nil }
        var value = 0
        for index in start..<end {
            guard ASCII.isDigit(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] - ASCII.zero)
        }
        return value
    }
}
