/// Moments in ICE's person-level records, as whole seconds since 1970-01-01 00:00 in the
/// records' own (unstated, local) clock: no time zone is applied, so a stint that ICE
/// writes as booked in at `2025-03-06 23:59:00` counts on March 6 wherever Vigil runs.
///
/// Parsed by hand from bytes: the importer meets millions of these, and a formatter per
/// value would dominate its run time.
public enum StayTimestamp {
    /// Seconds in a day.
    public static let secondsPerDay: Int64 = 86_400

    /// Parses `YYYY-MM-DD HH:MM:SS` (also with `T` between date and time, a fraction of a
    /// second, no seconds, or no time at all) from `bytes`. Returns nil for anything else,
    /// including impossible dates and years outside 1900...2100.

    public static func parse(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        let n = bytes.count
        guard n >= 10 else { return nil }
        @inline(__always) func digit(_ i: Int) -> Int? {
            let d = Int(bytes[i]) &- 48
            return (d >= 0 && d <= 9) ? d : nil
        }
        @inline(__always) func two(_ i: Int) -> Int? {
            guard let a = digit(i), let b = digit(i + 1) else { return nil }
            return a * 10 + b
        }
        guard let y1 = two(0), let y2 = two(2), bytes[4] == 0x2D, let month = two(5), bytes[7] == 0x2D,
              let day = two(8) else { return nil }
        let year = y1 * 100 + y2
        guard year >= 1900, year <= 2100, month >= 1, month <= 12, day >= 1,
              day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        var seconds = 0
        if n > 10 {
            guard n >= 16, bytes[10] == 0x20 || bytes[10] == 0x54, let hour = two(11), bytes[13] == 0x3A,
                  let minute = two(14), hour < 24, minute < 60 else { return nil }
            seconds = hour * 3600 + minute * 60
            if n > 16 {
                guard n >= 19, bytes[16] == 0x3A, let second = two(17), second < 61 else { return nil }
                seconds += second
                if n > 19 {
                    // A fraction of a second: `.000`, `.5`; ignored.
                    guard bytes[19] == 0x2E else { return nil }
                    for i in 20..<n where digit(i) == nil { return nil }
                }
            }
        }
        return Int64(CalendarDate.daysSinceEpoch(year: year, month: month, day: day)) * secondsPerDay + Int64(seconds)
    }

    /// Parses the same forms from text.
    public static func parse(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }

    /// The day (days since 1970-01-01) a moment falls on.

    public static func day(of seconds: Int64) -> Int {
        Int(seconds >= 0 ? seconds / secondsPerDay : (seconds - secondsPerDay + 1) / secondsPerDay)
    }

    /// An Excel serial date-time (days since 1899-12-30, fraction = time of day), to the
    /// nearest second, as `.xlsx` files store date cells.
    public static func fromExcelSerial(_ serial: Double) -> Int64? {
        guard serial.isFinite, serial >= 1, serial < 73_051 else { return nil }  // before 2100
        let seconds = (serial * Double(secondsPerDay)).rounded()
        return Int64(seconds) - 25_569 * secondsPerDay
    }

    /// `YYYY-MM-DD HH:MM:SS`.
    public static func text(_ seconds: Int64) -> String {
        let date = CalendarDate(daysSinceEpoch: day(of: seconds))
        let s = Int(seconds - Int64(day(of: seconds)) * secondsPerDay)
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(date.iso) \(pad(s / 3600)):\(pad(s / 60 % 60)):\(pad(s % 60))"
    }
}
