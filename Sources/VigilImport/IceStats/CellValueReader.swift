import Foundation
import VigilCore

/// Reads one row's cells as their columns' kinds of value, and tells the ledger about every
/// placeholder, unreadable value and date written as a serial or as text.
struct CellValueReader {
    let file: String
    let sheet: String
    let row: Int

    /// Text, trimmed; nil when blank. A lone non-breaking space and `#N/A` are placeholders.
    /// Other text is kept as ICE wrote it, `N/A` and `*` included: in a rating or standard
    /// column they are ICE's words, explained in the sheet's footnotes.
    mutating func text(_ value: XLSXCellValue, column: String, ledger: inout AnomalyLedger) -> String? {
        switch value {
        case .empty:
            return nil
        case .sharedString(let raw), .inlineString(let raw):
            let trimmed = raw.trimmingSpaces()
            if trimmed.isEmpty {
                if let label = PlaceholderText.label(for: raw) { placeholder(label, raw: raw, column: column, ledger: &ledger) }
                return nil
            }
            return trimmed
        case .number(let number):
            return CellText.display(number)
        case .boolean(let flag):
            return flag ? "TRUE" : "FALSE"
        case .error(let code):
            errorValue(code, column: column, ledger: &ledger)
            return nil
        }
    }

    /// A number; text that spells one (`"1,234.5"`) is read too.
    mutating func number(_ value: XLSXCellValue, column: String, ledger: inout AnomalyLedger) -> Double? {
        switch value {
        case .empty:
            return nil
        case .number(let number):
            return number
        case .sharedString(let raw), .inlineString(let raw):
            let trimmed = raw.trimmingSpaces()
            if let number = Double(trimmed.replacingOccurrences(of: ",", with: "")), number.isFinite { return number }
            notAValue(raw, expected: .number, column: column, ledger: &ledger)
            return nil
        case .boolean(let flag):
            notAValue(flag ? "TRUE" : "FALSE", expected: .number, column: column, ledger: &ledger)
            return nil
        case .error(let code):
            errorValue(code, column: column, ledger: &ledger)
            return nil
        }
    }

    /// An inspection date: an Excel serial number or text such as `4/5/2023`.
    mutating func date(_ value: XLSXCellValue, column: String, ledger: inout AnomalyLedger) -> CalendarDate? {
        switch value {
        case .empty:
            return nil
        case .number(let serial):
            guard let date = CalendarDate(excelSerial: serial), Self.plausibleYears.contains(date.year) else {
                notAValue(CellText.display(serial), expected: .dateSerialOutOfRange,
                          column: column, ledger: &ledger)
                return nil
            }
            ledger.count(.excelSerialDate, column: column, value: "",
                         facts: .excelSerialDate(column: column, example: CellText.display(serial), date: date), at: location(column))
            return date
        case .sharedString(let raw), .inlineString(let raw):
            if PlaceholderText.isBlank(raw) {
                if let label = PlaceholderText.label(for: raw) { placeholder(label, raw: raw, column: column, ledger: &ledger) }
                return nil
            }
            guard let (date, format) = TextDate.parse(raw), Self.plausibleYears.contains(date.year) else {
                notAValue(raw, expected: .date, column: column, ledger: &ledger)
                return nil
            }
            ledger.count(.textDate, column: column, value: "",
                         facts: .textDate(column: column, example: raw.trimmingSpaces(), format: format), at: location(column))
            return date
        case .boolean(let flag):
            notAValue(flag ? "TRUE" : "FALSE", expected: .date, column: column, ledger: &ledger)
            return nil
        case .error(let code):
            errorValue(code, column: column, ledger: &ledger)
            return nil
        }
    }

    /// A ZIP code as text: Excel drops leading zeros from numeric ZIPs (2863 is 02863).
    mutating func zip(_ value: XLSXCellValue, column: String, ledger: inout AnomalyLedger) -> String? {
        guard case .number(let number) = value, number >= 0, number.rounded() == number, number < 1e9 else {
            return text(value, column: column, ledger: &ledger)
        }
        let digits = String(Int(number))
        if digits.count <= 5 { return String(repeating: "0", count: 5 - digits.count) + digits }
        let padded = String(repeating: "0", count: max(0, 9 - digits.count)) + digits
        return String(padded.prefix(5)) + "-" + String(padded.suffix(4))
    }

    /// Inspection dates before 1980 or after 2100 are typing slips, not dates.
    private static let plausibleYears = 1980...2100

    // MARK: - Anomalies

    private func location(_ column: String) -> SourceLocation {
        SourceLocation(file: file, sheet: sheet, row: row, column: column)
    }

    /// Text that is not the column's kind of value: a placeholder, or unreadable.
    private mutating func notAValue(_ raw: String, expected: ReleaseAnomalyFacts.ExpectedValue, column: String,
                                    ledger: inout AnomalyLedger) {
        if let label = PlaceholderText.label(for: raw) {
            placeholder(label, raw: raw, column: column, ledger: &ledger)
            return
        }
        let shown = raw.trimmingSpaces()
        let value = shown.count > 60 ? String(shown.prefix(57)) + "..." : shown
        ledger.count(.unreadable(column: column, value: value, expected: expected), column: column, value: shown, at: location(column))
    }

    private mutating func placeholder(_ label: PlaceholderMark, raw: String, column: String, ledger: inout AnomalyLedger) {
        ledger.count(.placeholder(column: column, label: label), column: column, value: label.rawValue, at: location(column))
    }

    /// `#N/A` is ICE's "not available"; any other error (`#REF!`, `#DIV/0!`) is a broken formula.
    private mutating func errorValue(_ code: String, column: String, ledger: inout AnomalyLedger) {
        if code.uppercased() == "#N/A" {
            placeholder(.notAvailableError, raw: code, column: column, ledger: &ledger)
        } else {
            ledger.count(.errorValue(column: column, code: code), column: column, value: code, at: location(column))
        }
    }
}
