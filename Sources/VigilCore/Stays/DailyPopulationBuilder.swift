/// Accumulates stints and produces a `DailyPopulation` by a sweep over difference arrays:
/// each stint adds +1 where it starts counting and −1 the day after it stops, per facility
/// and per definition, and one running sum per facility turns these into daily counts.
/// O(stints + facility-days) time, O(facility-days) memory, whatever the number of stints.
///
/// Facility codes and release reasons are interned to small integers so the per-stint work
/// is a few array updates: found by a fast hash of their bytes, and confirmed by comparing the
/// bytes, so two codes that share a hash stay two facilities. Two builders fed different parts
/// of a file can be `merge`d.
public struct DailyPopulationBuilder: Sendable {
    /// Lanes of the per-day difference array.
    private static let midnightLane = 0, allDayLane = 1, bookInLane = 2, bookOutLane = 3, lanes = 4

    private struct Tally: Sendable {
        var code: String
        /// Day number of `cells[0 ..< lanes]`.
        var origin: Int
        var cells: [Int32] = []
        var lengthOfStay = [Int](repeating: 0, count: LengthOfStayBucket.allCases.count)
        var ongoing = 0

        var dayCount: Int { cells.count / DailyPopulationBuilder.lanes }

        /// Widens the array so that days `low...high` have cells.
        mutating func cover(_ low: Int, _ high: Int) {
            let lanes = DailyPopulationBuilder.lanes
            if cells.isEmpty {
                origin = low
                cells = Array(repeating: 0, count: (high - low + 1 + 64) * lanes)
                return
            }
            if low < origin {
                let extra = max(origin - low, dayCount / 2, 64)
                cells = Array(repeating: 0, count: extra * lanes) + cells
                origin -= extra
            }
            if high >= origin + dayCount {
                let extra = max(high - (origin + dayCount) + 1, dayCount / 2, 64)
                cells += Array(repeating: 0, count: extra * lanes)
            }
        }
    }

    private var tallies: [Tally] = []
    private var facilityByHash: [UInt64: Int] = [:]
    /// Codes whose hash an earlier, different code holds: found by their text.
    private var facilityByCollidingCode: [String: Int] = [:]
    private var reasons: [String] = []
    private var reasonCounts: [Int] = []
    private var reasonByHash: [UInt64: Int] = [:]
    private var reasonByCollidingText: [String: Int] = [:]
    private var firstDay = Int.max
    private var lastDay = Int.min
    /// The interning hash; tests give one where everything collides.
    private let internHash: @Sendable (UnsafeRawBufferPointer) -> UInt64

    public init() {
        self.init(internHash: { RowFingerprint(of: $0).low })
    }

    init(internHash: @escaping @Sendable (UnsafeRawBufferPointer) -> UInt64) {
        self.internHash = internHash
    }

    /// The number of stints added.
    public private(set) var stintCount = 0

    /// The facility's small integer, from the code's bytes (interned on first sight).
    public mutating func facility(code bytes: UnsafeRawBufferPointer) -> Int {
        let key = internHash(bytes)
        if let index = facilityByHash[key] {
            if tallies[index].code.utf8.elementsEqual(bytes) { return index }
            // Another code has this hash: rare, so found by text.
            let code = String(decoding: bytes, as: UTF8.self)
            if let index = facilityByCollidingCode[code] { return index }
            facilityByCollidingCode[code] = tallies.count
            tallies.append(Tally(code: code, origin: 0))
            return tallies.count - 1
        }
        let code = String(decoding: bytes, as: UTF8.self)
        facilityByHash[key] = tallies.count
        tallies.append(Tally(code: code, origin: 0))
        return tallies.count - 1
    }

    public mutating func facility(code: String) -> Int {
        var code = code
        return code.withUTF8 { facility(code: UnsafeRawBufferPointer($0)) }
    }

    /// Counts one stint's `Detention Release Reason`.
    public mutating func countReleaseReason(_ bytes: UnsafeRawBufferPointer) {
        countReleaseReason(bytes, times: 1)
    }

    private mutating func countReleaseReason(_ bytes: UnsafeRawBufferPointer, times: Int) {
        let key = internHash(bytes)
        if let index = reasonByHash[key] {
            if reasons[index].utf8.elementsEqual(bytes) {
                reasonCounts[index] += times
                return
            }
            let reason = String(decoding: bytes, as: UTF8.self)
            if let index = reasonByCollidingText[reason] {
                reasonCounts[index] += times
                return
            }
            reasonByCollidingText[reason] = reasons.count
        } else {
            reasonByHash[key] = reasons.count
        }
        reasons.append(String(decoding: bytes, as: UTF8.self))
        reasonCounts.append(times)
    }

    public mutating func countReleaseReason(_ text: String) {
        var text = text
        text.withUTF8 { countReleaseReason(UnsafeRawBufferPointer($0)) }
    }

    /// Adds one stint at `facility` (from `facility(code:)`), in seconds since 1970
    /// (`StayTimestamp`); `bookOut` nil for an ongoing stint. `bookOut` must not be before `bookIn`.
    public mutating func addStint(facility: Int, bookIn: Int64, bookOut: Int64?) {
        let inDay = StayTimestamp.day(of: bookIn)
        stintCount += 1
        let lanes = Self.lanes
        if let bookOut {
            let outDay = StayTimestamp.day(of: bookOut)
            tallies[facility].cover(inDay, outDay + 1)
            firstDay = min(firstDay, inDay)
            lastDay = max(lastDay, outDay)
            let bucket = LengthOfStayBucket(seconds: bookOut - bookIn).rawValue
            tallies[facility].lengthOfStay[bucket] += 1
            let origin = tallies[facility].origin
            tallies[facility].cells.withUnsafeMutableBufferPointer { c in
                let i = (inDay - origin) * lanes, o = (outDay - origin) * lanes
                // Midnight: days inDay ..< outDay.  24-hour: days inDay ... outDay.
                c[i + Self.midnightLane] &+= 1
                c[o + Self.midnightLane] &-= 1
                c[i + Self.allDayLane] &+= 1
                c[o + lanes + Self.allDayLane] &-= 1
                c[i + Self.bookInLane] &+= 1
                c[o + Self.bookOutLane] &+= 1
            }
        } else {
            tallies[facility].cover(inDay, inDay)
            firstDay = min(firstDay, inDay)
            lastDay = max(lastDay, inDay)
            tallies[facility].ongoing += 1
            let origin = tallies[facility].origin
            tallies[facility].cells.withUnsafeMutableBufferPointer { c in
                let i = (inDay - origin) * lanes
                c[i + Self.midnightLane] &+= 1
                c[i + Self.allDayLane] &+= 1
                c[i + Self.bookInLane] &+= 1
            }
        }
    }

    /// Adds everything `other` accumulated (from another part of the same file).
    public mutating func merge(_ other: DailyPopulationBuilder) {
        let lanes = Self.lanes
        for tally in other.tallies where tally.dayCount > 0 || tally.ongoing > 0 {
            let f = facility(code: tally.code)
            tallies[f].cover(tally.origin, tally.origin + tally.dayCount - 1)
            let shift = (tally.origin - tallies[f].origin) * lanes
            for (i, v) in tally.cells.enumerated() where v != 0 { tallies[f].cells[shift + i] &+= v }
            for (b, n) in tally.lengthOfStay.enumerated() { tallies[f].lengthOfStay[b] += n }
            tallies[f].ongoing += tally.ongoing
        }
        for (i, reason) in other.reasons.enumerated() {
            var text = reason
            text.withUTF8 { countReleaseReason(UnsafeRawBufferPointer($0), times: other.reasonCounts[i]) }
        }
        firstDay = min(firstDay, other.firstDay)
        lastDay = max(lastDay, other.lastDay)
        stintCount += other.stintCount
    }

    /// The daily counts up to `through` (default: the last day any stint was booked in or
    /// out, so that ongoing stints count up to the data's own end).
    public func build(through: CalendarDate? = nil) -> DailyPopulation {
        let lanes = Self.lanes
        let last = through?.daysSinceEpoch ?? lastDay
        var series: [DailyPopulation.Series] = []
        for tally in tallies.sorted(by: { $0.code < $1.code }) where tally.dayCount > 0 {
            var counts: [DailyPopulation.Counts] = []
            let days = max(0, min(tally.dayCount, last - tally.origin + 1))
            counts.reserveCapacity(days)
            var midnight = 0, allDay = 0
            for d in 0..<days {
                let base = d * lanes
                midnight += Int(tally.cells[base + Self.midnightLane])
                allDay += Int(tally.cells[base + Self.allDayLane])
                counts.append(.init(midnight: midnight, allDay: allDay,
                                    bookIns: Int(tally.cells[base + Self.bookInLane]),
                                    bookOuts: Int(tally.cells[base + Self.bookOutLane])))
            }
            // Ongoing stints keep counting past the last booked day the array holds.
            if last >= tally.origin + tally.dayCount, midnight != 0 || allDay != 0 {
                for _ in tally.dayCount...(last - tally.origin) {
                    counts.append(.init(midnight: midnight, allDay: allDay))
                }
            }
            var buckets: [LengthOfStayBucket: Int] = [:]
            for (b, n) in tally.lengthOfStay.enumerated() where n > 0 { buckets[LengthOfStayBucket(rawValue: b)!] = n }
            series.append(.init(facilityCode: tally.code, firstDay: tally.origin, counts: counts,
                                lengthOfStay: buckets, ongoingStints: tally.ongoing))
        }
        let hasDays = firstDay <= last
        let reasons = zip(reasons, reasonCounts).map { (reason: $0.0, count: $0.1) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.reason < $1.reason }
        return DailyPopulation(series: series,
                               firstDate: hasDays ? CalendarDate(daysSinceEpoch: firstDay) : nil,
                               lastDate: hasDays ? CalendarDate(daysSinceEpoch: last) : nil,
                               releaseReasons: reasons)
    }
}
