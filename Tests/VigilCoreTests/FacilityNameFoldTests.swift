import Testing
@testable import VigilCore

@Suite("Facility names folded for comparison")
struct FacilityNameFoldTests {
    @Test("ICE's abbreviations fold as the names they stand for", arguments: [
        ("BUFFALO SPC", "Buffalo Service Processing Ctr."),
        ("ALLEN CO. DET. CTR", "Allen County Detention Center"),
        ("THE BAKER CO. JAIL", "Baker County Jail"),
    ])
    func abbreviationsFold(short: String, long: String) {
        #expect(FacilityNameFold.fold(short) == FacilityNameFold.fold(long))
    }

    @Test("words are lower case, split as facility keys split them, and and/of/the are dropped", arguments: [
        ("THE GEO-GROUP & CO. OF TEXAS", "geo group county texas"),
        ("the of and", ""),
        ("  the  Ctr ", "center"),
        ("Ctr of the", "center"),
        ("O\u{2019}BRIEN'S  JAIL", "obriens jail"),
        ("ÉCOLE CO", "cole county"),
        ("CORRECTIONSX CORRECTIONS", "correctionsx correctional"),
        ("", ""),
    ])
    func examples(name: String, folded: String) {
        #expect(FacilityNameFold.fold(name) == folded)
    }

    /// The definition, word list by word list: what the byte-level fold must agree with.
    private static func reference(_ name: String) -> String {
        FacilityKey.words(of: name).compactMap { word -> String? in
            guard let expansion = FacilityNameFold.expansions[word] else { return word }
            return expansion.isEmpty ? nil : expansion
        }.joined(separator: " ")
    }

    @Test("it agrees with expanding the key's words one by one, on 5,000 made-up names")
    func agreesWithWordByWord() {
        var random = SeededGenerator(seed: 20261205)
        let abbreviations = Array(FacilityNameWords.expansions.keys).sorted()
        let pieces = ["COUNTY", "Jail", "stewart", "101", "ÉTÉ", "Ñ", "\u{2019}", "'", "&", "-", ".", "/", "  ", " ", "x", "CORRECTIONSX", "détention"]
        for _ in 0..<5_000 {
            var name = ""
            for _ in 0..<Int.random(in: 0..<9, using: &random) {
                var piece = Int.random(in: 0..<3, using: &random) == 0 ? pieces.randomElement(using: &random)! : abbreviations.randomElement(using: &random)!
                if Bool.random(using: &random) { piece = piece.lowercased() }
                name += piece + (Int.random(in: 0..<3, using: &random) == 0 ? "" : " ")
            }
            #expect(FacilityNameFold.fold(name) == Self.reference(name), "\(name)")
        }
    }
}
