import Testing
@testable import VigilImport

/// The tokenizer's byte searches, against the plainest way of doing the same.
@Suite("XMLScanner")
struct XMLScannerTests {
    /// A generator with a fixed seed, so a failure can be run again.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("the next end tag is found wherever it lies: within the 32 bytes looked at together, across them, in the last byte, or nowhere")
    func firstEndTag() {
        var random = SplitMix(state: 2026)
        let alphabet = Array("</>a c=\"".utf8)
        for length in Array(0...80) + [95, 96, 97, 127, 128, 129, 1000] {
            for _ in 0..<40 {
                // mostly no `</`, so the search runs long; sometimes one or several, anywhere
                var document = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
                if length > 1, Bool.random(using: &random) {
                    for index in 0..<(length - 1) where document[index] == UInt8(ascii: "<") && document[index + 1] == UInt8(ascii: "/") {
                        document[index + 1] = UInt8(ascii: "a")
                    }
                    if Int.random(in: 0..<3, using: &random) > 0 {
                        let at = Int.random(in: 0..<(length - 1), using: &random)
                        document[at] = UInt8(ascii: "<")
                        document[at + 1] = UInt8(ascii: "/")
                    }
                }
                for start in [0, 1, 31, 32, 33, length / 2, length - 1, length].filter({ $0 >= 0 && $0 <= length }) {
                    let expected = (start..<max(start, length - 1)).first { document[$0] == UInt8(ascii: "<") && document[$0 + 1] == UInt8(ascii: "/") }
                    let found = document.withUnsafeBufferPointer { XMLScanner($0).firstEndTag(from: start) }
                    #expect(found == expected, "\(String(decoding: document, as: UTF8.self)) from \(start)")
                }
            }
        }
    }
}
