import Testing
import VigilCore

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("Excel serials name the right day, across the 1900 leap-year bug", arguments: [
        (45_292.0, "2024-01-01"), (25_569.0, "1970-01-01"), (61.0, "1900-03-01"), (44_196.75, "2020-12-31"),
    ])
    func excelSerials(serial: Double, iso: String) {
        #expect(CalendarDate(excelSerial: serial)?.iso == iso)
    }

    @Test("impossible dates and serials are refused")
    func refusals() {
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(iso: "2024-13-01") == nil)
        #expect(CalendarDate(iso: "24-01-01") == nil)
        #expect(CalendarDate(excelSerial: -5) == nil)
        #expect(CalendarDate(excelSerial: .nan) == nil)
    }

    @Test("fiscal years start on 1 October", arguments: [("2023-09-30", 2023), ("2023-10-01", 2024), ("2024-10-07", 2025)])
    func fiscalYear(iso: String, year: Int) {
        #expect(CalendarDate(iso: iso)?.fiscalYear == year)
    }

    @Test("ISO text round-trips for every day of 1999-2001 and for years of fewer digits; other shapes keep the general rules")
    func isoText() {
        var day = CalendarDate(iso: "1999-01-01")!
        while day.year < 2002 {
            #expect(CalendarDate(iso: day.iso) == day)
            #expect(CalendarDate(iso: Substring("x" + day.iso).dropFirst()) == day)
            day = day.adding(days: 1)
        }
        #expect(CalendarDate(year: 987, month: 6, day: 5)?.iso == "0987-06-05")
        #expect(CalendarDate(year: 9, month: 12, day: 31)?.iso == "0009-12-31")
        #expect(CalendarDate(iso: "0009-12-31")?.year == 9)
        // ten bytes of the shape, but no real day; and what only the general rules take or refuse
        #expect(CalendarDate(iso: "2023-02-29") == nil && CalendarDate(iso: "2024-00-10") == nil)
        #expect(CalendarDate(iso: "2024-+1-05") == CalendarDate(year: 2024, month: 1, day: 5))
        #expect(CalendarDate(iso: "2024-1-05") == nil && CalendarDate(iso: "2024-01-05 ") == nil && CalendarDate(iso: "2024/01/05") == nil)
        #expect(CalendarDate(iso: "２０２４-01-05") == nil)
    }

    @Test("day arithmetic round-trips")
    func arithmetic() {
        let day = CalendarDate(iso: "2024-02-28")!
        #expect(day.adding(days: 1).iso == "2024-02-29")
        #expect(day.adding(days: 2).iso == "2024-03-01")
        #expect(day.days(until: CalendarDate(iso: "2025-02-28")!) == 366)
        #expect(CalendarDate(daysSinceEpoch: day.daysSinceEpoch) == day)
    }
}
