/// A U.S. federal fiscal year: FY2024 runs from 2023-10-01 to 2024-09-30.
public struct FiscalYear: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int

    public init(_ year: Int) { self.year = year }

    public var firstDay: CalendarDate { CalendarDate(year: year - 1, month: 10, day: 1)! }
    public var lastDay: CalendarDate { CalendarDate(year: year, month: 9, day: 30)! }

    public func contains(_ date: CalendarDate) -> Bool { date.fiscalYear == year }

    /// `FY2024`.
    public var description: String { "FY\(year)" }

    public static func < (a: FiscalYear, b: FiscalYear) -> Bool { a.year < b.year }
}
