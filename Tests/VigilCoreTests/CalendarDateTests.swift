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

    @Test("day arithmetic round-trips")
    func arithmetic() {
        let day = CalendarDate(iso: "2024-02-28")!
        #expect(day.adding(days: 1).iso == "2024-02-29")
        #expect(day.adding(days: 2).iso == "2024-03-01")
        #expect(day.days(until: CalendarDate(iso: "2025-02-28")!) == 366)
        #expect(CalendarDate(daysSinceEpoch: day.daysSinceEpoch) == day)
    }
}
