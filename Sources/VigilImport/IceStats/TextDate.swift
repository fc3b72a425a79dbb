import VigilCore

/// Dates written as text, in the forms ICE's workbooks and their title blocks use.
enum TextDate {
    /// The date `text` spells and a name for its format, or nil. Accepts `2023-04-05`
    /// (optionally followed by a time), `4/5/2023`, `04/05/23`, `4-5-2023`, `April 5, 2023`,
    /// `Apr. 5 2023` and `5-Apr-2023`. Two-digit years are 20xx (the workbooks start in 2019).
    static func parse(_ text: String) -> (date: CalendarDate, format: TextDateFormat)? {
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
