import Testing
import VigilCore

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
}
