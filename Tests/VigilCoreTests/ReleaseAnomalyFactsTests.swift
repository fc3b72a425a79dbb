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

    static let june = SegregationPeriod.month(CalendarMonth(year: 2025, month: 6)!)
    static let quarter = SegregationPeriod.quarter(FiscalYear(2022), quarter: 3)

    @Test("the segregation sheets' anomalies keep the English the readers wrote before they were data")
    func segregationEnglishUnchanged() {
        let sentences: [(ReleaseAnomalyFacts, ReleaseAnomaly.Kind, String)] = [
            (.segregationSecondBlock(period: .month(CalendarMonth(year: 2025, month: 12)!), row: 40, firstRow: 3, rows: 5), .segregationBlockUnreadable,
             "A second block for December 2025 starts at row 40; the first, at row 3, was kept and this one's 5 rows were left out so the month is not counted twice."),
            (.segregationSecondBlock(period: Self.quarter, row: 40, firstRow: 3, rows: 1), .segregationBlockUnreadable,
             "A second block for FY2022 Q3 starts at row 40; the first, at row 3, was kept and this one's 1 rows were left out so the quarter is not counted twice."),
            (.segregationRowsUnclaimed(sheet: .monthly, firstRow: 7, lastRow: 9, rows: 2, headerRow: 7), .segregationBlockUnreadable,
             "Rows 7–9 (2 facility rows) were left out: the header row 7 has no heading naming a month and year above it."),
            (.segregationRowsUnclaimed(sheet: .vulnerable, firstRow: 4, lastRow: 4, rows: 1, headerRow: nil), .segregationBlockUnreadable,
             "Rows 4–4 (1 placement-reason row) were left out: no heading naming a fiscal year and quarter stands above them."),
            (.segregationRowsUnclaimed(sheet: .monthly, firstRow: 7, lastRow: 7, rows: 0, headerRow: 7), .segregationBlockUnreadable,
             "Rows 7–7 (0 facility rows) were left out: the header row 7 has no heading naming a month and year above it."),
            (.segregationBlockWithoutHeader(period: Self.june, headingRow: 10, firstRow: 11), .segregationBlockWithoutHeader,
             "The block for June 2025 (heading on row 10) has no \"Facilities | Placement Count\" header row; its rows from row 11 were read as facility name and count, as in the other blocks."),
            (.segregationBlockWithoutHeader(period: Self.quarter, headingRow: 10, firstRow: 11), .segregationBlockWithoutHeader,
             "The block for FY2022 Q3 (heading on row 10) has no \"Placement Reason\" header row; its rows from row 11 were read with the columns of the other blocks."),
            (.segregationRowWithoutCount(row: 12, name: "A JAIL", period: Self.june), .skippedRow,
             "Row 12 names \"A JAIL\" under June 2025 but has no placement count; left out."),
            (.segregationCountWithoutName(row: 12, count: "7", period: Self.june), .skippedRow,
             "Row 12 has a placement count (7) under June 2025 but no facility name; left out."),
            (.vulnerableRowWithoutReason(row: 12, period: Self.quarter), .skippedRow,
             "Row 12 has figures under FY2022 Q3 but no placement reason; left out."),
            (.segregationUnreadableCount(row: 12, column: "Placement Count", value: "many", name: "A JAIL", period: Self.june), .unreadableValue,
             "Row 12, column \"Placement Count\": \"many\" is not a count of people; the row (A JAIL, June 2025) was left out."),
            (.vulnerableUnreadablePlacements(row: 12, column: "Number of Placements", value: "many", reason: "Disciplinary", period: Self.quarter),
             .unreadableValue,
             "Row 12, column \"Number of Placements\": \"many\" is not a number of placements; the row (Disciplinary, FY2022 Q3) was left out."),
            (.vulnerableUnreadableAverage(row: 12, column: "Average Number of Consecutive Days in Segregation", value: "-3"), .unreadableValue,
             "Row 12, column \"Average Number of Consecutive Days in Segregation\": \"-3\" is not an average number of days; stored as no value."),
            (.segregationTotalMismatch(period: Self.june, row: 30, printed: 1200, sum: 97, leftOut: 1), .segregationTotalMismatch,
             "The Grand Total for June 2025 on row 30 is 1200; the facility rows read sum to 97 (1 row was left out). Pages and exports use the facility rows."),
            (.segregationTotalMismatch(period: Self.june, row: 30, printed: 100, sum: 97, leftOut: 2), .segregationTotalMismatch,
             "The Grand Total for June 2025 on row 30 is 100; the facility rows read sum to 97 (2 rows were left out). Pages and exports use the facility rows."),
            (.segregationTotalMismatch(period: Self.june, row: 30, printed: 100, sum: 97, leftOut: 0), .segregationTotalMismatch,
             "The Grand Total for June 2025 on row 30 is 100; the facility rows read sum to 97. Pages and exports use the facility rows."),
            (.segregationTotalMismatch(period: Self.quarter, row: 20, printed: 281, sum: 280, leftOut: 1), .segregationTotalMismatch,
             "The Grand Total for FY2022 Q3 on row 20 is 281 placements; the reasons read sum to 280 (1 left out). Both are stored as written."),
            (.segregationTotalMismatch(period: Self.quarter, row: 20, printed: 281, sum: 280, leftOut: 0), .segregationTotalMismatch,
             "The Grand Total for FY2022 Q3 on row 20 is 281 placements; the reasons read sum to 280. Both are stored as written."),
            (.segregationSheetUnreadable(sheet: "Monthly Segregation", error: "sheet not found"), .segregationBlockUnreadable,
             "The sheet \"Monthly Segregation\" could not be read, so none of its figures were imported: sheet not found"),
            (.republishedUnderAnotherName(file: "b.xlsx", asOfDate: Self.day, original: "a.xlsx"), .republishedUnderAnotherName,
             "b.xlsx carries the same release (as of 2024-07-08, same facility table) as a.xlsx; kept as another copy of it."),
        ]
        for (facts, kind, english) in sentences {
            let anomaly = ReleaseAnomaly(facts)
            #expect(anomaly.detail == english)
            #expect(anomaly.kind == kind, "\(facts)")
        }
    }

    @Test("a segregation anomaly in Spanish names its month with the month words it is given, and its quarter in Spanish")
    func segregationSpanish() {
        let spanishMonth: (CalendarMonth) -> String = { _ in "junio de 2025" }
        let month = ReleaseAnomalyFacts.segregationRowWithoutCount(row: 12, name: "A JAIL", period: Self.june)
            .text(in: .spanish, occurrences: 1, number: { String($0) }, date: \.iso, month: spanishMonth)
        #expect(month == "La fila 12 nombra \"A JAIL\" en junio de 2025, pero no tiene número de colocaciones; se dejó fuera.")
        let total = ReleaseAnomalyFacts.segregationTotalMismatch(period: Self.quarter, row: 20, printed: 281, sum: 279, leftOut: 2)
            .text(in: .spanish, occurrences: 1, number: { String($0) }, date: \.iso, month: spanishMonth)
        #expect(total == "El total general (Grand Total) de FY2022, trimestre 3, en la fila 20, es 281 colocaciones; los motivos leídos suman 279 (2 se dejaron fuera). Los dos se guardan tal como están escritos.")
    }

    @Test("the kind follows from the facts, and the facts come back from their stored JSON")
    func kindAndJSON() throws {
        let facts = ReleaseAnomalyFacts.asOfDateFromDownload(downloaded: Self.day, stamp: "20240708T1200")
        #expect(ReleaseAnomaly(facts).kind == .asOfDateMissing && ReleaseAnomaly(facts).facts == facts)
        let data = try JSONEncoder().encode(facts)
        #expect(try JSONDecoder().decode(ReleaseAnomalyFacts.self, from: data) == facts)
        // a segregation period, month or quarter, comes back too
        for period in [Self.june, Self.quarter] {
            let segregation = ReleaseAnomalyFacts.segregationBlockWithoutHeader(period: period, headingRow: 10, firstRow: 11)
            #expect(try JSONDecoder().decode(ReleaseAnomalyFacts.self, from: try JSONEncoder().encode(segregation)) == segregation)
        }
    }

    @Test("a placeholder mark is stored as the string rows always held: rows stored before marks were data read back as the same marks")
    func placeholderMarksFromStoredRows() throws {
        // given JSON as the importer stored it when the label was an English string
        func stored(_ label: String) throws -> ReleaseAnomalyFacts {
            try JSONDecoder().decode(ReleaseAnomalyFacts.self, from: Data(#"{"placeholder":{"column":"Level C","label":\#(label)}}"#.utf8))
        }
        // then each reads as its mark, and the described ones are drawn in Spanish
        #expect(try stored(#""a lone non-breaking space (U+00A0)""#) == .placeholder(column: "Level C", label: .nonBreakingSpace))
        #expect(try stored(##""#N/A (an error value)""##) == .placeholder(column: "Level C", label: .notAvailableError))
        #expect(try stored(#""\"Scheduled FY26\"""#) == .placeholder(column: "Level C", label: .text("Scheduled FY26")))
        let spanish = try stored(#""a lone non-breaking space (U+00A0)""#).text(in: .spanish, occurrences: 3, number: { String($0) }, date: \.iso)
        #expect(spanish.contains("un espacio de no separación solo (U+00A0) en 3 celdas") && !spanish.contains("lone"))
        // and new marks are written in the same form, so both come back
        for mark in [PlaceholderMark.nonBreakingSpace, .notAvailableError, .text("#N/A")] {
            let facts = ReleaseAnomalyFacts.vulnerablePlaceholder(column: "x", label: mark)
            #expect(try JSONDecoder().decode(ReleaseAnomalyFacts.self, from: try JSONEncoder().encode(facts)) == facts)
        }
        #expect(String(decoding: try JSONEncoder().encode(PlaceholderMark.text("*")), as: UTF8.self) == #""\"*\"""#)
    }
}
