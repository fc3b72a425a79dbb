import Testing
import VigilCore

/// Case values checked field by field, as the web form and the CSV import both rely on.
@Suite("Casework values")
struct CaseworkValuesTests {
    static let today = CalendarDate(year: 2025, month: 6, day: 1)!

    @Test("A-numbers: nine digits, optionally after an A and with dashes or spaces", arguments: [
        ("A123456789", "A123-456-789"), ("a-123-456-789", "A123-456-789"), ("123 456 789", "A123-456-789"),
        ("A 123-456-789", "A123-456-789"), (" 012345678 ", "A012-345-678"),
    ])
    func aNumbers(text: String, shown: String) {
        #expect(ANumber(text)?.description == shown)
    }

    @Test("not A-numbers: eight or ten digits, letters, doubled or trailing dashes", arguments: [
        "12345678", "1234567890", "A12345678B", "A123--456-789", "123-456-789-", "", "A", "B123456789", "１２３４５６７８９",
    ])
    func notANumbers(text: String) {
        #expect(ANumber(text) == nil)
    }

    static func draft(_ change: (inout CaseDraft) -> Void = { _ in }) -> CaseDraft {
        var draft = CaseDraft()
        draft[.name] = "Ana Prueba"
        draft[.aNumber] = "A123-456-789"
        draft[.birthDate] = "1990-01-02"
        draft[.citizenship] = "Honduras"
        draft[.facility] = "STWRTGA"
        draft[.detainedOn] = "2025-03-04"
        change(&draft)
        return draft
    }

    @Test("a complete draft becomes a case; lists, money, yes/no and evidence are read")
    func valid() throws {
        let file = try Self.draft {
            $0[.languages] = "Spanish; K'iche'"
            $0[.priorBond] = "$7,500"
            $0[.pregnant] = "Yes"
            $0[.conditions] = "Diabetes; high blood pressure"
            $0[.criminal] = "misdemeanor; Misdemeanor"
            $0[.evidence] = "pregnant | Clinic letter | 2025-05-01 | kept\nsponsor | Lease"
            $0[.nextHearing] = "2025-07-01"
        }.validated(today: Self.today).get()
        #expect(file.languages == ["Spanish", "K'iche'"] && file.priorBondCents == 750_000 && file.pregnant)
        #expect(file.conditions == ["diabetes", "high blood pressure"] && file.criminal == [.misdemeanor, .misdemeanor])
        #expect(file.evidence == [EvidenceDocument(fact: "pregnant", title: "Clinic letter", date: CalendarDate(iso: "2025-05-01"), status: .kept),
                                  EvidenceDocument(fact: "sponsor", title: "Lease", status: .missing)])
        #expect(file.age(on: Self.today) == 35 && file.daysDetained(asOf: Self.today) == 89)
        // and a stored case shown as a draft validates to itself
        #expect(try CaseDraft(file).validated(today: Self.today).get() == file)
    }

    @Test("every bad field is named, in field order", arguments: [
        (CaseField.aNumber, "A-12", "is not an A-number"),
        (.birthDate, "1990-02-30", "is not a date written YYYY-MM-DD"),
        (.birthDate, "1850-01-01", "before 1900-01-01"),
        (.detainedOn, "2025-06-02", "is in the future"),
        (.priorBond, "lots", "is not an amount in dollars"),
        (.pregnant, "maybe", "is neither yes nor no"),
        (.criminal, "felony; parking", "is neither felony nor misdemeanor"),
        (.conditions, "diabetes; gout", "is not a condition the criteria file lists"),
        (.custodyStatus, "escaped", "is not one of"),
        (.evidence, "just a title", "is not written"),
        (.evidence, "x | y | 2025-13-01 | kept", "is not a date"),
        (.name, "   ", "Required, but blank."),
    ])
    func refused(field: CaseField, value: String, message: String) {
        let result = Self.draft { $0[field] = value }.validated(today: Self.today)
        guard case .failure(let invalid) = result else {
            Issue.record("\(field) “\(value)” was accepted")
            return
        }
        #expect(invalid.problems.count == 1)
        #expect(invalid.problem(with: field)?.message.contains(message) == true, "\(invalid)")
    }

    @Test("detention before birth is refused")
    func detainedBeforeBirth() {
        let result = Self.draft { $0[.detainedOn] = "1980-01-01" }.validated(today: Self.today)
        guard case .failure(let invalid) = result else { Issue.record("accepted"); return }
        #expect(invalid.problem(with: .detainedOn)?.message.contains("before the date of birth") == true)
    }

    @Test("dollar amounts are read into exact cents", arguments: [("1500", 150_000), ("$1,500", 150_000), ("1500.05", 150_005), ("0", 0)])
    func dollars(text: String, cents: Int) {
        #expect(DollarAmount.cents(from: text) == cents)
        #expect(DollarAmount.cents(from: DollarAmount.format(cents: cents)) == cents)
    }

    @Test("custody events: a transfer names its facility, a bond its amount, and nothing is dated in the future")
    func events() throws {
        #expect(throws: CustodyEventInvalid.self) { try CustodyEventDraft(kind: "transferred", date: "2025-05-01").validated(today: Self.today).get() }
        #expect(throws: CustodyEventInvalid.self) { try CustodyEventDraft(kind: "bond-set", date: "2025-05-01").validated(today: Self.today).get() }
        #expect(throws: CustodyEventInvalid.self) { try CustodyEventDraft(kind: "released", date: "2025-07-01").validated(today: Self.today).get() }
        #expect(throws: CustodyEventInvalid.self) { try CustodyEventDraft(kind: "escaped", date: "2025-05-01").validated(today: Self.today).get() }
        let bond = try CustodyEventDraft(kind: "Bond-Set", date: "2025-05-01", amount: "$3,000").validated(today: Self.today).get()
        #expect(bond.kind == .bondSet && bond.amountCents == 300_000 && bond.kind.resultingStatus == nil)
        #expect(CustodyEvent.Kind.transferred.resultingStatus == .detained && CustodyEvent.Kind.paroled.resultingStatus == .paroled)
    }

    static func item(_ id: Int, _ change: (inout CaseFile) -> Void = { _ in }, paths: [ScreeningPath] = [],
                     facility: FacilityRecord? = nil) throws -> ReleaseQueue.Item {
        var file = try draft().validated(today: today).get()
        change(&file)
        return ReleaseQueue.Item(caseID: id, file: file, paths: paths, facility: facility)
    }

    @Test("the queue ranks by the stated points: a met path, then vulnerability, time, the facility's record and a near hearing")
    func queue() throws {
        let meets = ScreeningPath(rule: "ICE Directive 11032.4", kind: .pregnancyDirective, status: .meets, because: ["pregnant"],
                                  missingEvidence: ["Proof of pregnancy"], source: "ICE Directive 11032.4", effective: "2021-07-01")
        let block = ScreeningPath(rule: "INA 241(a)", kind: .mandatoryDetention, status: .blocked, because: ["final order"],
                                  missingEvidence: [], source: "INA 241(a)", effective: "")
        let items = [
            try Self.item(1),
            try Self.item(2, { $0.pregnant = true }, paths: [meets]),
            try Self.item(3, { $0.nextHearing = CalendarDate(year: 2025, month: 6, day: 5) }),
            try Self.item(4, { $0.conditions = ["diabetes"] }, facility: FacilityRecord(name: "X", deaths: 2, failedInspections: 5, segregationPlacements: 60)),
            try Self.item(5, paths: [meets, block]),
        ]
        let ranked = ReleaseQueue.rank(items, asOf: Self.today)
        #expect(ranked.map(\.item.caseID) == [2, 4, 5, 3, 1])
        let top = try #require(ranked.first)
        #expect(top.points[.paths] == 12 && top.points[.vulnerability] == 4 && top.points[.timeDetained] == 2 && top.score == 18)
        #expect(top.checklist.map(\.english) == ["Proof of pregnancy"])
        #expect(ranked[1].points[.facilityRecord] == 4 + 3 + 2 && ranked[1].points[.vulnerability] == 2)
        #expect(ranked[2].points[.paths] == 6)
        #expect(ranked[3].points[.hearing] == 5)
        #expect(ranked.map(\.rank) == [1, 2, 3, 4, 5])
    }

    @Test("a slug is lower-case letters, digits and single dashes", arguments: [("south-texas-legal", true), ("a1", true), ("A-team", false),
                                                                             ("-x", false), ("x--y", false), ("x", false), ("with space", false)])
    func slugs(text: String, valid: Bool) {
        #expect(Organization.isValidSlug(text) == valid)
    }

    @Test("only members read; a Vigil admin only under a live grant; break-glass never changes a case")
    func access() {
        #expect(CaseAccess.decide(siteRole: .viewer, membership: .intake, hasLiveGrant: false).mayChangeCases)
        #expect(!CaseAccess.decide(siteRole: .editor, membership: nil, hasLiveGrant: true).mayReadCases)
        #expect(CaseAccess.decide(siteRole: .admin, membership: nil, hasLiveGrant: false) == .adminWithoutGrant)
        let glass = CaseAccess.decide(siteRole: .admin, membership: nil, hasLiveGrant: true)
        #expect(glass.mayReadCases && !glass.mayChangeCases && glass.auditGround == "break-glass")
    }

    @Test("the demo's cases are valid cases, every one labelled synthetic, with A-numbers no real person has")
    func demoCases() throws {
        let cases = DemoCases.cases(at: ["a", "b", "c"], today: Self.today)
        #expect(cases.count == 4)
        for file in cases {
            #expect(file.name.hasSuffix("(synthetic)") && file.aNumber.digits.hasPrefix("000"))
            // (that it is invented is said by the case page in the reader's language, not stored in English)
            #expect(file.notes == nil && file.medicalNotes?.contains("Synthetic") != true)
            #expect(try CaseDraft(file).validated(today: Self.today).get() == file)
        }
        #expect(DemoCases.cases(at: ["a"], today: Self.today).isEmpty)
        // a demo case stored by an older demo reads without its English sentence, and nothing else is cut
        #expect(DemoCases.withoutLegacyNote("Synthetic demo case: an invented person, to show the pages. Not a real case.") == nil)
        #expect(DemoCases.withoutLegacyNote("Insulin-dependent. Synthetic demo case: an invented person, to show the bond fund's pages. Not a real case.")
                == "Insulin-dependent.")
        #expect(DemoCases.withoutLegacyNote("Synthetic demo case: see the file.") == "Synthetic demo case: see the file.")
    }
}
