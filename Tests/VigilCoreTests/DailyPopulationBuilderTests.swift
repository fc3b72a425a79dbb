import Testing
@testable import VigilCore

@Suite("Daily population from stints")
struct DailyPopulationBuilderTests {
    static func t(_ text: String) -> Int64 { StayTimestamp.parse(text)! }
    static func d(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test("a stint counts at midnight on the days it spans a midnight, and in the 24-hour population on every day it touches")
    func oneStint() {
        // given a stint from March 1 10:00 to March 3 08:00
        var builder = DailyPopulationBuilder()
        let f = builder.facility(code: "STWRTGA")
        builder.addStint(facility: f, bookIn: Self.t("2025-03-01 10:00:00"), bookOut: Self.t("2025-03-03 08:00:00"))
        // when
        let population = builder.build(through: Self.d("2025-03-04"))
        // then
        let days = ["2025-02-28", "2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04"].map {
            population.counts(facility: "STWRTGA", on: Self.d($0))
        }
        #expect(days.map(\.midnight) == [0, 1, 1, 0, 0])
        #expect(days.map(\.allDay) == [0, 1, 1, 1, 0])
        #expect(days.map(\.bookIns) == [0, 1, 0, 0, 0])
        #expect(days.map(\.bookOuts) == [0, 0, 0, 1, 0])
    }

    @Test("a book-out exactly at midnight still counts in that midnight and in the next day's 24-hour population")
    func bookOutAtMidnight() {
        var builder = DailyPopulationBuilder()
        let f = builder.facility(code: "X")
        builder.addStint(facility: f, bookIn: Self.t("2025-03-01 10:00:00"), bookOut: Self.t("2025-03-02 00:00:00"))
        let population = builder.build()
        #expect(population.counts(facility: "X", on: Self.d("2025-03-01")) == .init(midnight: 1, allDay: 1, bookIns: 1))
        #expect(population.counts(facility: "X", on: Self.d("2025-03-02")) == .init(midnight: 0, allDay: 1, bookOuts: 1))
    }

    @Test("zero-length and ongoing stints")
    func zeroLengthAndOngoing() {
        // given a stint booked out the minute it was booked in, and one never booked out
        var builder = DailyPopulationBuilder()
        let f = builder.facility(code: "X")
        builder.addStint(facility: f, bookIn: Self.t("2025-03-01 10:00:00"), bookOut: Self.t("2025-03-01 10:00:00"))
        builder.addStint(facility: f, bookIn: Self.t("2025-03-02 10:00:00"), bookOut: nil)
        // when counted through March 5
        let population = builder.build(through: Self.d("2025-03-05"))
        // then the zero-length stint is in the 24-hour count of its day only; the ongoing one counts to the end
        #expect(population.counts(facility: "X", on: Self.d("2025-03-01")) == .init(midnight: 0, allDay: 1, bookIns: 1, bookOuts: 1))
        #expect(population.counts(facility: "X", on: Self.d("2025-03-05")) == .init(midnight: 1, allDay: 1))
        #expect(population.series[0].ongoingStints == 1)
        #expect(population.lengthOfStay == [.underOneDay: 1])
        #expect(population.lastDate == Self.d("2025-03-05"))
    }

    @Test("two builders merged give what one builder fed everything gives")
    func merge() {
        let stints: [(String, String, String?)] = [
            ("A", "2025-01-01 01:00:00", "2025-01-09 00:00:00"), ("B", "2024-12-20 12:00:00", nil),
            ("A", "2025-01-05 23:59:00", "2025-02-01 10:00:00"), ("C", "2025-01-02 00:00:00", "2025-01-02 00:00:00"),
            ("B", "2024-11-01 00:00:00", "2025-01-03 00:00:00"),
        ]
        var whole = DailyPopulationBuilder(), first = DailyPopulationBuilder(), second = DailyPopulationBuilder()
        for (i, (code, bookIn, bookOut)) in stints.enumerated() {
            whole.addStint(facility: whole.facility(code: code), bookIn: Self.t(bookIn), bookOut: bookOut.map(Self.t))
            whole.countReleaseReason(code)
            if i % 2 == 0 {
                first.addStint(facility: first.facility(code: code), bookIn: Self.t(bookIn), bookOut: bookOut.map(Self.t))
                first.countReleaseReason(code)
            } else {
                second.addStint(facility: second.facility(code: code), bookIn: Self.t(bookIn), bookOut: bookOut.map(Self.t))
                second.countReleaseReason(code)
            }
        }
        first.merge(second)
        var a: [String] = [], b: [String] = []
        whole.build().forEachNonZeroDay { a.append("\($0) \($1) \($2)") }
        first.build().forEachNonZeroDay { b.append("\($0) \($1) \($2)") }
        #expect(a == b)
        #expect(!a.isEmpty)
        #expect(whole.build().releaseReasons.map(\.count) == first.build().releaseReasons.map(\.count))
    }

    @Test("timestamps", arguments: [
        ("2025-03-06 07:00:00", "2025-03-06 07:00:00"),
        ("2025-03-06T07:00:00", "2025-03-06 07:00:00"),
        ("2025-03-06 07:00:00.000", "2025-03-06 07:00:00"),
        ("2025-03-06 07:00", "2025-03-06 07:00:00"),
        ("2025-03-06", "2025-03-06 00:00:00"),
        ("1969-12-31 23:59:59", "1969-12-31 23:59:59"),
    ])
    func timestamps(text: String, expected: String) {
        #expect(StayTimestamp.parse(text).map(StayTimestamp.text) == expected)
    }

    @Test("malformed timestamps are refused", arguments: [
        "", "b(6), b(7)c", "2025-02-30 10:00:00", "2025-13-01", "03/06/2025 07:00", "2025-03-06 25:00:00",
        "2025-03-06 07:00:00 PM", "1850-01-01",
    ])
    func malformed(text: String) {
        #expect(StayTimestamp.parse(text) == nil)
    }

    @Test("facility codes and release reasons that share an interning hash stay apart, merged or not")
    func internCollisions() {
        // given builders whose interning hash makes every code and reason collide
        func builder() -> DailyPopulationBuilder { DailyPopulationBuilder(internHash: { _ in 42 }) }
        let day: Int64 = 86_400, first = Int64(CalendarDate(year: 2025, month: 3, day: 1)!.daysSinceEpoch) * day
        var a = builder(), b = builder()
        for (code, reason, stints) in [("STWRTGA", "Removed", 3), ("KRO", "Transferred", 2), ("STWRTGA", "Removed", 1)] {
            for _ in 0..<stints {
                let f = a.facility(code: code)
                a.addStint(facility: f, bookIn: first + 3600, bookOut: first + day + 3600)
                a.countReleaseReason(reason)
            }
        }
        let kro = b.facility(code: "KRO")
        b.addStint(facility: kro, bookIn: first + 3600, bookOut: first + day + 3600)
        b.countReleaseReason("Transferred")
        let otay = b.facility(code: "OTAY")
        b.addStint(facility: otay, bookIn: first + 3600, bookOut: first + day + 3600)
        b.countReleaseReason("Paroled")
        // when built, alone and merged
        let alone = a.build()
        a.merge(b)
        let merged = a.build()
        // then each code and reason has its own counts
        let date = CalendarDate(year: 2025, month: 3, day: 1)!
        #expect(alone.counts(facility: "STWRTGA", on: date).midnight == 4)
        #expect(alone.counts(facility: "KRO", on: date).midnight == 2)
        #expect(alone.releaseReasons.map(\.reason) == ["Removed", "Transferred"])
        #expect(merged.counts(facility: "KRO", on: date).midnight == 3)
        #expect(merged.counts(facility: "OTAY", on: date).midnight == 1)
        #expect(merged.series.map(\.facilityCode) == ["KRO", "OTAY", "STWRTGA"])
        #expect(merged.releaseReasons.map(\.reason) == ["Removed", "Transferred", "Paroled"])
        #expect(merged.releaseReasons.map(\.count) == [4, 3, 1])
    }

    @Test("generated stints are deterministic for a seed and in the 53-column schema")
    func generator() {
        func rows(_ seed: UInt64) -> [UInt8] {
            var g = StayGenerator(count: 500, seed: seed)
            var out: [UInt8] = []
            while g.nextRow(into: &out) {}
            return out
        }
        #expect(rows(7) == rows(7))
        #expect(rows(7) != rows(8))
        #expect(StayGenerator.columns.count == 53)
        let lines = String(decoding: rows(7), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 500)
    }
}
