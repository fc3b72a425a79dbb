import Foundation

extension CalendarDate {
    /// Today in UTC, from the system clock: the limit past which a reported date is refused,
    /// and the date a document says it was prepared.
    public static var today: CalendarDate {
        CalendarDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
