import Foundation
import VigilCore

/// Moments stored as ISO 8601 text in UTC (`2026-11-23T11:59:00Z`): the same on both
/// engines, and sortable as text.
enum Timestamp {
    static func now() -> String { iso(Date()) }

    /// `date` as `Date.formatted(.iso8601)` writes it (whole seconds, UTC), worked out here: the
    /// format style's first use sets up Foundation's calendars, about 1.2 ms that every import
    /// spent before making its schema.
    static func iso(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let (days, time) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (day, second) = time < 0 ? (days - 1, time + 86_400) : (days, time)
        let date = CalendarDate(daysSinceEpoch: day)
        return "\(date.iso)T\(twoDigits(second / 3600)):\(twoDigits(second / 60 % 60)):\(twoDigits(second % 60))Z"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// The moment `text` names, as `Date(text, strategy: .iso8601)` reads it. Text that `iso`
    /// wrote is read by hand (`StayTimestamp`'s parser, the `Z` aside, and then written again to
    /// check it): the strategy's first use sets up Foundation's calendars (about 1 ms), and the
    /// data version is read at the end of every import. Any other text goes to Foundation.
    static func date(_ text: String) -> Date? {
        if text.utf8.count == 20, text.hasSuffix("Z"), let seconds = StayTimestamp.parse(String(text.dropLast())) {
            let date = Date(timeIntervalSince1970: Double(seconds))
            if iso(date) == text { return date }
        }
        return try? Date(text, strategy: .iso8601)
    }
}
