import Testing
import VigilCore

/// The facility matcher's rules, each on a small fixture shaped like the real lists.
@Suite("Facility name matcher")
struct FacilityNameMatcherTests {
    typealias Candidate = FacilityNameMatcher.Candidate
    typealias Query = FacilityNameMatcher.Query

    @Test("abbreviations, punctuation, parentheses and trailing numbers fold away", arguments: [
        ("KARNES CO IMMIGRATION PROCESS CTR", "KARNES COUNTY IMMIGRATION PROCESSING CENTER"),
        ("BAKER C. I.", "BAKER CORRECTIONAL INSTITUTION"),
        ("HANCOCK CO PUB SFTY CPLX", "HANCOCK COUNTY PUBLIC SAFETY COMPLEX"),
        ("FOLKSTON MAIN IPC", "FOLKSTON MAIN ICE PROCESSING CENTER"),
        ("KARNES COUNTY RESIDENTIAL CENTER2", "KARNES COUNTY RESIDENTIAL CENTER"),
        ("ALAMANCE CO. DET. FAC.", "ALAMANCE COUNTY DETENTION FACILITY"),
        ("Eloy Fed. Ctr. Facility 2", "ELOY FEDERAL CENTER FACILITY"),
    ])
    func normalisation(written: String, spelledOut: String) {
        #expect(FacilityNameWords.words(written) == FacilityNameWords.words(spelledOut))
    }

    @Test("a parenthesised part is another name for the same facility")
    func variants() {
        #expect(FacilityNameWords.variants("TACOMA ICE PROCESSING CENTER (NORTHWEST DET CTR)").map(FacilityNameWords.exactForm)
                == ["TACOMA ICE PROCESSING CENTER", "NORTHWEST DET CTR"])
        // a one-word aside such as an abbreviation is not a name of its own
        #expect(FacilityNameWords.variants("CENTRAL LOUISIANA ICE PROCESSING CENTER (CLIPC)").count == 1)
    }

    @Test("street addresses reduce to number and street name", arguments: [
        ("1623 E. J STREET", "1623 East J St", true),
        ("409 FM 1144", "409 Fm 1144", true),
        ("816 MARIN AVE., SUITE 110", "816 Marin Avenue", true),
        ("555 GEO DRIVE", "555 GEO Drive, Philipsburg", true),
        ("146 CCA ROAD", "147 CCA ROAD", false),
    ])
    func addresses(a: String, b: String, same: Bool) {
        #expect(StreetAddress.key(a) != nil)
        #expect((StreetAddress.key(a) == StreetAddress.key(b)) == same)
    }

    @Test("an address without a street number identifies no building")
    func vagueAddress() {
        #expect(StreetAddress.key("FM 1144 AT US HIGHWAY 181") == nil)
        #expect(StreetAddress.key(nil) == nil)
        #expect(StreetAddress.key("") == nil)
    }

    @Test("a code the person-level list gives without a state matches in the state its letters name")
    func statelessCodes() {
        let matcher = FacilityNameMatcher(candidates: [
            Candidate(code: "STCDFTX", name: "SOUTH TEXAS ICE PROCESSING CENTER", city: nil, state: nil, zip: nil),
            Candidate(code: "MSVPCPA", name: "MOSHANNON VALLEY PROCESSING CENTER", city: nil, state: nil, zip: nil),
            Candidate(code: "EROFCB", name: "ERO EL PASO CAMP EAST MONTANA", city: nil, state: nil, zip: nil),
            Candidate(code: "JENADLA", name: "CENTRAL LOUISIANA ICE PROC CTR", city: nil, state: nil, zip: nil),
            Candidate(code: "JENADLA", name: "LASALLE DETENTION FACILITY", city: "JENA", state: "LA", zip: "71342"),
        ])
        #expect(matcher.match(Query(name: "SOUTH TEXAS ICE PROCESSING CENTER", city: "PEARSALL", state: "TX", zip: nil))?.code == "STCDFTX")
        #expect(matcher.match(Query(name: "MOSHANNON VALLEY PROCESSING CENTER", city: nil, state: "PA", zip: nil))?.code == "MSVPCPA")
        // no state in its letters: an exact name anywhere, as here in Texas
        let montana = matcher.match(Query(name: "ERO EL PASO CAMP EAST MONTANA", city: "EL PASO", state: "TX", zip: nil))
        #expect(montana?.code == "EROFCB" && montana?.method == .exact)
        // the state another list gives the code is used for its state-less names too
        let clipc = matcher.match(Query(name: "CENTRAL LOUISIANA ICE PROCESSING CENTER (CLIPC)", city: "JENA", state: "LA", zip: nil))
        #expect(clipc?.code == "JENADLA" && clipc?.method == .normalized)
        // but a state the letters do not name is no match
        #expect(matcher.match(Query(name: "MOSHANNON VALLEY PROCESSING CENTER", city: nil, state: "OH", zip: nil)) == nil)
    }

    @Test("a renamed facility follows its code by address; several codes at one address are told apart by name")
    func byAddress() {
        let matcher = FacilityNameMatcher(candidates: [
            Candidate(code: "STFRCTX", name: "SOUTH TEXAS FAMILY RESIDENTIAL CENTER", city: "DILLEY", state: "TX", zip: "78017",
                      address: "300 EL RANCHO WAY"),
            Candidate(code: "STCDFTX", name: "SOUTH TEXAS DETENTION COMPLEX", city: "PEARSALL", state: "TX", zip: "78061",
                      address: "566 VETERANS DRIVE"),
            Candidate(code: "STDHOLD", name: "SOUTH TEXAS/PEARSALL HOLD ROOM", city: "PEARSALL", state: "TX", zip: "78061",
                      address: "566 VETERANS DR"),
        ])
        // given a new name at a listed address
        let dilley = matcher.match(Query(name: "DILLEY IMMIGRATION PROCESSING CENTER", city: "DILLEY", state: "TX", zip: "78017",
                                         address: "300 El Rancho Way"))
        #expect(dilley?.code == "STFRCTX" && dilley?.method == .address && dilley?.isAccepted == true)
        #expect(dilley?.evidence?.contains("SOUTH TEXAS FAMILY RESIDENTIAL CENTER") == true)
        // two codes at one address: the name decides
        let main = matcher.match(Query(name: "SOUTH TEXAS ICE PROCESSING CENTER", city: "PEARSALL", state: "TX", zip: nil,
                                       address: "566 VETERANS DRIVE"))
        #expect(main?.code == "STCDFTX" && main?.method == .address && main?.isAccepted == true)
        // and when the name cannot, it goes to review with the codes as evidence
        let unclear = matcher.match(Query(name: "PEARSALL FACILITY", city: "PEARSALL", state: "TX", zip: nil, address: "566 Veterans Drive"))
        #expect(unclear?.isAccepted == false)
        #expect(unclear?.evidence?.contains("STCDFTX") == true && unclear?.evidence?.contains("STDHOLD") == true)
        // an address in another state is another place
        #expect(matcher.match(Query(name: "X", city: nil, state: "NM", zip: nil, address: "300 EL RANCHO WAY")) == nil)
    }

    @Test("when names at a shared address cannot decide, the type does: a hold room is not the main facility")
    func typeDecides() {
        let matcher = FacilityNameMatcher(candidates: [
            Candidate(code: "PISPCTX", name: "PORT ISABEL", city: "LOS FRESNOS", state: "TX", zip: nil,
                      address: "27991 BUENA VISTA BLVD", type: "SPC"),
            Candidate(code: "PISHOLD", name: "PORT ISABEL", city: "LOS FRESNOS", state: "TX", zip: nil,
                      address: "27991 Buena Vista Boulevard", type: "HOLD"),
        ])
        let untyped = matcher.match(Query(name: "PORT ISABEL DETENTION", city: nil, state: "TX", zip: nil, address: "27991 BUENA VISTA BLVD"))
        // a name that does not say HOLD is the main facility, not the hold room beside it
        #expect(untyped?.code == "PISPCTX" && untyped?.isAccepted == true)
        let hold = matcher.match(Query(name: "PORT ISABEL DETENTION", city: nil, state: "TX", zip: nil,
                                       address: "27991 BUENA VISTA BLVD", type: "HOLD"))
        #expect(hold?.code == "PISHOLD" && hold?.isAccepted == true && hold?.method == .address)
    }

    @Test("a fuzzy match needs a distinctive word in common: Eloy is not Yavapai for sharing DETENTION CENTER")
    func distinctiveWords() {
        let matcher = FacilityNameMatcher(candidates: [
            Candidate(code: "EAZ", name: "ELOY FEDERAL CONTRACT FACILITY", city: "ELOY", state: "AZ", zip: "85131"),
            Candidate(code: "YAVCVAZ", name: "YAVAPAI COUNTY DETENTION CENTER", city: "CAMP VERDE", state: "AZ", zip: nil),
            Candidate(code: "BAKERFL", name: "BAKER COUNTY SHERIFF'S OFFICE", city: "MACCLENNY", state: "FL", zip: nil),
            Candidate(code: "FLBAKCI", name: "BAKER C. I.", city: nil, state: "FL", zip: nil),
            Candidate(code: "GLADEFL", name: "GLADES COUNTY DETENTION CENTER", city: "MOORE HAVEN", state: "FL", zip: nil),
            Candidate(code: "OKCIMMC", name: "CIMARRON CORRECTIONAL FACILITY", city: nil, state: nil, zip: nil),
        ])
        let eloy = matcher.match(Query(name: "Eloy Detention Center", city: nil, state: "AZ", zip: nil))
        #expect(eloy?.code == "EAZ" && eloy?.isAccepted == true)
        #expect(eloy?.evidence?.contains("ELOY") == true)
        let baker = matcher.match(Query(name: "Baker County Detention Center", city: nil, state: "FL", zip: nil))
        #expect(baker?.code == "BAKERFL")
        // a slip of the keyboard in a long word still agrees
        #expect(matcher.match(Query(name: "CIMMARRON CORR FACILITY", city: "CUSHING", state: "OK", zip: nil))?.code == "OKCIMMC")
        // generic words alone never match
        #expect(matcher.match(Query(name: "COUNTY DETENTION CENTER", city: nil, state: "AZ", zip: nil)) == nil)
        // and a hospital is not a jail for sharing a county's name
        let psychiatric = FacilityNameMatcher(candidates: [
            Candidate(code: "HCPSYTX", name: "HARRIS COUNTY PSYCHIATRIC CENTER", city: "HOUSTON", state: "TX", zip: nil)])
        #expect(psychiatric.match(Query(name: "Harris County Jail", city: "Houston", state: "TX", zip: nil))?.isAccepted != true)
    }

    @Test("with no state, a name of generic words only ties to nothing, and a hospital never wins for a jail's name")
    func statelessGenericNames() {
        // given the DC hospital whose parenthesised state, `(DC)`, folds to DETENTION CENTER, and a few jails
        let matcher = FacilityNameMatcher(candidates: [
            Candidate(code: "SEH", name: "ST. ELIZABETH'S HOSPITAL (DC)", city: "WASHINGTON", state: "DC", zip: "20032"),
            Candidate(code: "POLKCFL", name: "POLK COUNTY JAIL", city: "BARTOW", state: "FL", zip: nil),
            Candidate(code: "IGPROTX", name: "PROCESSING CENTER", city: nil, state: "TX", zip: nil),
            Candidate(code: "EAZ", name: "ELOY FEDERAL CONTRACT FACILITY", city: "ELOY", state: "AZ", zip: nil),
        ])
        // the aside `(DC)` is no name of its own
        #expect(FacilityNameWords.variants("ST. ELIZABETH'S HOSPITAL (DC)").count == 1)
        // when generic runs of words, as agenda items and award descriptions give them, are asked with no state
        for generic in ["DETENTION CENTER", "COUNTY DETENTION CENTER", "Some County Detention Center", "ICE PROCESSING CENTER",
                        "PROCESSING CENTER", "COUNTY JAIL", "A NEW DETENTION CENTER"] {
            let match = matcher.match(Query(name: generic, city: nil, state: nil, zip: nil))
            // then none is accepted, and none goes to the hospital
            #expect(match?.isAccepted != true, "\(generic) → \(String(describing: match))")
            #expect(match?.code != "SEH", "\(generic) → SEH")
        }
        // and in the hospital's own state a county's detention centre is still not the hospital
        #expect(matcher.match(Query(name: "Washington County Detention Center", city: nil, state: "DC", zip: nil))?.isAccepted != true)
        #expect(matcher.match(Query(name: "Washington County Detention Center", city: nil, state: nil, zip: nil))?.code != "SEH")
        // while a distinctive name still ties with no state, and the hospital's own name still finds it
        #expect(matcher.match(Query(name: "Eloy Detention Center", city: nil, state: nil, zip: nil))?.code == "EAZ")
        #expect(matcher.match(Query(name: "St Elizabeths Hospital", city: nil, state: nil, zip: nil))?.code == "SEH")
    }

    @Test("two codes tied, or nearly, for the best score are never accepted")
    func ties() {
        let matcher = FacilityNameMatcher(candidates: [
            Candidate(code: "HANCOMS", name: "HANCOCK COUNTY JAIL", city: "BAY ST. LOUIS", state: "MS", zip: nil),
            Candidate(code: "HANCOM2", name: "HANCOCK COUNTY JAIL", city: "GULFPORT", state: "MS", zip: nil),
        ])
        let match = matcher.match(Query(name: "HANCOCK JAIL", city: nil, state: "MS", zip: nil))
        #expect(match != nil && match?.isAccepted == false)
        #expect(match?.evidence?.contains("close to") == true)
        // the city decides between equal names
        #expect(matcher.match(Query(name: "HANCOCK COUNTY JAIL", city: "Gulfport", state: "MS", zip: nil))?.code == "HANCOM2")
    }

    @Test("edit distance")
    func editDistance() {
        #expect(EditDistance.between("CIMMARRON", "CIMARRON", limit: 1) == 1)
        #expect(EditDistance.between("LINDE-CEPERO", "LINDE-CERRO", limit: 2) == 2)
        #expect(EditDistance.between("STEWART", "STEWARD", limit: 0) == nil)
        #expect(EditDistance.between("", "A", limit: 1) == 1)
    }
}
