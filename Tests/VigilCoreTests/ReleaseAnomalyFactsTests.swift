import Foundation
import Testing
import VigilCore

/// An anomaly given as facts keeps the English detail the importer has always written (the command line,
/// downloads and API print it), and its facts survive the JSON they are stored as.
@Suite("Release anomaly facts")
struct ReleaseAnomalyFactsTests {
    static let day = CalendarDate(year: 2024, month: 7, day: 8)!

    @Test("the English detail is the sentence the importer wrote before anomalies were data")
    func englishUnchanged() {
        #expect(ReleaseAnomaly(.excelSerialDate(column: "Last Inspection End Date", example: "45316", date: Self.day), occurrences: 2).detail
                == "Column \"Last Inspection End Date\" held dates as Excel serial numbers in 2 cells (e.g. 45316 = 2024-07-08); read in Excel's 1900 date system.")
        #expect(ReleaseAnomaly(.unreadable(column: "Level D", value: "about twelve", expected: .number)).detail
                == "Column \"Level D\" held \"about twelve\", which is not a number, in 1 cell; stored as no value.")
        #expect(ReleaseAnomaly(.irregularSheetName(name: " Facilities EOYFY20 ", trimmed: "Facilities EOYFY20", spaces: [.leading, .trailing],
                                                   label: .eoyfy)).detail
                == "The Facilities sheet is named \" Facilities EOYFY20 \" with leading and trailing spaces; it was matched by its trimmed name \"Facilities EOYFY20\". It uses the end-of-year label \"EOYFY\" (elsewhere \"EOFY\").")
        #expect(ReleaseAnomaly(.irregularSheetName(name: "Facilities  FY22", trimmed: "Facilities  FY22", spaces: [.doubled], label: nil)).detail
                == "The Facilities sheet is named \"Facilities  FY22\" with doubled spaces; it was matched by its trimmed name \"Facilities  FY22\".")
        #expect(ReleaseAnomaly(.duplicateFacilityRow(name: "A JAIL", state: "TX", rows: [8, 10]), occurrences: 2).detail
                == "\"A JAIL\" (TX) appears 2 times, in rows 8, 10; all rows are kept.")
        #expect(ReleaseAnomaly(.skippedFacilityRow(row: 212, why: .total, text: "Total")).detail
                == "Row 212 was left out: it is a total row (\"Total\").")
        let corrected = CalendarDate(year: 2023, month: 7, day: 8)!
        #expect(ReleaseAnomaly(.asOfDateCorrected(printed: Self.day, fiscalYear: FiscalYear(2023), corrected: corrected, downloaded: nil,
                                                  stamp: nil, fileNameDate: nil)).detail
                == "The printed as-of date 2024-07-08 is impossible for an FY2023 workbook; moved by one year it is 2023-07-08, which is in FY2023, so 2023-07-08 is used as the as-of date.")
        #expect(ReleaseAnomaly(.asOfDateDisagreesWithFileName(named: Self.day, digits: "07082024", printed: corrected, days: 366,
                                                              usedDate: Self.day)).detail
                == "The file name says 2024-07-08 (\"07082024\") but the title block prints 2023-07-08, 366 days apart; the printed date (corrected to 2024-07-08) is used.")
    }

    @Test("the kind follows from the facts, and the facts come back from their stored JSON")
    func kindAndJSON() throws {
        let facts = ReleaseAnomalyFacts.asOfDateFromDownload(downloaded: Self.day, stamp: "20240708T1200")
        #expect(ReleaseAnomaly(facts).kind == .asOfDateMissing && ReleaseAnomaly(facts).facts == facts)
        let data = try JSONEncoder().encode(facts)
        #expect(try JSONDecoder().decode(ReleaseAnomalyFacts.self, from: data) == facts)
    }
}
