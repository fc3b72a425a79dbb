import Foundation
import Testing
import VigilCore

@Suite("Numbers written with a fixed count of decimals")
struct FixedDecimalsTests {
    @Test("the same text as String(format:) on edges: halves, near-halves, zeros, negatives, huge and not finite values",
          arguments: 0...6)
    func edges(places: Int) {
        let values: [Double] = [
            0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.285, 0.015, 0.045, 1e-7, -1e-7, 0.9999999, 9.9999995,
            123.456789, -97.123456, 0.004999999, 999_999.9999999, 1e8, 1e9, 1e12, 1.5e15, 1e300, -1e300,
            .leastNonzeroMagnitude, .greatestFiniteMagnitude, .infinity, -.infinity, .nan,
        ]
        for value in values {
            #expect(value.fixedDecimals(places) == String(format: "%.\(places)f", value), "\(value), \(places) places")
        }
    }

    @Test("the same text as String(format:) on 200,000 values for each count of decimals, of every size, either sign", arguments: 0...6)
    func agreesWithFormat(places: Int) {
        var generator = SeededGenerator(seed: 0x5EED_0000 + UInt64(places))  // the same values, so a failure names them again
        for _ in 0..<200_000 {
            let magnitude = Double(generator.next() % 1_000_000_000) / Double([1, 10, 100, 1_000, 10_000, 100_000, 1_000_000][Int(generator.next() % 7)])
            let jitter = Double(generator.next() % 1_000) * 1e-12
            let value = (generator.next() % 2 == 0 ? 1 : -1) * (magnitude + jitter)
            #expect(value.fixedDecimals(places) == String(format: "%.\(places)f", value), "\(value), \(places) places")
        }
    }
}
