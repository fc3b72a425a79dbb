import Testing
import VigilCore
import VigilTestSupport

/// TPS screening against the real designations file: concurrent designations, one announced
/// before it took effect, ends moved by later notices, rows marked "to verify", the bars.
@Suite("Screener: TPS", SharedData.required(SharedTPSDesignations.relativePath))
struct ScreenerTPSTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func screen(_ facts: ScreeningFacts, on iso: String) throws -> [ScreeningPath] {
        try ReleaseScreener(tpsDesignations: SharedTPSDesignations.load()).screen(facts, asOf: day(iso)).paths(.tps)
    }

    /// A person with clean facts who has lived in the U.S. since `since`.
    static func person(_ country: String, since: String, criminal: [CriminalRecordEntry] = []) -> ScreeningFacts {
        ScreeningFacts(citizenship: country, enteredUS: day(since), continuouslyPresentSince: day(since), criminal: criminal)
    }

    @Test("Venezuela's two designations run side by side, each with its own dates")
    func venezuela() throws {
        // given a Venezuelan who arrived between the 2021 and 2023 residence dates
        let paths = try Self.screen(Self.person("Venezuela", since: "2022-06-01"), on: "2024-06-01")
        // then both designations are screened: 2021 not met (arrived after 2021-03-08), 2023 met
        #expect(paths.map(\.rule) == ["TPS Venezuela 2021 (initial, later extended)", "TPS Venezuela 2023 (redesignation)"])
        #expect(paths.map(\.status) == [.notMet, .meets])
        #expect(paths[0].because.contains("entered 2022-06-01, after the continuous-residence date 2021-03-08"))
        #expect(paths[1].because.contains { $0.contains("Venezuela 2021 is in force the same day") })
        #expect(paths[1].source == "88 FR 68130 (Federal Register document 2023-21865)" && paths[1].effective == "2023-10-03")

        // and someone here since 2020 meets both
        let earlier = try Self.screen(Self.person("Venezuela", since: "2020-01-15"), on: "2024-06-01")
        #expect(earlier.map(\.status) == [.meets, .meets])

        // after the 2023 designation's termination (effective 2025-04-07) only 2021 is left
        let after = try Self.screen(Self.person("Venezuela", since: "2020-01-15"), on: "2025-04-07")
        #expect(after.map(\.rule) == ["TPS Venezuela 2021 (initial, later extended)"])
        let lastDay = try Self.screen(Self.person("Venezuela", since: "2020-01-15"), on: "2025-04-06")
        #expect(lastDay.count == 2)
    }

    @Test("Lebanon: announced but not in force on 2024-11-15, in force on 2024-11-28, unknown before its announcement",
          arguments: [
              ("2024-10-01", ScreeningPath.Status.notMet, "TPS Lebanon", "no designation of Lebanon is in force on 2024-10-01"),
              ("2024-11-15", .notMet, "TPS Lebanon 2024 (initial)", "announced 2024-10-17 but not in force on 2024-11-15: it takes effect 2024-11-27, 12 days later"),
              ("2024-11-27", .meets, "TPS Lebanon 2024 (initial)", "in force on 2024-11-27: from 2024-11-27 through 2026-05-27"),
              ("2024-11-28", .meets, "TPS Lebanon 2024 (initial)", "in force on 2024-11-28: from 2024-11-27 through 2026-05-27"),
          ])
    func lebanon(on: String, status: ScreeningPath.Status, rule: String, reason: String) throws {
        let paths = try Self.screen(Self.person("Lebanon", since: "2019-03-01"), on: on)
        try #require(paths.count == 1)
        #expect(paths[0].rule == rule)
        #expect(paths[0].status == status)
        #expect(paths[0].because.contains { $0.hasPrefix(reason) }, "\(paths[0].because)")
    }

    @Test("Haiti's 2024 designation ends on the day a later notice moved its end to, not the published one")
    func haiti() throws {
        let haiti = try SharedTPSDesignations.find("Haiti", "2024")
        #expect(haiti.effectiveTo == Self.day("2026-02-03"))
        #expect(haiti.inForce == Self.day("2024-08-04")...Self.day("2025-08-03"))
        #expect(haiti.endChange?.contains("partial vacatur (90 FR 10511, 2025-02-24)") == true)
        // in force on the moved end, not the day after
        let person = Self.person("Haiti", since: "2021-01-01")
        let lastDay = try Self.screen(person, on: "2025-08-03")
        #expect(lastDay.map(\.status) == [.meets])
        #expect(lastDay[0].because[0].contains("through 2025-08-03") && lastDay[0].because[0].contains("was 2026-02-03"))
        let dayAfter = try Self.screen(person, on: "2025-08-04")
        #expect(dayAfter.map(\.rule) == ["TPS Haiti"] && dayAfter[0].status == .notMet)
    }

    /// Every row whose in-force window is not simply `effective_from...effective_to`, pinned.
    @Test("each later notice in the file moves the end it names", arguments: [
        ("Afghanistan", "2023", "2025-07-13"),  // terminated effective 2025-07-14, after its published end 2025-05-20
        ("Cameroon", "2023", "2025-08-03"),     // terminated effective 2025-08-04
        ("Nepal", "2023", "2025-08-04"),        // terminated effective 2025-08-05
        ("Syria", "2024", "2025-11-20"),        // terminated effective 2025-11-21
        ("Venezuela", "2023", "2025-04-06"),    // terminated effective 2025-04-07, after 2025-04-02
        ("El Salvador", "2023", "2026-09-09"),  // extended in Jan 2025 beyond 2025-03-09
        ("Haiti", "2024", "2025-08-03"),        // end moved earlier by a partial vacatur
    ])
    func movedEnds(country: String, designation: String, end: String) throws {
        let found = try SharedTPSDesignations.find(country, designation)
        #expect(found.inForce.upperBound == Self.day(end))
        #expect(found.endChange != nil)
    }

    @Test("rows without a later notice keep their published window; an extension to the same end changes nothing")
    func unmovedEnds() throws {
        let all = try SharedTPSDesignations.load()
        #expect(all.count == 27)
        let moved: Set<String> = ["Afghanistan 2023", "Cameroon 2023", "Nepal 2023", "Syria 2024", "Venezuela 2023", "El Salvador 2023", "Haiti 2024"]
        for d in all where !moved.contains("\(d.country) \(d.designation)") {
            #expect(d.inForce == d.effectiveFrom...d.effectiveTo, "\(d.country) \(d.designation)")
            #expect(d.endChange == nil)
        }
        #expect(all.filter { $0.announced != nil }.map(\.country) == ["Lebanon"])
        #expect(try SharedTPSDesignations.find("Lebanon", "2024").announced == Self.day("2024-10-17"))
    }

    @Test("a designation kept in force past its published end by a later termination date is screened as in force")
    func afghanistanBetweenEndAndTermination() throws {
        let paths = try Self.screen(Self.person("Afghanistan", since: "2021-08-30"), on: "2025-06-01")
        #expect(paths.count == 1 && paths[0].rule.hasPrefix("TPS Afghanistan 2023"))
        // the row is marked "CR date to verify", so the screener says so and does not claim a match
        #expect(paths[0].status == .mayMeet)
        #expect(paths[0].because.contains { $0.contains("“CR date to verify”") })
    }

    @Test("rows marked “to verify” are the two the file marks", arguments: [("Afghanistan", "2023"), ("Ukraine", "2022")])
    func toVerify(country: String, designation: String) throws {
        #expect(try SharedTPSDesignations.find(country, designation).isToVerify)
        #expect(try SharedTPSDesignations.load().count(where: \.isToVerify) == 2)
    }

    @Test("the criminal bar is flagged for a lawyer: a felony or two misdemeanors block, one does not", arguments: [
        ([CriminalRecordEntry.felony], ScreeningPath.Status.blocked),
        ([.misdemeanor, .misdemeanor], .blocked),
        ([.misdemeanor], .meets),
        ([], .meets),
    ])
    func criminalBar(record: [CriminalRecordEntry], status: ScreeningPath.Status) throws {
        let paths = try Self.screen(Self.person("Somalia", since: "2020-01-01", criminal: record), on: "2025-01-10")
        #expect(paths.map(\.status) == [status])
        if status == .blocked { #expect(paths[0].because.contains { $0.hasPrefix("flagged for a lawyer") }) }
    }

    @Test("without a presence date the entry date stands in, and the screener says it assumed so")
    func presenceAssumed() throws {
        let facts = ScreeningFacts(citizenship: "yemen", enteredUS: Self.day("2020-02-02"), criminal: [])
        let paths = try Self.screen(facts, on: "2025-01-10")
        #expect(paths.map(\.status) == [.mayMeet])
        #expect(paths[0].rule == "TPS Yemen 2024 (extension+redesignation)")
        #expect(paths[0].because.contains { $0.contains("assumed from the entry date 2020-02-02") })
    }

    @Test("a country with no designation, and no citizenship, are not met with the reason")
    func noDesignation() throws {
        let mexico = try Self.screen(ScreeningFacts(citizenship: "Mexico"), on: "2025-01-10")
        #expect(mexico.count == 1 && mexico[0].status == .notMet && mexico[0].because[0].contains("no TPS designation of “Mexico”"))
        let unknown = try Self.screen(ScreeningFacts(), on: "2025-01-10")
        #expect(unknown.count == 1 && unknown[0].missingEvidence[0].contains("country of citizenship"))
    }
}
