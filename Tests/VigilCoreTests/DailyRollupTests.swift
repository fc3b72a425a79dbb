import Testing
import VigilCore

@Suite("Daily roll-ups")
struct DailyRollupTests {
    let day = CalendarDate(iso: "2025-03-01")!

    @Test("each kind of area adds up to the national figure, and unknown codes are not lost")
    func addsUp() {
        // given two registry facilities in one AOR with different operators, and one code the registry lacks
        let days = [(code: "STWRTGA", date: day, midnight: 1_400, allDay: 1_450),
                    (code: "IRWINGA", date: day, midnight: 600, allDay: 620),
                    (code: "NEWCODE", date: day, midnight: 50, allDay: 55)]
        let groups = [
            "STWRTGA": DailyRollup.FacilityGroups(areaOfResponsibility: "ATL", facilityType: "DIGSA", operatorKind: "private"),
            "IRWINGA": DailyRollup.FacilityGroups(areaOfResponsibility: "ATL", facilityType: "IGSA", operatorKind: "public"),
        ]
        // when rolled up
        let rows = DailyRollup.rows(days: days, groups: groups)
        // then
        func value(_ kind: DailyRollup.AreaKind, _ area: String) -> (Int, Int, Int)? {
            rows.first { $0.areaKind == kind && $0.area == area }.map { ($0.midnight, $0.allDay, $0.facilities) }
        }
        #expect(value(.national, "national")! == (2_050, 2_125, 3))
        #expect(value(.aor, "ATL")! == (2_000, 2_070, 2))
        #expect(value(.aor, DailyRollup.notInRegistry)! == (50, 55, 1))
        #expect(value(.operatorKind, "private")! == (1_400, 1_450, 1))
        #expect(value(.facilityType, "IGSA")! == (600, 620, 1))
        for kind in DailyRollup.AreaKind.allCases {
            #expect(rows.filter { $0.areaKind == kind }.map(\.midnight).reduce(0, +) == 2_050)
        }
    }
}
