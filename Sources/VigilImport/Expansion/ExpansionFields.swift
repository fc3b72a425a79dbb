import Foundation
import VigilCore

/// Field rules the expansion lists share: states, dates written out, dates inside titles.
enum ExpansionFields {
    /// A two-letter state, upper-cased; anything else is refused through `fail`.
    static func state(_ text: String?, fail: (String) -> ImportFailure) throws -> String {
        guard let text else { throw fail("no state") }
        let upper = text.uppercased()
        guard upper.count == 2, upper.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw fail("“\(text)” is not a two-letter state")
        }
        return upper
    }

    /// The first `YYYY-MM-DD` in a text.
    static func isoDate(in text: String) -> CalendarDate? {
        guard let range = text.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) else { return nil }
        return CalendarDate(iso: text[range])
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december"]

    /// `June 8, 2020` (any spacing, non-breaking spaces too, `Sept.` and three-letter months) or `2020-06-08`.
    static func writtenDate(_ text: String) -> CalendarDate? {
        if let iso = CalendarDate(iso: text) { return iso }
        let words = text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        guard words.count == 3, let day = Int(words[1]), let year = Int(words[2]), words[2].count == 4,
              let month = months.firstIndex(where: { $0.hasPrefix(words[0]) && words[0].count >= 3 }) else { return nil }
        return CalendarDate(year: year, month: month + 1, day: day)
    }
}
