import Testing
import VigilCore

private func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

/// The screener's rules other than TPS, one test (or one parameterized set) per rule:
/// 212.5(b)'s five groups, Directives 11032.4 and 11063.2, Fraihat, the mandatory-detention
/// grounds and what they block, the Guerra bond factors.
@Suite("Screener: rules")
struct ScreenerRuleTests {
    static let asOf = CalendarDate(iso: "2025-06-01")!
    static let screener = ReleaseScreener(tpsDesignations: [])

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func path(_ facts: ScreeningFacts, _ rule: String, on date: CalendarDate = asOf) throws -> ScreeningPath {
        try #require(screener.screen(facts, asOf: date).paths.first { $0.rule.hasPrefix(rule) }, "no path \(rule)")
    }

    @Test("every kind is screened, in the documented order, with a source and an effective date")
    func shape() {
        let result = Self.screener.screen(ScreeningFacts(), asOf: Self.asOf)
        #expect(result.asOf == Self.asOf)
        #expect(result.paths.map(\.kind.rawValue) == [
            "tps", "parole-212.5b", "parole-212.5b", "parole-212.5b", "parole-212.5b", "parole-212.5b", "directive-11032.4",
            "directive-11063.2", "fraihat", "fraihat", "mandatory-detention", "mandatory-detention", "mandatory-detention", "bond",
        ])
        for path in result.paths {
            #expect(!path.source.isEmpty && !path.effective.isEmpty && !path.because.isEmpty, "\(path.rule)")
        }
        // knowing nothing, nothing is met and the checklist asks for the facts
        #expect(result.paths.allSatisfy { $0.status == .notMet || $0.kind == .bond })
        #expect(result.paths(.bond)[0].status == .mayMeet)
    }

    @Test("Fraihat: age 55 is not over 55, 56 is", arguments: [
        ("2025-05-31", 55, ScreeningPath.Status.notMet),
        ("2025-06-01", 56, .meets),
    ])
    func ageOver55(on iso: String, age: Int, status: ScreeningPath.Status) throws {
        // given someone born on 1 June 1969, screened the day before and on their 56th birthday
        let facts = ScreeningFacts(birthDate: date("1969-06-01"), conditions: [])
        #expect(facts.age(on: Self.day(iso)) == age)
        let path = try Self.path(facts, "Fraihat subclass 1", on: Self.day(iso))
        #expect(path.status == status)
        #expect(path.because.contains { $0.contains("\(age) years old") })
        #expect(path.because.contains { $0.contains("no longer binding") })
    }

    @Test("Fraihat: every chronic condition the criteria file lists is a risk factor, by name or example",
          arguments: FraihatCondition.acceptedNames)
    func chronicCondition(name: String) throws {
        let path = try Self.path(ScreeningFacts(conditions: [name.uppercased()]), "Fraihat subclass 1")
        #expect(path.status == .meets)
        #expect(path.because.contains { $0.hasPrefix("chronic condition: ") && $0.contains(FraihatCondition(named: name)!.rawValue) })
        #expect(path.missingEvidence.contains { $0.contains(name.uppercased()) })
    }

    @Test("Fraihat: pregnancy is a risk factor; a disability may count (subclass 2); before the injunction nothing does")
    func fraihatOthers() throws {
        #expect(try Self.path(ScreeningFacts(pregnant: true), "Fraihat subclass 1").status == .meets)
        #expect(try Self.path(ScreeningFacts(disability: true), "Fraihat subclass 2").status == .mayMeet)
        #expect(try Self.path(ScreeningFacts(conditions: ["diabetes"]), "Fraihat subclass 1", on: date("2020-04-19")).status == .notMet)
        let binding = try Self.path(ScreeningFacts(conditions: ["diabetes"]), "Fraihat subclass 1", on: date("2021-01-01"))
        #expect(binding.status == .meets && binding.because.contains { $0.contains("binds ICE") })
    }

    @Test("Directive 11032.4: a pregnant person meets it; ICE generally should not detain")
    func pregnant() throws {
        let path = try Self.path(ScreeningFacts(pregnant: true, criminal: [], arriving: false, finalOrder: false), "ICE Directive 11032.4")
        #expect(path.kind == .pregnancyDirective && path.status == .meets)
        #expect(path.because.first == "pregnant")
        #expect(path.because.contains { $0.contains("field office director's approval and weekly re-evaluation") })
        #expect(path.missingEvidence.contains("medical confirmation of the pregnancy and its due date"))
        #expect(path.source.contains("11032.4") && path.effective == "2021-07-01")
        // and before the directive took effect it did not apply
        #expect(try Self.path(ScreeningFacts(pregnant: true), "ICE Directive 11032.4", on: date("2021-06-30")).status == .notMet)
    }

    @Test("Directive 11032.4: postpartum up to the first anniversary of the birth, and nursing", arguments: [
        (ScreeningFacts(pregnant: false, postpartumSince: date("2024-06-01"), nursing: false), ScreeningPath.Status.meets),
        (ScreeningFacts(pregnant: false, postpartumSince: date("2024-05-31"), nursing: false), .notMet),
        (ScreeningFacts(pregnant: false, postpartumSince: date("2023-01-01"), nursing: true), .meets),
        (ScreeningFacts(pregnant: false, nursing: false), .notMet),
    ])
    func postpartumAndNursing(facts: ScreeningFacts, status: ScreeningPath.Status) throws {
        #expect(try Self.path(facts, "ICE Directive 11032.4").status == status)
    }

    @Test("Directive 11063.2: a serious mental disorder meets it, and no ground blocks it", arguments: [
        (Optional(true), ScreeningPath.Status.meets), (false, .notMet), (nil, .notMet),
    ])
    func seriousMentalDisorder(value: Bool?, status: ScreeningPath.Status) throws {
        let path = try Self.path(ScreeningFacts(seriousMentalDisorder: value, criminal: [.felony]), "ICE Directive 11063.2")
        #expect(path.status == status)
        #expect(path.missingEvidence.isEmpty == (value == false))
    }

    @Test("8 CFR 212.5(b): each of the five groups, for an arriving person", arguments: [
        ("8 CFR 212.5(b)(1)", ScreeningFacts(conditions: ["kidney disease"], arriving: true), ScreeningPath.Status.mayMeet),
        ("8 CFR 212.5(b)(2)", ScreeningFacts(pregnant: true, arriving: true), .meets),
        ("8 CFR 212.5(b)(3)", ScreeningFacts(birthDate: date("2008-06-02"), arriving: true), .meets),
        ("8 CFR 212.5(b)(3)", ScreeningFacts(birthDate: date("2007-06-01"), arriving: true), .notMet),
        ("8 CFR 212.5(b)(4)", ScreeningFacts(arriving: true), .notMet),
        ("8 CFR 212.5(b)(5)", ScreeningFacts(birthDate: date("1950-01-01"), nursing: true, arriving: true), .mayMeet),
        ("8 CFR 212.5(b)(5)", ScreeningFacts(birthDate: date("1990-01-01"), arriving: true), .notMet),
    ])
    func paroleGroups(rule: String, facts: ScreeningFacts, status: ScreeningPath.Status) throws {
        let path = try Self.path(facts, rule)
        #expect(path.kind == .parole && path.status == status)
        #expect(path.source.hasPrefix("8 CFR 212.5(b)"))
        if status != .notMet {
            #expect(path.missingEvidence.contains { $0.contains("212.5(d)") })
        }
    }

    @Test("8 CFR 212.5(b) is written for arriving people: for others a fitting group may meet, never meets")
    func paroleForOthers() throws {
        let path = try Self.path(ScreeningFacts(pregnant: true, arriving: false), "8 CFR 212.5(b)(2)")
        #expect(path.status == .mayMeet)
        #expect(path.because.contains { $0.contains("release on recognizance or bond under INA 236(a)") })
    }

    @Test("a mandatory-detention ground blocks discretionary release", arguments: [
        // facts, the ground that applies, and which paths it blocks
        (ScreeningFacts(pregnant: true, criminal: [.felony], arriving: false, finalOrder: false), "INA 236(c)",
         ["8 CFR 212.5(b)(2): pregnant", "8 CFR 212.5(b)(5): continued detention not in the public interest", "ICE Directive 11032.4: pregnant, postpartum or nursing", "Fraihat subclass 1: risk factors",
          "Bond redetermination: the Guerra factors"]),
        (ScreeningFacts(pregnant: true, criminal: [], arriving: false, finalOrder: true), "INA 241(a)",
         ["8 CFR 212.5(b)(2): pregnant", "8 CFR 212.5(b)(5): continued detention not in the public interest", "ICE Directive 11032.4: pregnant, postpartum or nursing", "Fraihat subclass 1: risk factors",
          "Bond redetermination: the Guerra factors"]),
        // arriving: only bond is blocked; parole is the way out, and the directive supports it
        (ScreeningFacts(pregnant: true, criminal: [], arriving: true, finalOrder: false), "INA 235(b)",
         ["Bond redetermination: the Guerra factors"]),
    ])
    func mandatoryDetentionBlocks(facts: ScreeningFacts, ground: String, blocked: [String]) throws {
        let result = Self.screener.screen(facts, asOf: Self.asOf)
        let grounds = result.paths(.mandatoryDetention)
        #expect(grounds.filter { $0.status == .blocked }.map { String($0.rule.prefix(10)) } == [ground])
        let blockedRules = result.paths.filter { $0.status == .blocked && $0.kind != .mandatoryDetention }.map(\.rule)
        #expect(blockedRules == blocked)
        for rule in blocked {
            #expect(result.paths.first { $0.rule == rule }!.because.contains { $0.hasPrefix("blocked by \(ground)") })
        }
        // 11063.2 is never blocked
        #expect(result.paths(.mentalHealthDirective)[0].status == .notMet)
    }

    @Test("misdemeanors alone may be a 236(c) ground: a met path becomes may-meet, not blocked")
    func misdemeanorsMayApply() throws {
        let facts = ScreeningFacts(pregnant: true, criminal: [.misdemeanor], arriving: false, finalOrder: false)
        #expect(try Self.path(facts, "INA 236(c)").status == .mayMeet)
        let directive = try Self.path(facts, "ICE Directive 11032.4")
        #expect(directive.status == .mayMeet && directive.because.contains { $0.hasPrefix("INA 236(c): mandatory detention on criminal grounds may apply") })
    }

    @Test("bond: the Guerra factors known from the facts, and evidence for the rest")
    func bond() throws {
        let path = try Self.path(ScreeningFacts(enteredUS: date("2015-03-01"), criminal: [], arriving: false, finalOrder: false),
                                 "Bond redetermination")
        #expect(path.status == .mayMeet)
        #expect(path.because.contains("length of residence: in the U.S. since 2015-03-01 (10 years on 2025-06-01)"))
        #expect(path.because.contains("criminal record: none"))
        #expect(path.because.contains { $0.contains("$1,500") })
        for factor in ["fixed address", "family ties", "employment", "record of appearing in court", "immigration violations",
                       "attempts to flee", "manner of entry"] {
            #expect(path.missingEvidence.contains { $0.hasPrefix(factor) }, "\(factor)")
        }
        #expect(!path.missingEvidence.contains { $0.hasPrefix("criminal record") })
        #expect(path.source.contains("Matter of Guerra, 24 I&N Dec. 37 (BIA 2006)") && path.effective == "2006")
    }
}
