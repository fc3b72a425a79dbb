import Testing
import VigilCore

@Suite("Whole numbers written as digits")
struct SmallWholeNumberTests {
    @Test("whole numbers below 10^15 are their Int; fractions, -0, huge numbers, NaN and infinities are not", arguments: [
        (0.0, 0), (5, 5), (-42, -42), (999_999_999_999_999, 999_999_999_999_999), (-999_999_999_999_999, -999_999_999_999_999),
        (2.5, nil), (-0.0, nil), (1e15, nil), (1e16, nil), (.nan, nil), (.infinity, nil), (-.infinity, nil), (.leastNonzeroMagnitude, nil),
    ] as [(Double, Int?)])
    func wholeNumbers(value: Double, expected: Int?) {
        #expect(value.smallWholeNumber == expected)
    }

    @Test("where there is one, description writes its digits and .0, and the digits read back as the same double")
    func agreesWithDescription() {
        for value in [0.0, 1, -1, 1200, 562_949_953_421_312, 123_456_789_012_345, -7_000_000] {
            guard let whole = value.smallWholeNumber else { Issue.record("\(value) is whole"); continue }
            #expect(value.description == "\(whole).0")
            #expect(Double(String(whole)) == value)
        }
    }
}
