/// A calendar month, e.g. June 2025: what ICE's monthly segregation figures are counted over.
public struct CalendarMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// Nil unless `month` is 1–12.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Reads `2025-06`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        self.init(year: year, month: month)
    }

    /// `2025-06`: how the month is stored and exported.
    public var iso: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    /// `June 2025`.
    public var name: String { "\(CalendarMonth.names[month - 1]) \(year)" }

    public var description: String { iso }

    /// The first day, for charts that place months on a date axis.
    public var firstDay: CalendarDate { CalendarDate(year: year, month: month, day: 1)! }

    public static func < (a: CalendarMonth, b: CalendarMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public static let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                               "October", "November", "December"]
}
