import Testing
@testable import VigilCore

/// The byte paths for plain ASCII text (`PlainASCII`) must give exactly what the character
/// paths give: each is checked against its character twin on generated text, with spaces,
/// punctuation, digits and lower case, and on text that must not take the byte path.
@Suite("Plain ASCII byte paths")
struct PlainASCIITests {
    /// Words and near-misspellings of them, from a fixed seed so a failure repeats.
    static func pairs(count: Int) -> [(String, String)] {
        var random = SeededGenerator(seed: 20_261_203)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '.-/abz")
        func word() -> [Character] {
            (0..<Int.random(in: 0...12, using: &random)).map { _ in
                // Mostly a few letters, so that words share first letters and prefixes.
                Bool.random(using: &random) ? alphabet[Int.random(in: 0..<5, using: &random)] : alphabet.randomElement(using: &random)!
            }
        }
        return (0..<count).map { _ in
            let a = word()
            var b = a
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let position = b.isEmpty ? 0 : Int.random(in: 0..<b.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: b.insert(alphabet.randomElement(using: &random)!, at: position)
                case 1: if !b.isEmpty { b.remove(at: position) }
                default: if !b.isEmpty { b[position] = alphabet.randomElement(using: &random)! }
                }
            }
            return (String(a), String(b))
        }
    }

    @Test("edit distance on bytes equals edit distance on characters")
    func editDistance() {
        for (a, b) in Self.pairs(count: 3_000) {
            for limit in 0...3 {
                #expect(EditDistance.between(a, b, limit: limit) == EditDistance.between(Array(a), Array(b), limit: limit),
                        "\(a) / \(b) within \(limit)")
            }
        }
    }

    @Test("the matcher's same-word rule on bytes equals the rule on characters")
    func sameWord() {
        var agreed = 0
        for (a, b) in Self.pairs(count: 5_000) {
            #expect(FacilityNameMatcher.sameWord(a, b) == FacilityNameMatcher.sameWordByCharacters(a, b), "\(a) / \(b)")
            if FacilityNameMatcher.sameWord(a, b), a != b { agreed += 1 }
        }
        // The generated pairs reach the rule's near-miss branches, not only equality.
        #expect(agreed > 100)
    }

    @Test("a name's words on bytes equal its words on characters")
    func words() {
        for (a, b) in Self.pairs(count: 3_000) {
            let text = a.lowercased() + " " + b
            let bytes = Array(text.utf8).withUnsafeBufferPointer {
                FacilityNameWords.runsOfLettersAndDigits($0, skipping: [UInt8(ascii: "'")])
            }
            #expect(bytes == FacilityNameWords.runsOfLettersAndDigits(text, skipping: ["'"]), "\(text)")
        }
    }

    @Test("a name's exact form on bytes equals its exact form on characters, and so do its variants")
    func exactForm() {
        for (a, b) in Self.pairs(count: 3_000) {
            let text = " " + a.lowercased() + "  " + b + " "
            #expect(FacilityNameWords.exactForm(text) == FacilityNameWords.exactFormByCharacters(text), "\(text)")
        }
        // A name of one name is its own only variant; one of no words has none.
        #expect(FacilityNameWords.variants("ELOY FEDERAL CONTRACT FACILITY") == ["ELOY FEDERAL CONTRACT FACILITY"])
        #expect(FacilityNameWords.variants(" - ").isEmpty)
        #expect(FacilityNameWords.variants("A / B (COUNTY JAIL)").count == 2)
    }

    @Test("text that is not plain ASCII is read as characters")
    func notPlain() {
        // "\r\n" is one character of two bytes: one edit from nothing, not two.
        #expect(EditDistance.between("\r\n", "", limit: 1) == 1)
        #expect(FacilityNameWords.words("MUÑOZ  O’NEILL co. jail") == ["MUÑOZ", "ONEILL", "COUNTY", "JAIL"])
        #expect(FacilityNameMatcher.sameWord("PEÑASCO", "PENASCO"))
        #expect(!FacilityNameMatcher.sameWord("ÉLOY", "ELOY"))
        #expect(StreetAddress.key("1623 E. J STREET, SUITE 4") == StreetAddress.key("1623 East J St"))
        #expect(StreetAddress.key("1623 É. J STREET") == "1623 ÉJ")
    }
}
