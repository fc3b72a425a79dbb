/// Reads a cell's `<v>` number straight from its bytes.
enum XMLNumber {
    /// Exact powers of ten representable in a Double: the classic fast path (Clinger) is
    /// correctly rounded when the digits fit in 53 bits and the power is at most 22.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// 5^0 through 5^27, every power of five below 2^64.
    private static let powersOfFive: [UInt64] = (0...27).map { exponent in
        var value: UInt64 = 1
        for _ in 0..<exponent { value *= 5 }
        return value
    }

    /// The number the bytes spell (surrounding whitespace allowed), or nil.
    ///
    /// Plain decimals are converted here without allocating: up to 15 significant digits by the
    /// classic fast path, up to 19 (Excel writes 17 for a third of ICE's numbers) by exact integer
    /// division (`quotient`). Anything longer or with an exponent goes through the standard
    /// library's correctly rounded parser, which for 17 digits also made a string on the heap.
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
        if index == end, seenDigit, digitCount <= 19, fractionDigits < powersOfFive.count {
            let value = quotient(mantissa, fractionDigits: fractionDigits)
            return negative ? -value : value
        }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }

    /// `mantissa / 10^fractionDigits`, correctly rounded (to nearest, ties to even), for any
    /// mantissa of 64 bits and up to 27 fraction digits.
    ///
    /// Dividing by 10^k is dividing by 5^k, a 64-bit integer, and then by 2^k, which is exact.
    /// The mantissa, shifted to fill 64 bits, is divided by 5^k to a 128-bit quotient and a
    /// remainder: more than the 53 bits a Double keeps, the bit below them, and whether anything
    /// is left beyond, which is all that rounding needs.
    static func quotient(_ mantissa: UInt64, fractionDigits: Int) -> Double {
        guard mantissa > 0 else { return 0 }
        let divisor = powersOfFive[fractionDigits]
        let shift = mantissa.leadingZeroBitCount
        let numerator = mantissa << shift
        // The quotient of numerator · 2^64 by divisor: high · 2^64 + low. The numerator is at least
        // 2^63 and the divisor at most 5^27 < 2^63, so high is at least 1 and the quotient has 65
        // to 128 bits.
        let high = numerator / divisor
        let (low, remainder) = divisor.dividingFullWidth((high: numerator % divisor, low: 0))
        let length = 128 - high.leadingZeroBitCount
        // The quotient's top 54 bits, and whether any bit below them (or the remainder) is set.
        var below = length - 54
        let top: UInt64
        let rest: Bool
        if below >= 64 {
            top = high >> (below - 64)
            rest = high & ((1 << (below - 64)) &- 1) != 0 || low != 0
        } else {
            top = high << (64 - below) | low >> below
            rest = low & ((1 << below) &- 1) != 0
        }
        var significand = top >> 1
        if top & 1 == 1 && (rest || remainder != 0 || significand & 1 == 1) { significand += 1 }
        if significand == 1 << 53 {
            significand >>= 1
            below += 1
        }
        // mantissa / 10^k = quotient · 2^-(64 + shift + k), and the quotient is significand · 2^(below + 1).
        return Double(sign: .plus, exponent: below + 1 - 64 - shift - fractionDigits, significand: Double(significand))
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
