import Testing
@testable import VigilCore

@Suite("Facility registry: operators and name matching")
struct FacilityRegistryCoreTests {
    @Test("operator names are classified by the documented rule", arguments: [
        ("GEO", OperatorKind.private), ("CCA", .private), ("CoreCivic", .private), ("M&TC", .private), ("LASALLE CORRECTIONS", .private),
        ("AHTNA (GUARD)", .private), ("AKAL (GUARD)", .private), ("COUNTY (SHERIFF)", .public), ("CITY", .public), ("BOP", .public),
        ("FEDERAL", .public), ("USMS", .public), ("ICE", .public), ("OTHER", .unknown), ("HOTEL", .unknown), ("", .unknown),
        ("Some New Company LLC", .unknown),
    ])
    func classifies(name: String, kind: OperatorKind) {
        #expect(OperatorClassifier.kind(of: name) == kind)
    }

    @Test("the operator in force is the latest on or before the date, else the earliest")
    func operatorInForce() {
        // given records from 2015 and 2017
        var a = OperatorRecord(code: "X", asOfDate: CalendarDate(year: 2015, month: 12, day: 8)!, source: "2015")
        a.operatorName = "COUNTY"
        var b = OperatorRecord(code: "X", asOfDate: CalendarDate(year: 2017, month: 11, day: 6)!, source: "2017")
        b.operatorName = "GEO"
        // then a 2016 date uses 2015's, a 2024 date 2017's, a 2010 date the earliest
        #expect(OperatorRecord.inForce(on: CalendarDate(year: 2016, month: 1, day: 1)!, among: [b, a])?.source == "2015")
        #expect(OperatorRecord.inForce(on: CalendarDate(year: 2024, month: 1, day: 1)!, among: [a, b])?.source == "2017")
        #expect(OperatorRecord.inForce(on: CalendarDate(year: 2010, month: 1, day: 1)!, among: [b, a])?.source == "2015")
    }

    @Test("names match exactly, after normalisation, fuzzily, or not at all")
    func matching() {
        let matcher = FacilityNameMatcher(candidates: [
            .init(code: "STWRTGA", name: "STEWART DETENTION CENTER", city: "LUMPKIN", state: "GA", zip: "31815"),
            .init(code: "ALAMANC", name: "ALAMANCE COUNTY DETENTION FACILITY", city: "GRAHAM", state: "NC", zip: nil),
            .init(code: "OTHERGA", name: "IRWIN COUNTY DETENTION CENTER", city: "OCILLA", state: "GA", zip: nil),
        ])
        #expect(matcher.match(.init(name: "Stewart  Detention Center", city: nil, state: "GA", zip: nil))?.method == .exact)
        #expect(matcher.match(.init(name: "ALAMANCE CO. DET. FAC.", city: nil, state: "NC", zip: nil))?.method == .normalized)
        let fuzzy = matcher.match(.init(name: "STEWART DET CENTRE LUMPKIN", city: "LUMPKIN", state: "GA", zip: nil))
        #expect(fuzzy?.method == .fuzzy && fuzzy?.code == "STWRTGA" && fuzzy?.isAccepted == true)
        // an annex is its own place until a list or a person says otherwise (Folkston's main and annex have two codes)
        let annex = matcher.match(.init(name: "STEWART DETENTION CTR ANNEX", city: "LUMPKIN", state: "GA", zip: nil))
        #expect(annex?.code == "STWRTGA" && annex?.isAccepted == false)
        // a name in another state never matches
        #expect(matcher.match(.init(name: "STEWART DETENTION CENTER", city: nil, state: "TX", zip: nil)) == nil)
    }

    @Test("private share sums ADP by operator kind, nationally and by area")
    func privateShare() {
        let date = CalendarDate(year: 2024, month: 1, day: 1)!
        let shares = PrivateShare.compute(asOf: date, [
            .init(adp: 90, kind: .private, areaOfResponsibility: "ATL", state: "GA", type: "CDF"),
            .init(adp: 10, kind: .public, areaOfResponsibility: "ATL", state: "GA", type: "IGSA"),
            .init(adp: 100, kind: .unknown, areaOfResponsibility: "HOU", state: "TX", type: "IGSA"),
        ])
        let national = shares.first { $0.areaKind == .national }!
        #expect(national.privateShare == 0.45)
        #expect(national.privateShareOfKnown == 0.9)
        #expect(shares.first { $0.areaKind == .aor && $0.area == "ATL" }?.privateShare == 0.9)
    }
}
