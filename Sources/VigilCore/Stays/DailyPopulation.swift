/// How many people each facility held, day by day, computed from person-level stints.
///
/// Two populations, which differ and must not be mixed up:
/// - **midnight**: stints booked in before the end of the day and not booked out before it
///   (`book_in < end_of_day` and `book_out` absent or `>= end_of_day`), a headcount at midnight;
/// - **24-hour**: stints that overlap the day at all (`book_in < end_of_day` and `book_out`
///   absent or `>= start_of_day`), so a stint of a few hours counts on its day.
///
/// Plus book-ins and book-outs per day. A facility's days before its first stint are zero;
/// ongoing stints (no book-out) count up to `lastDate`, the last day the data speaks of.
public struct DailyPopulation: Sendable {
    /// One facility-day.
    public struct Counts: Hashable, Sendable {
        public var midnight: Int
        public var allDay: Int
        public var bookIns: Int
        public var bookOuts: Int

        public init(midnight: Int = 0, allDay: Int = 0, bookIns: Int = 0, bookOuts: Int = 0) {
            self.midnight = midnight
            self.allDay = allDay
            self.bookIns = bookIns
            self.bookOuts = bookOuts
        }

        public var isZero: Bool { midnight == 0 && allDay == 0 && bookIns == 0 && bookOuts == 0 }
    }

    /// One facility's series: `counts[i]` is day `firstDay + i` (days since 1970-01-01).
    public struct Series: Sendable {
        public var facilityCode: String
        public var firstDay: Int
        public var counts: [Counts]
        /// Completed stints per length-of-stay class.
        public var lengthOfStay: [LengthOfStayBucket: Int]
        /// Stints with no book-out.
        public var ongoingStints: Int
    }

    /// Every facility's series, sorted by facility code.
    public let series: [Series]
    /// The first and last day covered; nil when there were no stints.
    public let firstDate: CalendarDate?
    public let lastDate: CalendarDate?
    /// `Detention Release Reason` values and how many stints carry each, most frequent
    /// first (a blank reason is the empty string).
    public let releaseReasons: [(reason: String, count: Int)]

    public init(series: [Series], firstDate: CalendarDate?, lastDate: CalendarDate?,
                releaseReasons: [(reason: String, count: Int)]) {
        self.series = series
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.releaseReasons = releaseReasons
    }

    public var facilityCodes: [String] { series.map(\.facilityCode) }

    /// The counts for one facility on one day: zero where the data has nothing.
    public func counts(facility code: String, on date: CalendarDate) -> Counts {
        guard let s = series.first(where: { $0.facilityCode == code }) else { return Counts() }
        let i = date.daysSinceEpoch - s.firstDay
        return s.counts.indices.contains(i) ? s.counts[i] : Counts()
    }

    /// Calls `body` for every facility-day with any non-zero count, by facility then date.
    public func forEachNonZeroDay(_ body: (String, CalendarDate, Counts) throws -> Void) rethrows {
        for s in series {
            for (i, c) in s.counts.enumerated() where !c.isZero {
                try body(s.facilityCode, CalendarDate(daysSinceEpoch: s.firstDay + i), c)
            }
        }
    }

    /// How many facility-days `forEachNonZeroDay` visits.
    public var nonZeroDayCount: Int {
        series.reduce(0) { $0 + $1.counts.reduce(0) { $0 + ($1.isZero ? 0 : 1) } }
    }

    /// Completed stints per length-of-stay class, over all facilities.
    public var lengthOfStay: [LengthOfStayBucket: Int] {
        series.reduce(into: [:]) { total, s in
            for (bucket, n) in s.lengthOfStay { total[bucket, default: 0] += n }
        }
    }
}

extension DailyPopulation {
    /// The header of `csvLines`: the columns of `vigil export daily-population`.
    public static let csvHeader = "facility_code,date,midnight_pop,daily_pop_24h"

    /// The non-zero facility-days as CSV (LF line ends), header first, by facility then date,
    /// handed to `sink` in blocks of about a megabyte.
    public func csvLines(_ sink: ([UInt8]) throws -> Void) rethrows {
        var out: [UInt8] = Array((Self.csvHeader + "\n").utf8)
        out.reserveCapacity(1 << 20 + 256)
        func number(_ n: Int) {
            if n < 10 { out.append(UInt8(48 + n)); return }
            out.append(contentsOf: String(n).utf8)
        }
        for s in series {
            // The code comes from the input file as written: quoted and defused like every other CSV cell.
            let code = Array(DataTable.csvField(DataTable.defuseFormula(s.facilityCode)).utf8)
            for (i, c) in s.counts.enumerated() where c.midnight != 0 || c.allDay != 0 {
                out.append(contentsOf: code)
                out.append(0x2C)
                out.append(contentsOf: CalendarDate(daysSinceEpoch: s.firstDay + i).iso.utf8)
                out.append(0x2C)
                number(c.midnight)
                out.append(0x2C)
                number(c.allDay)
                out.append(0x0A)
                if out.count >= 1 << 20 {
                    try sink(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        if !out.isEmpty { try sink(out) }
    }
}
