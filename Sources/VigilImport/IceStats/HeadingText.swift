import VigilCore

/// Finds the month or fiscal quarter a segregation block's heading names, wherever in the
/// heading's text it sits: `June 2025`, `May 2024\n\nThis Segregation Review Management
/// System (SRMS) data represents…`, `ICE Segregation Population* for April 2024. Data
/// extracted from…`, `Fiscal Year (FY)  2022 Quarter 2 Data`, `FY 2022 Quarter 2 Data`.
enum HeadingText {
    /// The first "<Month> <YYYY>" in the text (full month names, any case, any spacing).
    static func month(in text: String) -> CalendarMonth? {
        let words = self.words(text)
        for (index, word) in words.enumerated() where index + 1 < words.count {
            guard let month = monthNumbers[word], let year = fourDigitYear(words[index + 1]) else { continue }
            return CalendarMonth(year: year, month: month)
        }
        return nil
    }

    /// The fiscal year and quarter of a heading such as `Fiscal Year (FY) 2022 Quarter 3 Data`.
    ///
    /// Only short texts count: the sheet's definitional paragraphs mention fiscal years too.
    static func fiscalQuarter(in text: String) -> (fiscalYear: FiscalYear, quarter: Int)? {
        guard text.count <= 120 else { return nil }
        let words = self.words(text)
        guard let at = words.firstIndex(of: "quarter"), at + 1 < words.count,
              let quarter = Int(words[at + 1]), (1...4).contains(quarter) else { return nil }
        for word in words[..<at] {
            if let year = fourDigitYear(word) { return (FiscalYear(year), quarter) }
            // "FY22"
            if word.hasPrefix("fy"), word.count == 4, let short = Int(word.dropFirst(2)) { return (FiscalYear(2000 + short), quarter) }
        }
        return nil
    }

    /// The number just before "unique" in a footnote such as `*Data represents 281 unique
    /// detainees. Some detainees have multiple placements…`.
    static func uniqueDetainees(in text: String) -> Int? {
        let words = self.words(text.replacingOccurrences(of: ",", with: ""))
        guard let at = words.firstIndex(of: "unique"), at > 0 else { return nil }
        return Int(words[at - 1])
    }

    /// Lower-case runs of letters and digits.
    static func words(_ text: String) -> [String] {
        asciiWords(text) ?? generalWords(text)
    }

    /// Any text, through Characters: what `words` means.
    static func generalWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// The same on the bytes of text that is all ASCII, where the letters are A–Z and a–z and the
    /// numbers 0–9 (nil for any other text). Every text row of the segregation sheets is asked;
    /// through Characters that was 0.7% of a workbook import's CPU. A test holds the two paths to
    /// the same answers.
    static func asciiWords(_ text: String) -> [String]? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var words: [String] = []
        var word: [UInt8] = []
        for byte in bytes {
            let lower = ASCII.lowercased(byte)
            if ASCII.isDigit(lower) || (lower >= ASCII.lowerA && lower <= ASCII.lowerZ) {
                word.append(lower)
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    private static func fourDigitYear(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), (2000...2099).contains(year) else { return nil }
        return year
    }

    private static let monthNumbers: [String: Int] = Dictionary(
        uniqueKeysWithValues: CalendarMonth.names.enumerated().map { ($1.lowercased(), $0 + 1) })
}
