import NIOCore
import Testing
@testable import VigilStore

@Suite("Rows in COPY's text format")
struct PostgresCopyTextTests {
    static func line(_ row: [SQLValue]) -> String {
        var buffer = ByteBuffer()
        PostgresCopy.appendLine(row, to: &buffer)
        return buffer.readString(length: buffer.readableBytes) ?? ""
    }

    @Test("integers and whole numbers as digits, other numbers in their shortest form, NULL as \\N, text escaped")
    func values() {
        #expect(Self.line([.integer(0), .integer(-42), .integer(Int.max), .integer(Int.min), .integer(nil)])
                == "0\t-42\t9223372036854775807\t-9223372036854775808\t\\N\n")
        #expect(Self.line([.real(1200), .real(-3), .real(0), .real(-0.0), .real(2.5), .real(1.0 / 3), .real(999_999_999_999_999)])
                == "1200\t-3\t0\t-0.0\t2.5\t0.3333333333333333\t999999999999999\n")
        #expect(Self.line([.real(1e15), .real(1e16), .real(.nan), .real(.infinity), .real(-.infinity), .real(nil)])
                == "1000000000000000.0\t1e+16\tNaN\tInfinity\t-Infinity\t\\N\n")
        #expect(Self.line([.text("a\tb\nc\\d\re"), .text(""), .text(nil), .text("é 中文")]) == "a\\tb\\nc\\\\d\\re\t\t\\N\té 中文\n")
    }

    @Test("every whole number written as digits is the same double when read back")
    func wholeNumbersRoundTrip() {
        for value in [1.0, 17, 1_234_567, 4_503_599_627_370_496, 999_999_999_999_999, -999_999_999_999_999, -1] {
            let text = Self.line([.real(value)]).dropLast()
            #expect(Double(String(text)) == value, "\(value) → \(text)")
        }
    }
}
