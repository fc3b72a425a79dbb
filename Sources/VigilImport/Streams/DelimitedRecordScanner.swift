import VigilCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Vigil's one reader of delimited text (CSV, pipe- and tab-delimited): splits it into records
/// and fields without making a `String` per field: RFC 4180 quoting, LF, CRLF or CR-only line
/// ends, read through a large buffer refilled from a `ByteStream`. Fields are byte ranges into
/// the buffer, valid until the next record. Person-level files stream through it; a file read
/// whole goes through it as text (`DelimitedText`).
///
/// Quoting: a field that starts with `"` runs to the next lone `"` (a doubled `""` is one
/// quote, and line ends inside count as lines); anything between that closing quote and the
/// delimiter is dropped, as spreadsheets do; a `"` inside an unquoted field is kept as it is.
///
/// Within `ReadLimits`: a record longer than `maximumRecordByteCount` (so the buffer never
/// grows past twice that), one with more than `maximumFieldCount` fields, or one holding a
/// NUL byte (never text, and refused by PostgreSQL) refuses the file, naming it and the line.
final class DelimitedRecordScanner {
    let fileName: String
    let delimiter: UInt8
    private let limits: ReadLimits
    private let stream: any ByteStream
    private var buffer: UnsafeMutableRawBufferPointer
    private var base: UnsafeMutablePointer<UInt8>
    private var filled = 0
    private var position = 0
    private var atEnd = false
    /// 1 for the bytes that end an unquoted field's run: the delimiter, `"`, CR and LF.
    private let special: UnsafeMutablePointer<UInt8>

    private var starts: UnsafeMutablePointer<Int>
    private var ends: UnsafeMutablePointer<Int>
    private var escaped: UnsafeMutablePointer<Bool>
    private var fieldCapacity = 256
    private var unescapeScratch: [UInt8] = []

    /// Fields in the current record.
    private(set) var fieldCount = 0
    /// The current record's bytes (without its line end) start and end here.
    private var recordStart = 0
    private var recordEnd = 0
    /// 1-based line the current record starts on.
    private(set) var line = 0
    private var nextLine = 1

    static let quote: UInt8 = 0x22, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    init(stream: any ByteStream, fileName: String, delimiter: UInt8, bufferSize: Int = 8 << 20,
         limits: ReadLimits = .current) {
        self.stream = stream
        self.fileName = fileName
        self.delimiter = delimiter
        self.limits = limits
        buffer = .allocate(byteCount: bufferSize, alignment: 64)
        base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
        special = .allocate(capacity: 256)
        special.initialize(repeating: 0, count: 256)
        for b in [delimiter, Self.quote, Self.cr, Self.lf] { special[Int(b)] = 1 }
        starts = .allocate(capacity: fieldCapacity)
        ends = .allocate(capacity: fieldCapacity)
        escaped = .allocate(capacity: fieldCapacity)
    }

    deinit {
        buffer.deallocate()
        special.deallocate()
        starts.deallocate()
        ends.deallocate()
        escaped.deallocate()
    }

    /// The bytes of the file's start (at most `count`), without consuming them: for finding
    /// the header line and the delimiter before scanning.
    static func peekText(_ stream: any ByteStream, count: Int = 1 << 16) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var n = 0
        try bytes.withUnsafeMutableBytes { raw in
            while n < count {
                let got = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[n...]))
                if got == 0 { break }
                n += got
            }
        }
        return Array(bytes[0..<n])
    }

    /// Puts bytes already taken from the stream (by `peekText`) back in front of it.
    func prepend(_ bytes: [UInt8]) {
        if bytes.count > buffer.count { grow(to: bytes.count * 2) }
        bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        filled = bytes.count
    }

    /// The current record's raw bytes, for fingerprinting.
    var record: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + recordStart, count: recordEnd - recordStart)
    }

    /// Field `i`'s bytes, quotes removed; a doubled quote inside a quoted field is undoubled.
    func withField<R>(_ i: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let raw = UnsafeRawBufferPointer(start: base + starts[i], count: ends[i] - starts[i])
        guard escaped[i] else { return try body(raw) }
        unescapeScratch.removeAll(keepingCapacity: true)
        var previousWasQuote = false
        for b in raw {
            if b == Self.quote && previousWasQuote { previousWasQuote = false; continue }
            previousWasQuote = b == Self.quote
            unescapeScratch.append(b)
        }
        return try unescapeScratch.withUnsafeBytes { try body($0) }
    }

    func fieldText(_ i: Int) -> String {
        withField(i) { String(decoding: $0, as: UTF8.self) }
    }

    /// True when field `i` begins with a FOIA redaction token: `b(6)`, `(b)(6)`, `b(7)c` …
    func fieldIsRedacted(_ i: Int) -> Bool {
        let s = starts[i], e = ends[i]
        guard e - s >= 3 else { return false }
        let a = base[s] | 0x20, b = base[s + 1] | 0x20
        return (a == 0x62 && base[s + 1] == 0x28) || (base[s] == 0x28 && b == 0x62 && base[s + 2] == 0x29)
    }

    /// Advances to the next non-blank record; false at the end of the file.
    func nextRecord() throws -> Bool {
        while true {
            if position >= filled && atEnd { return false }
            switch try parseRecord() {
            case .complete:
                if fieldCount == 1 && ends[0] == starts[0] && !escaped[0] && recordEnd == recordStart { continue }
                return true
            case .needMore:
                try refill()
            }
        }
    }

    private enum Outcome { case complete, needMore }

    private func addField(_ s: Int, _ e: Int, escaped isEscaped: Bool) throws {
        guard fieldCount < limits.maximumFieldCount else {
            throw ImportFailure(file: fileName, row: nextLine, column: nil,
                                "the row has more than \(limits.maximumFieldCount) fields (the limit for one row)")
        }
        if fieldCount == fieldCapacity {
            let capacity = fieldCapacity * 2
            let newStarts = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
            let newEnds = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
            let newEscaped = UnsafeMutablePointer<Bool>.allocate(capacity: capacity)
            newStarts.moveInitialize(from: starts, count: fieldCount)
            newEnds.moveInitialize(from: ends, count: fieldCount)
            newEscaped.moveInitialize(from: escaped, count: fieldCount)
            starts.deallocate(); ends.deallocate(); escaped.deallocate()
            starts = newStarts; ends = newEnds; escaped = newEscaped
            fieldCapacity = capacity
        }
        starts[fieldCount] = s
        ends[fieldCount] = e
        escaped[fieldCount] = isEscaped
        fieldCount += 1
    }

    private func parseRecord() throws -> Outcome {
        let base = self.base, special = self.special, end = filled, delimiter = self.delimiter
        let quote = Self.quote
        var p = position
        var embeddedLines = 0
        fieldCount = 0
        while true {
            // The start of a field.
            if p < end && base[p] == quote {
                let openedOn = nextLine + embeddedLines
                p += 1
                let s = p
                var hasDoubled = false
                while true {
                    if p >= end {
                        if atEnd {
                            throw ImportFailure(file: fileName, row: openedOn, column: nil, """
                                a quoted field starting on line \(openedOn) never closes: the file is truncated or a quote (") is missing
                                """)
                        }
                        return .needMore
                    }
                    let b = base[p]
                    if b == quote {
                        if p + 1 < end {
                            if base[p + 1] == quote { hasDoubled = true; p += 2; continue }
                            break
                        }
                        if atEnd { break }
                        return .needMore
                    }
                    // A line end inside quotes is a line: LF (unless after CR), or CR.
                    if b == Self.lf { if base[p - 1] != Self.cr { embeddedLines += 1 } } else if b == Self.cr { embeddedLines += 1 }
                    p += 1
                }
                try addField(s, p, escaped: hasDoubled)
                p += 1
                // Anything between the closing quote and the delimiter is dropped, as spreadsheets do.
                while p < end && special[Int(base[p])] == 0 { p += 1 }
            } else {
                let s = p
                while true {
                    while p < end && special[Int(base[p])] == 0 { p += 1 }
                    if p < end && base[p] == quote { p += 1; continue }  // a stray quote inside a field
                    break
                }
                try addField(s, p, escaped: false)
            }
            if p >= end {
                guard atEnd else { return .needMore }
                try finish(recordEnd: p, next: p, embeddedLines: embeddedLines)
                return .complete
            }
            let b = base[p]
            if b == delimiter { p += 1; continue }
            // CR, LF or CRLF ends the record.
            let recordEnd = p
            p += 1
            if b == Self.cr {
                if p >= end && !atEnd { return .needMore }
                if p < end && base[p] == Self.lf { p += 1 }
            }
            try finish(recordEnd: recordEnd, next: p, embeddedLines: embeddedLines)
            return .complete
        }
    }

    private func finish(recordEnd: Int, next: Int, embeddedLines: Int) throws {
        try checkLength(recordEnd - position)
        if memchr(base + position, 0, recordEnd - position) != nil {
            throw ImportFailure(file: fileName, row: nextLine, column: nil,
                                "the row holds a NUL byte: this is a binary file, not delimited text")
        }
        recordStart = position
        self.recordEnd = recordEnd
        position = next
        line = nextLine
        nextLine += 1 + embeddedLines
    }

    /// Moves the unparsed tail to the front and reads more behind it.
    private func refill() throws {
        let leftover = filled - position
        if leftover > 0 && position > 0 {
            (buffer.baseAddress! + 0).copyMemory(from: buffer.baseAddress! + position, byteCount: leftover)
        }
        position = 0
        filled = leftover
        // The leftover is the start of a record not yet complete.
        try checkLength(leftover)
        if filled == buffer.count { grow(to: buffer.count * 2) }
        let n = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
        if n == 0 { atEnd = true } else { filled += n }
    }

    private func checkLength(_ recordByteCount: Int) throws {
        guard recordByteCount <= limits.maximumRecordByteCount else {
            throw ImportFailure(file: fileName, row: nextLine, column: nil, """
                one row runs past \(ReadLimits.describe(bytes: limits.maximumRecordByteCount)) (the limit for one row): \
                this is not a delimited text file, or a quote is never closed
                """)
        }
    }

    private func grow(to size: Int) {
        let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 64)
        bigger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: filled)
        buffer.deallocate()
        buffer = bigger
        base = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
    }

    /// The delimiter a header line uses: the most frequent of `,` `|` tab `;` outside quotes.
    static func delimiter(ofHeaderLine line: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x7C: 0, 0x09: 0, 0x3B: 0]
        var inQuotes = false
        for b in line {
            if b == quote { inQuotes.toggle() } else if !inQuotes, counts[b] != nil { counts[b]! += 1 }
        }
        let best = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!
        return best.value > 0 ? best.key : 0x2C
    }

    /// The lines of `bytes` (LF, CRLF or CR ends), at most `limit` of them, for header search.
    static func lines(of bytes: [UInt8], limit: Int) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < bytes.count && lines.count < limit {
            let b = bytes[i]
            if b == lf || b == cr {
                lines.append(current)
                current = []
                if b == cr && i + 1 < bytes.count && bytes[i + 1] == lf { i += 1 }
            } else {
                current.append(b)
            }
            i += 1
        }
        if lines.count < limit && !current.isEmpty { lines.append(current) }
        return lines
    }
}
