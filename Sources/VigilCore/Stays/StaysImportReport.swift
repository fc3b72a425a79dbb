/// What an import of person-level stints met, row by row: printed at the end of
/// `vigil import stays` and stored with the import.
public struct StaysImportReport: Hashable, Sendable, Codable {
    /// `csv`, `csv.gz` or `xlsx`.
    public var format: String = "csv"
    /// `ice` (ICE's `Book In Date Time`) or `snake_case` (`book_in_date_time`).
    public var headerStyle: String = "ice"
    /// 1-based row (line, or sheet row) of the header.
    public var headerRow: Int = 1
    /// Number of columns in the header.
    public var columnCount: Int = 0
    /// Data rows read (blank lines not counted).
    public var rowsRead = 0
    /// Rows identical, byte for byte, to an earlier row: dropped.
    public var duplicateRows = 0
    /// Stints counted in the populations.
    public var stintsCounted = 0
    /// Stints with no book-out (still detained when the data was extracted): counted up to the last day.
    public var ongoingStints = 0
    /// Stints booked out at the very moment they were booked in: they count in the 24-hour
    /// population of their day and in no midnight population.
    public var zeroLengthStints = 0
    /// Cells holding a FOIA redaction token such as `b(6), b(7)c`.
    public var redactedCells = 0
    /// Rows with at least one redacted cell.
    public var rowsWithRedactions = 0
    /// Rows left out because the facility code is blank or redacted.
    public var missingFacilityCode = 0
    /// Rows left out because the book-in is blank, redacted or not a date.
    public var malformedBookIn = 0
    /// Rows left out because the book-out is present but not a date.
    public var malformedBookOut = 0
    /// Rows left out because the book-out is before the book-in.
    public var bookOutBeforeBookIn = 0

    public init() {}

    /// Rows left out of the populations (besides duplicates).
    public var rowsLeftOut: Int { missingFacilityCode + malformedBookIn + malformedBookOut + bookOutBeforeBookIn }

    /// The report as lines for a terminal.
    public var lines: [String] {
        var out = [
            "format: \(format), header: \(headerStyle) style on row \(headerRow), \(columnCount) columns",
            "rows read: \(rowsRead)",
            "exact duplicate rows dropped: \(duplicateRows)",
            "stints counted: \(stintsCounted)",
            "  ongoing (no book-out): \(ongoingStints)",
            "  zero-length (book-out = book-in): \(zeroLengthStints)",
            "redacted cells: \(redactedCells) in \(rowsWithRedactions) rows",
        ]
        if rowsLeftOut > 0 {
            out.append("rows left out: \(rowsLeftOut)")
            if missingFacilityCode > 0 { out.append("  blank or redacted facility code: \(missingFacilityCode)") }
            if malformedBookIn > 0 { out.append("  blank, redacted or malformed book-in: \(malformedBookIn)") }
            if malformedBookOut > 0 { out.append("  malformed book-out: \(malformedBookOut)") }
            if bookOutBeforeBookIn > 0 { out.append("  book-out before book-in: \(bookOutBeforeBookIn)") }
        } else {
            out.append("rows left out: 0")
        }
        return out
    }
}

/// The result of reading one person-level file: where it came from, what the reader met,
/// and the daily populations computed from it. The stints themselves are not kept.
public struct StaysImport: Sendable {
    /// The file; `sha256` is empty when the reader was asked not to compute it.
    public var source: SourceFile
    public var report: StaysImportReport
    public var population: DailyPopulation

    public init(source: SourceFile, report: StaysImportReport, population: DailyPopulation) {
        self.source = source
        self.report = report
        self.population = population
    }
}
