import VigilCore

/// What every stays reader (CSV, `.csv.gz`, XLSX) does with one data row: drop it when it
/// repeats an earlier row exactly, check its dates, count it into the populations and
/// the report. Keeps the SHA-256 of each distinct row (`RowDigest`), never the row.
struct StintTally {
    var builder = DailyPopulationBuilder()
    var seen = RowDigestSet(capacity: 1 << 16)
    var report = StaysImportReport()

    /// Counts one row; `redactedCells` is how many of its cells hold a redaction token.
    mutating func add(digest: RowDigest, redactedCells: Int,
                      facility: UnsafeRawBufferPointer, bookIn: UnsafeRawBufferPointer,
                      bookOut: UnsafeRawBufferPointer, releaseReason: UnsafeRawBufferPointer?) {
        report.rowsRead += 1
        guard seen.insert(digest) else {
            report.duplicateRows += 1
            return
        }
        if redactedCells > 0 {
            report.redactedCells += redactedCells
            report.rowsWithRedactions += 1
        }
        let code = Self.trimmed(facility)
        guard code.count > 0, !Self.isRedacted(code) else {
            report.missingFacilityCode += 1
            return
        }
        guard let inTime = StayTimestamp.parse(Self.trimmed(bookIn)) else {
            report.malformedBookIn += 1
            return
        }
        let outBytes = Self.trimmed(bookOut)
        var outTime: Int64?
        if outBytes.count > 0 {
            guard let parsed = StayTimestamp.parse(outBytes) else {
                report.malformedBookOut += 1
                return
            }
            guard parsed >= inTime else {
                report.bookOutBeforeBookIn += 1
                return
            }
            if parsed == inTime { report.zeroLengthStints += 1 }
            outTime = parsed
        } else {
            report.ongoingStints += 1
        }
        let f = builder.facility(code: code)
        builder.addStint(facility: f, bookIn: inTime, bookOut: outTime)
        if let releaseReason { builder.countReleaseReason(Self.trimmed(releaseReason)) }
        report.stintsCounted += 1
    }

    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var s = 0, e = bytes.count
        while s < e && (bytes[s] == 0x20 || bytes[s] == 0x09) { s += 1 }
        while e > s && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09) { e -= 1 }
        return UnsafeRawBufferPointer(rebasing: bytes[s..<e])
    }

    /// `b(6)`, `b(7)c`, `(b)(6)` and the like.
    static func isRedacted(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= 3 else { return false }
        let a = bytes[0] | 0x20, b = bytes[1] | 0x20
        return (a == 0x62 && bytes[1] == 0x28) || (bytes[0] == 0x28 && b == 0x62 && bytes[2] == 0x29)
    }

    static func isRedacted(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isRedacted(UnsafeRawBufferPointer($0)) }
    }
}
