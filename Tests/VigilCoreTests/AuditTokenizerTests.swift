import Testing
import VigilCore

/// How the press audit splits and folds words, and that a word of any length stays one token
/// (`scripts/fuzz press` found a 64 KB word that the tokenizer built in quadratic time).
@Suite("Press audit: tokenizer")
struct AuditTokenizerTests {
    @Test("words are folded: case, apostrophes, thousands separators, %, &, hyphens")
    func folding() {
        let tokens = AuditTokenizer.tokens("Administration’s 1,000 for-profit beds & 90%")
        #expect(tokens.map(\.folded) == ["administrations", "1000", "for", "profit", "beds", "and", "90", "percent"])
        #expect(tokens.first?.start == 0 && tokens.first?.end == 16)
    }

    @Test("a 64 KB word is one token, folded whole, with its offsets")
    func longWord() throws {
        let word = String(repeating: "Xy", count: 32_768)
        let tokens = AuditTokenizer.tokens("A " + word + " b")
        #expect(tokens.count == 3)
        let long = try #require(tokens.dropFirst().first)
        #expect(long.folded == String(repeating: "xy", count: 32_768))
        #expect(long.start == 2 && long.end == 2 + 65_536)
    }
}
