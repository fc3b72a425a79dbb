import Testing
@testable import VigilCore

@Suite("Operator evidence: methods and their precedence")
struct OperatorEvidenceTests {
    static let date = CalendarDate(year: 2026, month: 2, day: 2)!

    static func record(_ method: OperatorEvidenceMethod, _ name: String?, _ iso: String = "2025-10-01") -> OperatorRecord {
        var r = OperatorRecord(code: "X", asOfDate: CalendarDate(iso: iso)!, source: method.rawValue + ".csv")
        r.operatorName = name
        r.method = method
        r.citation = "\(method.rawValue).csv, row 2"
        return r
    }

    @Test("each row takes the first method, in order, that has evidence", arguments: [
        // cited records beat lists by name and place, which beat awards
        ([record(.citedRecord, "COUNTY"), record(.nameAndPlace, "GEO Group"), record(.contractAward, "CORECIVIC, INC.")], "CDF", "X COUNTY JAIL",
         OperatorEvidenceMethod.citedRecord, OperatorKind.public),
        ([record(.nameAndPlace, "GEO Group"), record(.contractAward, "AKIMA GLOBAL SERVICES, LLC")], "IGSA", "X COUNTY JAIL", .nameAndPlace, .private),
        ([record(.contractAward, "THE GEO GROUP, INC.")], "IGSA", "X COUNTY JAIL", .contractAward, .private),
        // a record whose operator says nothing (blank, OTHER) is no evidence: the next method decides
        ([record(.citedRecord, "OTHER"), record(.citedRecord, nil)], "CDF", "SOMEWHERE", .facilityType, .private),
        // the type method: ICE's definitions decide CDF (private) and BOP (public) only
        ([], "CDF", "DENVER CONTRACT DETENTION FACILITY", .facilityType, .private),
        ([], "USMS CDF", "SOMEWHERE", .facilityType, .private),
        ([], "BOP", "FCI SOMEWHERE", .facilityType, .public),
        // the inference: an IGSA or USMS IGA local jail
        ([], "USMS IGA", "BUTLER COUNTY JAIL", .localGovernmentInference, .public),
        ([], "IGSA", "BAKER CO SHERIFF DEPT.", .localGovernmentInference, .public),
    ] as [([OperatorRecord], String, String, OperatorEvidenceMethod, OperatorKind)])
    func precedence(records: [OperatorRecord], type: String, name: String, method: OperatorEvidenceMethod, kind: OperatorKind) {
        let evidence = OperatorEvidence.resolve(records: records, type: type, name: name, on: Self.date)
        #expect(evidence?.method == method)
        #expect(evidence?.kind == kind)
    }

    @Test("no method decides an SPC, a DIGSA, an IGSA without a local-government name, or a row with no type", arguments: [
        ("SPC", "KROME NORTH SERVICE PROCESSING CENTER"), ("DIGSA", "STEWART COUNTY DETENTION CENTER"),
        ("IGSA", "RICHWOOD CORRECTIONAL CENTER"), ("FAMILY", "DILLEY"), ("STAGING", "MIAMI STAGING FACILITY"),
    ] as [(String, String)])
    func undecided(type: String, name: String) {
        #expect(OperatorEvidence.resolve(records: [], type: type, name: name, on: Self.date) == nil)
        #expect(OperatorEvidence.resolve(records: [], type: nil, name: "COUNTY JAIL", on: Self.date) == nil)
    }

    @Test("within a method, the record in force on the release date is used")
    func inForceWithinMethod() {
        let old = Self.record(.nameAndPlace, "COUNTY", "2015-01-01"), new = Self.record(.nameAndPlace, "GEO Group", "2025-10-01")
        #expect(OperatorEvidence.resolve(records: [old, new], type: nil, name: "", on: Self.date)?.operatorName == "GEO Group")
        #expect(OperatorEvidence.resolve(records: [old, new], type: nil, name: "", on: CalendarDate(year: 2020, month: 1, day: 1)!)?.operatorName == "COUNTY")
    }

    @Test("the share counts private and public ADP by method, and the letter's claim is a range")
    func claim() {
        let shares = PrivateShare.compute(asOf: Self.date, [
            .init(adp: 800, kind: .private, areaOfResponsibility: nil, state: nil, type: "CDF", method: .facilityType),
            .init(adp: 100, kind: .private, areaOfResponsibility: nil, state: nil, type: "DIGSA", method: .nameAndPlace),
            .init(adp: 50, kind: .public, areaOfResponsibility: nil, state: nil, type: "IGSA", method: .localGovernmentInference),
            .init(adp: 50, kind: .unknown, areaOfResponsibility: nil, state: nil, type: "SPC"),
        ])
        let national = shares.first { $0.areaKind == .national }!
        #expect(national.privateADPByMethod == [.facilityType: 800, .nameAndPlace: 100])
        #expect(national.adp(decidedBy: .localGovernmentInference) == 50)
        let claim = PrivateShareClaim(national)
        #expect(claim.lowerBound == 0.9 && claim.upperBound == 0.95)
        // 90% is not “over 90%”, but unknowns could lift it over: undecided
        #expect(claim.verdict == .undecided)
        #expect(PrivateShareClaim(PrivateShare.compute(asOf: Self.date, [
            .init(adp: 10, kind: .private, areaOfResponsibility: nil, state: nil, type: nil, method: .citedRecord),
            .init(adp: 90, kind: .public, areaOfResponsibility: nil, state: nil, type: nil, method: .citedRecord),
        ]).first!).verdict == .fails)
    }

    @Test("award descriptions qualify only for detention services, and yield the names they may hold")
    func awards() {
        func award(_ description: String, related: Bool = true) -> ContractAward {
            ContractAward(awardID: "A1", recipient: "THE GEO GROUP, INC.", description: description, placeState: "FL", placeCounty: nil,
                          date: Self.date, detentionRelated: related, sourceRow: 2)
        }
        #expect(ContractAwardEvidence.qualifies(award("DETENTION AND TRANSPORTATION SERVICES AT ADELANTO ICE PROCESSING CENTER")))
        #expect(!ContractAwardEvidence.qualifies(award("DETENTION AND TRANSPORTATION SERVICES AT ADELANTO ICE PROCESSING CENTER", related: false)))
        #expect(!ContractAwardEvidence.qualifies(award("ROOF REPLACEMENT AT THE PORT ISABEL DETENTION CENTER")))
        #expect(!ContractAwardEvidence.qualifies(award("THIS IS A TASK ORDER FOR THE MINIMUM OBLIGATION UNDER THE ... EMERGENCY DETENTION AND RELATED SERVICES")))
        let names = ContractAwardEvidence.candidateNames(in: "DETENTION SERVICES AT THE DESERT VIEW ANNEX LOCATED IN ADELANTO, CA")
        #expect(names.contains("DESERT VIEW ANNEX") && names.contains("THE DESERT VIEW ANNEX"))
        #expect(ContractAwardEvidence.statesNamed(in: "ANNEX LOCATED IN ADELANTO, CA FOR LOS ANGELES", among: ["CA", "IN", "FL"]) == ["CA"])
    }
}
