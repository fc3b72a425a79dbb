/// Dates with the month spelled out, as letters and workbook title blocks write them.
extension CalendarDate {
    /// Parses `November 15, 2024`, `Nov. 15 2024` or `Sept 3, 2024`; nil for anything else.
    public init?(spelledMonthFirst text: some StringProtocol) {
        let words = String(text).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard words.count == 3, let month = CalendarMonth.number(named: words[0]),
              let day = Int(words[1]), words[2].count == 4, let year = Int(words[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `November 15, 2024`: the form a letter is dated in.
    public var spelled: String { "\(CalendarMonth.names[month - 1]) \(day), \(year)" }
}

extension CalendarMonth {
    /// 1–12 for a month's name or its three-letter abbreviation (`Nov`, `nov.`, and `Sept`).
    public static func number(named word: String) -> Int? {
        var name = word.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        guard name.count >= 3 else { return nil }
        if name == "sept" { return 9 }
        return names.firstIndex {
            let full = $0.lowercased()
            return full == name || (full.hasPrefix(name) && name.count == 3)
        }.map { $0 + 1 }
    }
}
