import Testing
import VigilCore

@Suite("Death rates")
struct DeathRateTests {
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test("deaths ÷ (ADP × days) × 100,000, only for years the death lists cover, each naming its ADP source")
    func rates() {
        let deaths = ["2004-01-10", "2004-05-02", "2005-03-03"].map(Self.date)
        let adp: [(fiscalYear: FiscalYear, through: CalendarDate, adp: Double, source: String)] = [
            (FiscalYear(2003), Self.date("2003-09-30"), 21133, "series row 4"),
            (FiscalYear(2005), Self.date("2005-09-30"), 19619, "series row 6"),
            (FiscalYear(2004), Self.date("2004-09-30"), 20000, "series row 5"),
            (FiscalYear(2006), Self.date("2006-09-30"), 21450, "series row 7"),
        ]
        let rates = DeathRate.compute(deathDates: deaths, adp: adp)
        // FY2003 ends before the first death and FY2006 starts after the last: no list covers them
        #expect(rates.map(\.fiscalYear.year) == [2004, 2005])
        #expect(rates[0].days == 366 && rates[0].deaths == 2)
        #expect(abs((rates[0].ratePer100kDetainedDays ?? 0) - 2 / (20000 * 366) * 100_000) < 1e-12)
        #expect(rates[1].adpSource == "series row 6")
        #expect(DeathRate.compute(deathDates: [], adp: adp).isEmpty)
    }
}
