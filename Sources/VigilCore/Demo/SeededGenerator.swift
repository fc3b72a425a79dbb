/// A small deterministic random number generator (SplitMix64), so that generated demo
/// data is the same on every machine for the same seed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in 0..<1.
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// 64 lower-case hex digits, standing in for a SHA-256 in generated data.
    public mutating func hexDigest() -> String {
        (0..<4).map { _ in
            let s = String(next(), radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }.joined()
    }
}
