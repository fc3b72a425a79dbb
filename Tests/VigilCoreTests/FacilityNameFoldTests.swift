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
        var random = SplitMix64(seed: 20261205)
        let abbreviations = Array(FacilityNameWords.expansions.keys).sorted()
        let pieces = ["COUNTY", "Jail", "stewart", "101", "ÉTÉ", "Ñ", "\u{2019}", "'", "&", "-", ".", "/", "  ", " ", "x", "CORRECTIONSX", "détention"]
        for _ in 0..<5_000 {
            var name = ""
            for _ in 0..<Int(random.next() % 9) {
                let draw = Int(random.next() % 3)
                var piece = draw == 0 ? pieces[Int(random.next() % UInt64(pieces.count))] : abbreviations[Int(random.next() % UInt64(abbreviations.count))]
                if random.next() % 2 == 0 { piece = piece.lowercased() }
                name += piece + (random.next() % 3 == 0 ? "" : " ")
            }
            #expect(FacilityNameFold.fold(name) == Self.reference(name), "\(name)")
        }
    }
}

/// A small seeded generator, so the made-up names are the same on every run.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
