/// A day on the calendar, with no time of day and no time zone.
///
/// ICE's releases, inspections and person-level records speak in days. Keeping them as
/// plain year/month/day values avoids the off-by-one-day errors that `Date` plus a time
/// zone invites, and sorts and prints as ISO 8601 (`2024-07-08`).
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or returns nil when the components do not name a real day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        // Ten ASCII bytes, digits around two hyphens: read on the bytes. Daily files carry a
        // date per row (928,231 in UWCHR's headcount), and splitting each was a quarter of
        // that import. Anything else takes the general path, which gives the same for these.
        if case .some(.ofThisShape(let date)) = text.utf8.withContiguousStorageIfAvailable(PlainISODate.init) {
            guard let date else { return nil }
            self = date
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The ISO 8601 form, `YYYY-MM-DD`.
    public var iso: String {
        // Written digit by digit: exports and stored rows print a date per row.
        if year >= 1000 {
            return String(unsafeUninitializedCapacity: 10) { buffer in
                func digits(_ value: Int, _ count: Int, at start: Int) {
                    var rest = value
                    for index in (start..<start + count).reversed() {
                        buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                        rest /= 10
                    }
                }
                digits(year, 4, at: 0); digits(month, 2, at: 5); digits(day, 2, at: 8)
                buffer[4] = UInt8(ascii: "-")
                buffer[7] = UInt8(ascii: "-")
                return 10
            }
        }
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before it), for arithmetic between dates.
    public var daysSinceEpoch: Int { CalendarDate.daysSinceEpoch(year: year, month: month, day: day) }

    /// Days since 1970-01-01 for unchecked components: Howard Hinnant's days-from-civil
    /// algorithm, also used on hot paths that parse timestamps without building a date.
    public static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date that is `days` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.year = y
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    public func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The U.S. federal fiscal year this day falls in: FY2024 runs 2023-10-01 to 2024-09-30.
    public var fiscalYear: Int { month >= 10 ? year + 1 : year }

    /// The day an Excel serial number names (1900 date system, as ICE's workbooks use).
    ///
    /// Excel counts 1900-02-29, a day that never was, so serials from 61 on are one too
    /// high; serial 25569 is 1970-01-01.
    public init?(excelSerial serial: Double) {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        self.init(daysSinceEpoch: whole - 25_569)
    }
}

/// Bytes of the shape `DDDD-DD-DD` (ASCII digits), read without splitting: the day they name,
/// nil when it is no real day (`2023-02-30`). Any other bytes are `notOfThisShape`.
private enum PlainISODate {
    case ofThisShape(CalendarDate?)
    case notOfThisShape

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { self = .notOfThisShape; return }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { self = .notOfThisShape; return }
        self = .ofThisShape(CalendarDate(year: year, month: month, day: day))
    }
}
