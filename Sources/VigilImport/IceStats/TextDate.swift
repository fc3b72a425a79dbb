import VigilCore

/// Dates written as text, in the forms ICE's workbooks and their title blocks use.
enum TextDate {
    /// The date `text` spells and a name for its format, or nil. Accepts `2023-04-05`
    /// (optionally followed by a time), `4/5/2023`, `04/05/23`, `4-5-2023`, `April 5, 2023`,
    /// `Apr. 5 2023` and `5-Apr-2023`. Two-digit years are 20xx (the workbooks start in 2019).
    static func parse(_ text: String) -> (date: CalendarDate, format: TextDateFormat)? {
        // `9/24/2020`, how ICE's inspection dates are written when written as text, is read on the
        // bytes: the general path (`parseAnyForm`) splits Characters, some 4 µs a cell, and gives the same for these.
        if case .some(.ofThisShape(let date)) = text.utf8.withContiguousStorageIfAvailable(SlashedMonthFirstDate.init) {
            return date.map { ($0, .monthDayYear) }
        }
        return parseAnyForm(text)
    }

    /// `parse` without its fast path for `m/d/yyyy`: every form, split as Characters.
    static func parseAnyForm(_ text: String) -> (date: CalendarDate, format: TextDateFormat)? {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed.count <= 40 else { return nil }
        if let date = iso(trimmed) { return (date, .yearMonthDay) }
        if let date = numericMonthFirst(trimmed) { return (date, .monthDayYear) }
        if let date = monthNameFirst(trimmed) { return (date, .monthNameDayYear) }
        if let date = dayMonthNameYear(trimmed) { return (date, .dayMonthNameYear) }
        return nil
    }

    /// Every `m/d/yyyy` (or `m/d/yy`) in a longer text, in order: for title blocks such as
    /// "Source: ICE Integrated Decision Support (IIDS), 12/28/2020".
    static func slashDates(in text: String) -> [CalendarDate] {
        var dates: [CalendarDate] = []
        for token in text.split(whereSeparator: { !($0.isASCIIDigit || $0 == "/") }) {
            if token.contains("/"), let date = numericMonthFirst(String(token)) { dates.append(date) }
        }
        return dates
    }

    private static func iso(_ text: String) -> CalendarDate? {
        let datePart = text.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? text
        guard datePart.count == 10 else { return nil }
        return CalendarDate(iso: datePart)
    }

    private static func numericMonthFirst(_ text: String) -> CalendarDate? {
        let separator: Character = text.contains("/") ? "/" : "-"
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4,
              let month = Int(parts[0]), let day = Int(parts[1]), var year = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { year += 2000 }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static func monthNameFirst(_ text: String) -> CalendarDate? {
        CalendarDate(spelledMonthFirst: text)
    }

    private static func dayMonthNameYear(_ text: String) -> CalendarDate? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }).map(String.init)
        guard words.count == 3, let day = Int(words[0]), let month = month(named: words[1]),
              var year = Int(words[2]), words[2].count == 4 || words[2].count == 2 else { return nil }
        if words[2].count == 2 { year += 2000 }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static func month(named word: String) -> Int? { CalendarMonth.number(named: word) }
}

/// Bytes of the shape `m/d/yy` or `m/d/yyyy` (one or two ASCII digits for the month and the day,
/// two or four for the year, slashes between), read without splitting: the day they name, nil
/// when it is no real day (`2/30/2023`). Any other bytes, surrounding spaces included, are
/// `notOfThisShape` and go the general way.
private enum SlashedMonthFirstDate {
    case ofThisShape(CalendarDate?)
    case notOfThisShape

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Month, day and year, and how many digits each has.
        var values = SIMD3<Int>(repeating: 0)
        var widths = SIMD3<Int>(repeating: 0)
        var field = 0
        for byte in bytes {
            if byte == UInt8(ascii: "/") {
                guard field < 2 else { self = .notOfThisShape; return }
                field += 1
                continue
            }
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10, widths[field] < 4 else { self = .notOfThisShape; return }
            values[field] = values[field] * 10 + Int(digit)
            widths[field] += 1
        }
        guard field == 2, (1...2).contains(widths[0]), (1...2).contains(widths[1]), widths[2] == 2 || widths[2] == 4 else {
            self = .notOfThisShape
            return
        }
        self = .ofThisShape(CalendarDate(year: widths[2] == 2 ? 2000 + values[2] : values[2], month: values[0], day: values[1]))
    }
}
