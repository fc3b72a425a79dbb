import Foundation
import Testing
import VigilCore
import VigilTestSupport

@Suite("Organization names: sort keys and clusters")
struct OrganizationClusterTests {
    @Test("sort keys set a leading “The” aside and fold case and accents", arguments: [
        ("The Bronx Defenders", "bronx defenders"), ("the Advocates for Human Rights", "advocates for human rights"),
        ("Mujeres Latinas en Acción", "mujeres latinas en accion"), ("Theatre of the Oppressed", "theatre of the oppressed"),
        ("The", "the"),
    ])
    func sortKeys(name: String, key: String) {
        #expect(OrganizationName.sortKey(name) == key)
    }

    @Test("“The Bronx Defenders” files under B, between Border and Bridges")
    func alphabetised() {
        let names = ["Bridges Faith Initiative", "The Bronx Defenders", "Border Butterflies Project", "Black Alliance for Just Immigration (BAJI)"]
        #expect(names.sorted { OrganizationName.sortKey($0) < OrganizationName.sortKey($1) }
                == ["Black Alliance for Just Immigration (BAJI)", "Border Butterflies Project", "Bridges Faith Initiative", "The Bronx Defenders"])
    }

    @Test("near-duplicates fold to one comparison key", arguments: [
        ("Make the Road NY", "Make The Road New York"),
        ("Make The Road CT", "Make the Road Connecticut"),
        ("Arab Resource & Organizing Center (AROC)", "Arab Resource and Organizing Center"),
        ("Transformations CDC", "Transformations Community Development Corporation"),
        ("The Bronx Defenders", "Bronx Defenders"),
        ("Florida Legal Services, Inc.", "Florida Legal Services"),
        ("Calif Coalition for Women Prisoners", "California Coalition for Women Prisoners"),
        ("Lawyers' Committee for Civil Rights", "Lawyers Committee for Civil Rights"),
        ("Mujeres Latinas en Acción", "MUJERES LATINAS EN ACCION"),
    ])
    func sameKey(a: String, b: String) {
        #expect(OrganizationName.comparisonKey(a) == OrganizationName.comparisonKey(b))
    }

    @Test("different organizations keep different keys", arguments: [
        ("Make the Road NY", "Make the Road Nevada"),
        ("Make The Road CT", "Make the Road NY"),
        ("American Friends Service Committee (AFSC)", "American Friends Service Committee, Colorado"),
        ("Indivisible Denver", "Indivisible Chicago Alliance"),
        ("Orange County Justice Fund", "Orange County Equality Coalition"),
    ])
    func differentKeys(a: String, b: String) {
        #expect(OrganizationName.comparisonKey(a) != OrganizationName.comparisonKey(b))
    }

    @Test("clusters put near-duplicates side by side: same key, acronym, one-letter typo; never another chapter")
    func clusters() {
        // given signatures as a sign-on form gathers them
        let names = [
            "Make the Road NY", "Make The Road New York", "Make the Road Nevada", "Make the Road New Jersey",
            "Coalition for Humane Immigrant Rights (CHIRLA)", "CHIRLA",
            "Detention Watch Network", "Detention Wach Network",
            "National Immigrant Justice Center", "National Immigration Law Center",
            "The Bronx Defenders", "Bronx Defenders",
            "Transformations CDC",
        ]
        let entries = names.enumerated().map { OrganizationClusters.Entry(id: $0.offset, name: $0.element) }
        // when clustered
        let clusters = OrganizationClusters.clusters(entries).map { $0.map { names[$0] } }
        // then each group holds exactly the spellings of one organization, in input order
        #expect(clusters == [
            ["Make the Road NY", "Make The Road New York"],
            ["Coalition for Humane Immigrant Rights (CHIRLA)", "CHIRLA"],
            ["Detention Watch Network", "Detention Wach Network"],
            ["The Bronx Defenders", "Bronx Defenders"],
        ])
    }

    @Test("the seed letter's 193 organizations hold no near-duplicates", SharedSeeds.required("001"))
    func seedHasNoClusters() throws {
        let letter = try PlainTextLetter.parse(try SharedSeeds.text("001"))
        let entries = letter.organizations.enumerated().map { OrganizationClusters.Entry(id: $0.offset, name: $0.element) }
        #expect(OrganizationClusters.clusters(entries).isEmpty)
    }
}
