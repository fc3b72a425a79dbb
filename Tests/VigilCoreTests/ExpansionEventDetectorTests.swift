import Testing
import VigilCore

@Suite("Expansion events between releases")
struct ExpansionEventDetectorTests {
    static func figure(_ name: String, adp: Double?, gm: Double? = nil, code: String? = nil, state: String = "TX") -> ExpansionFacilityFigure {
        let key = FacilityKey(name: name, state: state)
        return ExpansionFacilityFigure(identity: ExpansionFacilityFigure.identity(code: code, key: key), code: code, key: key, name: name,
                                       state: state, areaOfResponsibility: "HOU", averageDailyPopulation: adp, guaranteedMinimum: gm)
    }

    static func release(_ id: Int, _ asOf: String, _ facilities: [ExpansionFacilityFigure]) -> ExpansionRelease {
        ExpansionRelease(releaseID: id, asOfDate: CalendarDate(iso: asOf)!, fingerprint: "fp\(id)", facilities: facilities)
    }

    @Test("surge thresholds hold at their edges: +25% and +50 people both needed",
          arguments: [
              (200.0, 250.0, true),    // exactly +25% and +50
              (200.0, 249.8, false),   // +24.9%, +49.8 people
              (400.0, 499.6, false),   // +24.9%, 99.6 people
              (100.0, 149.0, false),   // +49% but 49 people
              (100.0, 150.0, true),    // +50%, exactly 50 people
              (1000.0, 1249.0, false), // 249 people but 24.9%
              (1000.0, 1250.0, true),
              (0.0, 500.0, false),     // from nothing is new or reopened, never a surge
          ])
    func surgeEdges(previous: Double, current: Double, expected: Bool) {
        #expect(ExpansionEventDetector.isSurge(previous: previous, current: current) == expected)
    }

    @Test("a facility holding people for the first time is new, naming both releases; one listed before is reopened")
    func newAndReopened() {
        // given a facility that holds people, empties, is absent, then holds people again; and one that appears
        let releases = [
            Self.release(1, "2024-01-01", [Self.figure("OLD CAMP", adp: 120)]),
            Self.release(2, "2024-02-01", [Self.figure("OLD CAMP", adp: 0)]),
            Self.release(3, "2024-03-01", []),
            Self.release(4, "2024-04-01", [Self.figure("OLD CAMP", adp: 40), Self.figure("NEW CAMP", adp: 300)]),
        ]
        // when events are detected
        let events = ExpansionEventDetector.events(in: releases)
        // then exactly those two, between the third and fourth releases
        #expect(events.count == 2)
        let new = events.first { $0.kind == .new }
        #expect(new?.name == "NEW CAMP" && new?.previousAsOf.iso == "2024-03-01" && new?.asOf.iso == "2024-04-01")
        #expect(new?.previousADP == nil && new?.adp == 300 && new?.change == 300)
        let reopened = events.first { $0.kind == .reopened }
        #expect(reopened?.name == "OLD CAMP" && reopened?.previousReleaseID == 3 && reopened?.releaseID == 4 && reopened?.change == 40)
    }

    @Test("a facility listed empty before (as ICE's FY2021 full list lists every authorized one) is reopened, not new")
    func listedEmptyBefore() {
        let events = ExpansionEventDetector.events(in: [
            Self.release(1, "2021-01-13", [Self.figure("DELANEY HALL", adp: 0, state: "NJ"), Self.figure("STEWART", adp: 1500, state: "GA")]),
            Self.release(2, "2025-05-09", [Self.figure("STEWART", adp: 1600, state: "GA")]),
            Self.release(3, "2025-08-01", [Self.figure("DELANEY HALL", adp: 139, state: "NJ"), Self.figure("STEWART", adp: 1700, state: "GA"),
                                           Self.figure("CAMP EAST", adp: 900)]),
        ])
        #expect(events.map(\.kind) == [.new, .reopened])
        #expect(events.map(\.name) == ["CAMP EAST", "DELANEY HALL"])
        // and one listed empty only in the previous release is new: "absent or empty in the previous release"
        let firstListedEmpty = ExpansionEventDetector.events(in: [
            Self.release(1, "2025-01-01", []), Self.release(2, "2025-02-01", [Self.figure("SOFT SIDED", adp: 0)]),
            Self.release(3, "2025-03-01", [Self.figure("SOFT SIDED", adp: 600)]),
        ])
        #expect(firstListedEmpty.map(\.kind) == [.new] && firstListedEmpty.first?.previousAsOf.iso == "2025-02-01")
    }

    @Test("the first release has no previous release, so nothing in it is an event")
    func firstReleaseHasNoEvents() {
        #expect(ExpansionEventDetector.events(in: [Self.release(1, "2024-01-01", [Self.figure("A", adp: 500)])]).isEmpty)
    }

    @Test("order is by as-of date, not by the order releases arrive in; a release put in between changes the later events")
    func outOfOrder() {
        let jan = Self.release(1, "2024-01-01", [Self.figure("CAMP", adp: 100)])
        let feb = Self.release(2, "2024-02-01", [Self.figure("CAMP", adp: 130)])
        let mar = Self.release(3, "2024-03-01", [Self.figure("CAMP", adp: 200)])
        // given January and March alone: +100%, a surge from January to March
        let gap = ExpansionEventDetector.events(in: [mar, jan])
        #expect(gap.map(\.kind) == [.surge] && gap.first?.previousAsOf.iso == "2024-01-01")
        // when February arrives last, the previous release of March is February: +53.8%, +70 people, still a surge but from February
        let all = ExpansionEventDetector.events(in: [mar, jan, feb])
        #expect(all.map(\.kind) == [.surge] && all.first?.previousAsOf.iso == "2024-02-01" && all.first?.change == 70)
        // and the same events whatever order the same releases come in
        #expect(ExpansionEventDetector.events(in: [feb, mar, jan]) == all)
        // and a release seen earlier turns a later "new" into "reopened"
        let late = Self.release(4, "2024-04-01", [])
        let may = Self.release(5, "2024-05-01", [Self.figure("CAMP", adp: 80)])
        #expect(ExpansionEventDetector.events(in: [late, may]).map(\.kind) == [.new])
        #expect(ExpansionEventDetector.events(in: [jan, late, may]).last?.kind == .reopened)
    }

    @Test("recomputing from a release on gives exactly the full detection's events of that release and the later ones")
    func fromPosition() {
        let ordered = [
            Self.release(1, "2024-01-01", [Self.figure("OLD CAMP", adp: 120), Self.figure("CAMP", adp: 100)]),
            Self.release(2, "2024-02-01", [Self.figure("OLD CAMP", adp: 0), Self.figure("CAMP", adp: 300, gm: 400)]),
            Self.release(3, "2024-03-01", [Self.figure("CAMP", adp: 310, gm: 500)]),
            Self.release(4, "2024-04-01", [Self.figure("OLD CAMP", adp: 40), Self.figure("NEW CAMP", adp: 300), Self.figure("CAMP", adp: 500)]),
            Self.release(5, "2024-05-01", [Self.figure("NEW CAMP", adp: 0), Self.figure("CAMP", adp: 510)]),
            Self.release(6, "2024-06-01", [Self.figure("NEW CAMP", adp: 90), Self.figure("CAMP", adp: 520)]),
        ]
        let all = ExpansionEventDetector.events(in: ordered)
        #expect(Set(all.map(\.kind)) == [.surge, .guaranteedMinimumChange, .reopened, .new])
        for position in ordered.indices {
            let later = Set(ordered[position...].map(\.releaseID))
            #expect(ExpansionEventDetector.events(in: ordered, from: position) == all.filter { later.contains($0.releaseID) },
                    "from release \(position + 1)")
            // and the same with the earlier releases' identities handed over, as the store keeps them
            let listed = ExpansionEventDetector.listedIdentities(in: ordered.prefix(max(0, position - 1)))
            #expect(ExpansionEventDetector.events(in: ordered, from: position, listedEarlier: listed) == all.filter { later.contains($0.releaseID) },
                    "from release \(position + 1), identities given")
            // and what every release but the last lists comes back with the events, for the next release the store adds
            let (events, listedBeforeLast) = ExpansionEventDetector.eventsAndListed(in: ordered, from: position, listedEarlier: listed)
            #expect(events == all.filter { later.contains($0.releaseID) })
            #expect(listedBeforeLast == ExpansionEventDetector.listedIdentities(in: ordered.dropLast()), "from release \(position + 1)")
            #expect(listedBeforeLast.count == 3)
        }
    }

    @Test("releases put in among stored ones (any set of them) give exactly the full detection's events from the first on, the stored later ones adjusted")
    func insertedAmongStored() {
        let ordered = [
            Self.release(1, "2024-01-01", [Self.figure("OLD CAMP", adp: 120), Self.figure("CAMP", adp: 100)]),
            // lists NEW CAMP empty: without this release NEW CAMP is new in April, with it reopened
            Self.release(2, "2024-02-01", [Self.figure("OLD CAMP", adp: 0), Self.figure("CAMP", adp: 300, gm: 400),
                                           Self.figure("NEW CAMP", adp: 0), Self.figure("COUNTY JAIL", adp: 10, code: "CJ")]),
            Self.release(3, "2024-03-01", [Self.figure("CAMP", adp: 310, gm: 500)]),
            Self.release(4, "2024-04-01", [Self.figure("OLD CAMP", adp: 40), Self.figure("NEW CAMP", adp: 300), Self.figure("CAMP", adp: 500),
                                           Self.figure("COUNTY JAIL RENAMED", adp: 90, code: "CJ")]),
            Self.release(5, "2024-05-01", [Self.figure("NEW CAMP", adp: 0), Self.figure("CAMP", adp: 510, gm: 500)]),
            Self.release(6, "2024-06-01", [Self.figure("NEW CAMP", adp: 90), Self.figure("CAMP", adp: 520, gm: 600)]),
            Self.release(7, "2024-07-01", [Self.figure("NEW CAMP", adp: 95), Self.figure("ANNEX", adp: 70)]),
        ]
        let all = ExpansionEventDetector.events(in: ordered)
        #expect(all.contains { $0.kind == .reopened && $0.name == "NEW CAMP" && $0.releaseID == 4 })
        // Every non-empty set of positions: one release put in, two apart, two in a row, the first, the last, all of them.
        for mask in 1..<(1 << ordered.count) {
            let positions = ordered.indices.filter { mask & (1 << $0) != 0 }
            // given the events of every release but these, as stored
            let stored = ExpansionEventDetector.events(in: ordered.indices.filter { !positions.contains($0) }.map { ordered[$0] })
            // when they are put in, the events from the first on are exactly the full detection's, in the same order
            let later = Set(ordered[positions[0]...].map(\.releaseID))
            let (events, listedBeforeLast) = ExpansionEventDetector.eventsAndListed(in: ordered, inserted: positions, stored: stored)
            #expect(events == all.filter { later.contains($0.releaseID) }, "releases \(positions.map { $0 + 1 }) put in last")
            #expect(listedBeforeLast == ExpansionEventDetector.listedIdentities(in: ordered.dropLast()), "releases \(positions.map { $0 + 1 }) put in last")
        }
    }

    @Test("a guaranteed-minimum change is an event; a blank guaranteed minimum is not reported, not a change")
    func guaranteedMinimum() {
        let events = ExpansionEventDetector.events(in: [
            Self.release(1, "2024-01-01", [Self.figure("A", adp: 100, gm: 500), Self.figure("B", adp: 100, gm: nil)]),
            Self.release(2, "2024-02-01", [Self.figure("A", adp: 100, gm: 750), Self.figure("B", adp: 100, gm: 300)]),
        ])
        #expect(events.count == 1)
        #expect(events.first?.kind == .guaranteedMinimumChange && events.first?.change == 250)
        #expect(events.first?.previousGuaranteedMinimum == 500 && events.first?.guaranteedMinimum == 750)
    }

    @Test("rows of one facility listed twice in a release count as one: figures added up, named by the row holding most people (the first on a tie)")
    func rowsOfOneFacilityAddUp() {
        let events = ExpansionEventDetector.events(in: [
            Self.release(1, "2024-01-01", [Self.figure("ANNEX A", adp: 30, gm: 100, code: "X"), Self.figure("ANNEX B", adp: 40, code: "X")]),
            // 180 people against 70: a surge, named by ANNEX B's row (100 people); the guaranteed minimum 100 then 150
            Self.release(2, "2024-02-01", [Self.figure("ANNEX A", adp: 80, gm: 100, code: "X"), Self.figure("ANNEX B", adp: 100, gm: 50, code: "X")]),
            // 240 against 180 (+60 people, +33%): another surge, named by the first of two rows holding as many
            Self.release(3, "2024-03-01", [Self.figure("ANNEX C", adp: 120, code: "X"), Self.figure("ANNEX D", adp: 120, code: "X")]),
        ])
        #expect(events.map(\.kind) == [.surge, .guaranteedMinimumChange, .surge])
        #expect(events.map(\.name) == ["ANNEX B", "ANNEX B", "ANNEX C"])
        #expect(events.map(\.adp) == [180, 180, 240])
        #expect(events[0].previousADP == 70 && events[1].previousGuaranteedMinimum == 100 && events[1].guaranteedMinimum == 150)
        // release 3 reports no guaranteed minimum: not reported, not a change
        #expect(events[2].previousGuaranteedMinimum == 150 && events[2].guaranteedMinimum == nil)
    }

    @Test("a renamed facility with the same registry code is neither new nor absent")
    func renamesFollowTheCode() {
        let events = ExpansionEventDetector.events(in: [
            Self.release(1, "2024-01-01", [Self.figure("EL PASO SERVICE PROCESSING CENTER", adp: 700, code: "EPC")]),
            Self.release(2, "2024-02-01", [Self.figure("El Paso SPC", adp: 710, code: "EPC")]),
        ])
        #expect(events.isEmpty)
    }

    @Test("event keys are stable and tell the releases apart")
    func keys() {
        let a = Self.release(1, "2024-01-01", [])
        let b = Self.release(2, "2024-02-01", [Self.figure("A", adp: 60)])
        let events = ExpansionEventDetector.events(in: [a, b])
        #expect(events.first?.eventKey == "new:a-tx:fp1:fp2")
        #expect(ExpansionEventDetector.events(in: [b, a]).first?.eventKey == events.first?.eventKey)
    }

    @Test("a scope wants the events of its facility, state, AOR, operator and kinds, all at once")
    func scopes() throws {
        let event = ExpansionEventDetector.events(in: [
            Self.release(1, "2024-01-01", []), Self.release(2, "2024-02-01", [Self.figure("A", adp: 60, code: "ACODE")]),
        ])[0]
        let geo: (ExpansionEvent) -> String? = { _ in "The GEO Group, Inc." }
        #expect(AlertScope(state: "tx").matches(event, operatorOf: geo))
        #expect(!AlertScope(state: "CA").matches(event, operatorOf: geo))
        #expect(AlertScope(facility: "acode", state: "TX", areaOfResponsibility: "hou").matches(event, operatorOf: geo))
        #expect(AlertScope(facility: "a-tx").matches(event, operatorOf: geo))
        #expect(AlertScope(operatorName: "geo group").matches(event, operatorOf: geo))
        #expect(!AlertScope(operatorName: "CoreCivic").matches(event, operatorOf: geo))
        #expect(!AlertScope(operatorName: "GEO").matches(event, operatorOf: { _ in nil }))
        #expect(!AlertScope(state: "TX", kinds: [.surge]).matches(event, operatorOf: geo))
        #expect(try AlertScope.kinds(from: "new,surge") == [.new, .surge])
        #expect(try AlertScope.kinds(from: "") == [])
        #expect(throws: AlertScopeError.unknownKind("")) { try AlertScope.kinds(from: "new,,surge") }
        #expect(throws: AlertScopeError.unknownKind("growth")) { try AlertScope.kinds(from: "new,growth") }
    }

    @Test("webhook URLs and secrets are checked before they are stored")
    func channels() throws {
        #expect(try AlertChannel.checkedWebhook(url: "https://example.org/hook", secret: "0123456789abcdef").target == "https://example.org/hook")
        #expect(throws: AlertChannelError.badWebhookURL("ftp://example.org")) { try AlertChannel.checkedWebhook(url: "ftp://example.org", secret: "0123456789abcdef") }
        #expect(throws: AlertChannelError.shortSecret) { try AlertChannel.checkedWebhook(url: "http://127.0.0.1:9/x", secret: "short") }
    }
}
