import Foundation
import Testing
import VigilCore

/// The screener's JSON contract: the input's snake_case fields and dates, refusals that name
/// the field, and the output's shape.
@Suite("Screener: JSON contract")
struct ScreenerJSONTests {
    static func decode(_ json: String) throws -> ScreeningFacts {
        try JSONDecoder().decode(ScreeningFacts.self, from: Data(json.utf8))
    }

    @Test("every field of the contract is read, dates as YYYY-MM-DD")
    func readsEveryField() throws {
        let facts = try Self.decode("""
            {"citizenship": "Venezuela", "entered_us": "2019-05-01", "continuously_present_since": "2019-06-01",
             "birth_date": "1968-02-29", "pregnant": false, "postpartum_since": "2025-01-02", "nursing": true,
             "conditions": ["diabetes", "high blood pressure"], "serious_mental_disorder": false, "disability": null,
             "criminal": ["misdemeanor"], "arriving": false, "final_order": false}
            """)
        #expect(facts == ScreeningFacts(
            citizenship: "Venezuela", enteredUS: CalendarDate(iso: "2019-05-01"), continuouslyPresentSince: CalendarDate(iso: "2019-06-01"),
            birthDate: CalendarDate(iso: "1968-02-29"), pregnant: false, postpartumSince: CalendarDate(iso: "2025-01-02"), nursing: true,
            conditions: ["diabetes", "high blood pressure"], seriousMentalDisorder: false, disability: nil, criminal: [.misdemeanor],
            arriving: false, finalOrder: false))
        // and it round-trips through its own encoding
        #expect(try JSONDecoder().decode(ScreeningFacts.self, from: JSONEncoder().encode(facts)) == facts)
        // a 29 February birthday turns a year older on 1 March
        #expect(facts.age(on: CalendarDate(iso: "2025-02-28")!) == 56)
        #expect(facts.age(on: CalendarDate(iso: "2025-03-01")!) == 57)
    }

    @Test("bad input is refused naming the field", arguments: [
        (#"{"pregant": true}"#, "pregant"),
        (#"{"birth_date": "1990-02-30"}"#, "birth_date"),
        (#"{"entered_us": "05/01/2019"}"#, "entered_us"),
        (#"{"entered_us": 20190501}"#, "entered_us"),
        (#"{"pregnant": "yes"}"#, "pregnant"),
        (#"{"conditions": ["diabetes", "gout"]}"#, "conditions[1]"),
        (#"{"conditions": "diabetes"}"#, "conditions"),
        (#"{"criminal": ["felony", "arrest"]}"#, "criminal[1]"),
        (#"["citizenship"]"#, "(input)"),
    ])
    func refusals(json: String, field: String) {
        #expect { try Self.decode(json) } throws: { error in
            (error as? ScreeningFactsError)?.field == field
        }
    }

    @Test("facts dated after the screening day are refused, naming the field")
    func validateAgainstDay() throws {
        let facts = ScreeningFacts(birthDate: CalendarDate(iso: "1990-01-01"), postpartumSince: CalendarDate(iso: "2025-07-01"))
        #expect(throws: ScreeningFactsError(field: "postpartum_since", "2025-07-01 is after the screening date 2025-06-01")) {
            try facts.validate(asOf: CalendarDate(iso: "2025-06-01")!)
        }
        try facts.validate(asOf: CalendarDate(iso: "2025-07-01")!)
    }

    @Test("the result is the contract: as_of, paths of rule, kind, status, because, missing_evidence, source, effective")
    func resultShape() throws {
        let result = ReleaseScreener(tpsDesignations: []).screen(ScreeningFacts(pregnant: true), asOf: CalendarDate(iso: "2025-06-01")!)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(result)) as? [String: Any])
        #expect(Set(object.keys) == ["as_of", "paths", "notice"])
        #expect(object["as_of"] as? String == "2025-06-01")
        let paths = try #require(object["paths"] as? [[String: Any]])
        for path in paths {
            #expect(Set(path.keys) == ["rule", "kind", "status", "because", "missing_evidence", "source", "effective"])
        }
        #expect(Set(paths.compactMap { $0["status"] as? String }).isSubset(of: ["meets", "may-meet", "blocked", "not-met"]))
        #expect(try JSONDecoder().decode(ScreeningResult.self, from: JSONEncoder().encode(result)) == result)
    }
}
