import Testing
@testable import VigilCore

@Suite("Facility keys")
struct FacilityKeyTests {
    @Test("case, punctuation and spacing do not split a facility", arguments: [
        ("STEWART DETENTION CENTER", "Stewart Detention Center "),
        ("BAKER COUNTY SHERIFF'S OFFICE", "Baker County Sheriffs Office"),
        ("TORRANCE/ESTANCIA", "Torrance / Estancia"),
    ])
    func folds(a: String, b: String) {
        #expect(FacilityKey(name: a, state: "GA") == FacilityKey(name: b, state: "GA"))
    }

    @Test("the state keeps same-named facilities apart")
    func stateSeparates() {
        #expect(FacilityKey(name: "ALLEN COUNTY JAIL", state: "IN") != FacilityKey(name: "ALLEN COUNTY JAIL", state: "OH"))
        #expect(FacilityKey(name: "Stewart Detention Center", state: "GA").rawValue == "stewart-detention-center-ga")
    }

    @Test("a key is the name's words and then the state's, joined by hyphens", arguments: [
        ("A&B  COUNTY", "TX", "a-and-b-county-tx"),
        ("&PRISON&", nil, "and-prison-and"),
        ("O\u{2019}BRIEN'S JAIL", "ga", "obriens-jail-ga"),
        ("  --ÉCOLE  ", "", "cole"),
        ("Ñ 101 ÆX", "N.M.", "101-x-n-m"),
        ("", "CA", "ca"),
        ("...", nil, ""),
    ] as [(String, String?, String)])
    func wordsJoined(name: String, state: String?, expected: String) {
        let key = FacilityKey(name: name, state: state)
        #expect(key.rawValue == expected)
        #expect(key.rawValue == (FacilityKey.words(of: name) + FacilityKey.words(of: state ?? "")).joined(separator: "-"))
    }
}
