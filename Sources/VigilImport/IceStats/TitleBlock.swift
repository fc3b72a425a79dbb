import VigilCore

/// What the rows above the header say: the "as of" date and the fiscal year.
///
/// ICE prints the date in a source line — "Source: ICE Integrated Decision Support (IIDS),
/// 12/28/2020" or, from FY2023, "Data Source: ..." — and the year in a title such as
/// "ICE FACILITIES DATA, FY21 YTD".
struct TitleBlock {
    var printedDate: CalendarDate?
    /// The source line as written, for messages.
    var printedDateText: String?
    var printedDateLocation: SourceLocation?
    var fiscalYear: FiscalYear?

    init(rows: [XLSXRow], above headerRow: Int, file: String, sheet: String) {
        var fallbackDate: (CalendarDate, String, SourceLocation)?
        for row in rows where row.number < headerRow {
            for cell in row.cells {
                guard let text = cell.value.text else { continue }
                let lower = text.lowercased()
                if fiscalYear == nil, lower.contains("data"), let year = FiscalYearText.find(in: text) {
                    fiscalYear = year
                }
                guard printedDate == nil, let date = TextDate.slashDates(in: text).last else { continue }
                let location = SourceLocation(file: file, sheet: sheet, row: row.number,
                                              column: CellReference.letters(forColumn: cell.column))
                if lower.contains("source") {
                    printedDate = date
                    printedDateText = text.trimmingSpaces()
                    printedDateLocation = location
                } else if fallbackDate == nil, lower.contains("as of") {
                    fallbackDate = (date, text.trimmingSpaces(), location)
                }
            }
        }
        if printedDate == nil, let (date, text, location) = fallbackDate {
            printedDate = date
            printedDateText = text
            printedDateLocation = location
        }
    }
}
