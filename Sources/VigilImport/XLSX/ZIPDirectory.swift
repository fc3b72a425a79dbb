import Foundation
import VigilCore

/// The table of contents of a ZIP archive (an .xlsx): every entry's name, sizes, checksum and
/// the exact bytes that hold it, read from the central directory with each count and offset
/// checked against the bytes there are.
///
/// Vigil reads it itself rather than through ZIPFoundation because reading an entry needs to
/// know where its bytes end: on Linux ZIPFoundation inflates a deflate entry without stopping
/// at its compressed size, so a stream that never reaches its end marker runs on into the next
/// entries, to the end of the file, and then loops there for ever (found by `scripts/fuzz
/// workbook`: a 1.6 KB workbook that never finished). `ZIPPackage` inflates exactly
/// `Entry.dataRange`, within `ReadLimits`.
struct ZIPDirectory {
    struct Entry {
        /// As written, without a leading `/`.
        let path: String
        /// 0 stored, 8 deflate; anything else is refused when the part is read.
        let method: Int
        let isEncrypted: Bool
        let checksum: UInt32
        /// Declared in the central directory (the local header's copy is not trusted).
        let uncompressedSize: UInt64
        /// Where the entry's stored or compressed bytes lie in the file.
        let dataRange: Range<Int>
    }

    /// Files only (directory entries are left out), in the order of the central directory.
    let entries: [Entry]

    /// Refuses an archive with more than `maximumEntryCount` entries (a ZIP bomb made of
    /// entries) with its own message; any other damage throws `Damaged`.
    init(_ data: Data, fileName: String, maximumEntryCount: Int) throws {
        let bytes = Bytes(data: data)
        let (count, directoryStart, directoryEnd) = try Self.centralDirectory(bytes)
        if count > maximumEntryCount {
            throw ImportFailure(file: fileName, """
                the archive lists more than \(maximumEntryCount) entries (limit); a workbook \
                holds a few dozen, so this is refused as a possible ZIP bomb
                """)
        }
        var entries: [Entry] = []
        var at = directoryStart
        for _ in 0..<count {
            guard at + 46 <= directoryEnd, try bytes.u32(at) == 0x0201_4B50 else { throw Damaged() }
            let flags = try bytes.u16(at + 8)
            let method = try bytes.u16(at + 10)
            let checksum = UInt32(try bytes.u32(at + 16))
            var compressedSize = UInt64(try bytes.u32(at + 20))
            var uncompressedSize = UInt64(try bytes.u32(at + 24))
            let nameLength = try bytes.u16(at + 28)
            let extraLength = try bytes.u16(at + 30)
            let commentLength = try bytes.u16(at + 32)
            var localHeader = UInt64(try bytes.u32(at + 42))
            let name = try bytes.slice(at + 46, nameLength)
            let extraStart = at + 46 + nameLength
            at = extraStart + extraLength + commentLength
            guard at <= directoryEnd else { throw Damaged() }
            // ZIP64: a size or offset written as 0xFFFFFFFF is in the extended-information
            // extra field (id 1), in this order, only those that overflowed.
            var extra = extraStart
            while extra + 4 <= extraStart + extraLength {
                let id = try bytes.u16(extra), length = try bytes.u16(extra + 2)
                var field = extra + 4
                extra = field + length
                guard id == 1, extra <= extraStart + extraLength else { continue }
                func overflowed(_ value: inout UInt64) throws {
                    guard value == 0xFFFF_FFFF, field + 8 <= extra else { return }
                    value = try bytes.u64(field)
                    field += 8
                }
                try overflowed(&uncompressedSize)
                try overflowed(&compressedSize)
                try overflowed(&localHeader)
            }
            guard name.last != UInt8(ascii: "/") else { continue }  // a directory
            // The data starts after the local header's own name and extra field, whose
            // lengths may differ from the central directory's.
            guard localHeader < UInt64(bytes.count), compressedSize <= UInt64(bytes.count) else { throw Damaged() }
            let local = Int(localHeader)
            guard try bytes.u32(local) == 0x0403_4B50 else { throw Damaged() }
            let localNameLength = try bytes.u16(local + 26), localExtraLength = try bytes.u16(local + 28)
            let dataStart = local + 30 + localNameLength + localExtraLength
            let dataEnd = dataStart + Int(compressedSize)
            guard dataEnd <= bytes.count else { throw Damaged() }
            var path = String(decoding: name, as: UTF8.self)
            if path.hasPrefix("/") { path.removeFirst() }
            entries.append(Entry(path: path, method: method, isEncrypted: flags & 1 != 0, checksum: checksum,
                                 uncompressedSize: uncompressedSize, dataRange: dataStart..<dataEnd))
        }
        self.entries = entries
    }

    /// A table of contents that is missing, points outside the file, or contradicts itself.
    struct Damaged: Error {}

    /// The entry count and the span of the central directory, from the end-of-central-
    /// directory record (the last one in the file's final 64 KB), or its ZIP64 form.
    private static func centralDirectory(_ bytes: Bytes) throws -> (count: Int, start: Int, end: Int) {
        let earliest = max(0, bytes.count - 22 - 0xFFFF)
        var record = bytes.count - 22
        while record >= earliest, (try? bytes.u32(record)) != 0x0605_4B50 { record -= 1 }
        guard record >= earliest else { throw Damaged() }
        var count = UInt64(try bytes.u16(record + 10))
        var size = UInt64(try bytes.u32(record + 12))
        var start = UInt64(try bytes.u32(record + 16))
        if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF {
            // The ZIP64 locator sits just before the record and points to the ZIP64 record.
            guard record >= 20, try bytes.u32(record - 20) == 0x0706_4B50 else { throw Damaged() }
            let zip64 = try bytes.u64(record - 12)
            guard zip64 < UInt64(bytes.count), try bytes.u32(Int(zip64)) == 0x0606_4B50 else { throw Damaged() }
            count = try bytes.u64(Int(zip64) + 32)
            size = try bytes.u64(Int(zip64) + 40)
            start = try bytes.u64(Int(zip64) + 48)
        }
        guard start <= UInt64(bytes.count), size <= UInt64(bytes.count) - start else { throw Damaged() }
        return (Int(min(count, UInt64(Int.max))), Int(start), Int(start + size))
    }

    /// Little-endian reads that throw `Damaged` instead of trapping past the end.
    private struct Bytes {
        let data: Data
        var count: Int { data.count }

        func byte(_ at: Int) throws -> UInt64 {
            guard at >= 0, at < data.count else { throw Damaged() }
            return UInt64(data[data.startIndex + at])
        }

        func u16(_ at: Int) throws -> Int {
            let low = try byte(at), high = try byte(at + 1)
            return Int(low | high << 8)
        }

        func u32(_ at: Int) throws -> Int {
            let low = try u16(at), high = try u16(at + 2)
            return low | high << 16
        }

        func u64(_ at: Int) throws -> UInt64 {
            let low = try u32(at), high = try u32(at + 4)
            return UInt64(low) | UInt64(high) << 32
        }

        func slice(_ at: Int, _ length: Int) throws -> [UInt8] {
            guard at >= 0, length >= 0, at + length <= data.count else { throw Damaged() }
            return [UInt8](data[(data.startIndex + at)..<(data.startIndex + at + length)])
        }
    }
}
