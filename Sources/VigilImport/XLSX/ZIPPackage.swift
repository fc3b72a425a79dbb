import CVigilZlib
import Foundation
import VigilCore

/// The ZIP container of a workbook: its parts by name, read one at a time within limits.
///
/// Every refusal is an `ImportFailure` naming the file, so a user learns whether the file
/// is empty, not a ZIP at all, an encrypted workbook, or a ZIP cut short in transit.
final class ZIPPackage {
    let fileName: String
    private let data: Data
    /// Every part's path, in the archive's order.
    let partPaths: [String]
    private let entries: [String: ZIPDirectory.Entry]
    private let entriesByLowercasedPath: [String: ZIPDirectory.Entry]
    private let limits: ReadLimits
    /// Bytes decompressed from this file so far, against `maximumTotalPartByteCount`.
    private var decompressedByteCount = 0
    /// Inflates parts whole when the system has it; nil reads every part with zlib alone.
    private let libDeflate: LibDeflate?

    init(data: Data, fileName: String, limits: ReadLimits, libDeflate: LibDeflate? = .system) throws {
        self.fileName = fileName
        self.limits = limits
        self.libDeflate = libDeflate
        switch FileSignature(of: data) {
        case .empty:
            throw ImportFailure(file: fileName, "the file is empty (0 bytes); download the workbook again")
        case .oleCompoundFile:
            throw ImportFailure(file: fileName, """
                the file is an OLE compound document, not an .xlsx: either a password-protected (encrypted) \
                workbook or a legacy Excel 97–2003 .xls. Open it in Excel and save it unencrypted as an \
                Excel Workbook (.xlsx)
                """)
        case .pdf:
            throw ImportFailure(file: fileName, "the file is a PDF, not an Excel workbook (.xlsx)")
        case .text:
            throw ImportFailure(file: fileName, """
                the file is plain text (a CSV or a web page saved under an .xlsx name?), not an Excel \
                workbook; an .xlsx is a ZIP archive
                """)
        case .unknown:
            throw ImportFailure(file: fileName, "the file is not a ZIP archive, so it cannot be an Excel workbook (.xlsx)")
        case .zip:
            break
        }
        self.data = data
        let directory: ZIPDirectory
        do {
            directory = try ZIPDirectory(data, fileName: fileName, maximumEntryCount: limits.maximumZipEntryCount)
        } catch is ZIPDirectory.Damaged {
            throw ImportFailure(file: fileName, """
                the file starts like a ZIP archive but its table of contents is missing or damaged: \
                it is truncated or corrupted; download it again
                """)
        }
        var entries: [String: ZIPDirectory.Entry] = [:]
        var lowercased: [String: ZIPDirectory.Entry] = [:]
        entries.reserveCapacity(directory.entries.count)
        lowercased.reserveCapacity(directory.entries.count)
        for entry in directory.entries {
            if entries[entry.path] == nil { entries[entry.path] = entry }
            if lowercased[entry.path.lowercased()] == nil { lowercased[entry.path.lowercased()] = entry }
        }
        self.entries = entries
        self.entriesByLowercasedPath = lowercased
        partPaths = directory.entries.map(\.path)
    }

    /// True when the archive holds a part at `path` (OPC part names ignore case).
    func contains(_ path: String) -> Bool { entry(at: path) != nil }

    /// The uncompressed bytes of the part at `path`, or nil when there is none.
    ///
    /// The part is refused as soon as it breaks a limit: its declared size, the bytes it
    /// actually produces (headers can lie), its ratio to its compressed size, or the total
    /// decompressed from this file so far. Nothing beyond the limit is ever held.
    func read(_ path: String) throws -> Data? {
        guard let entry = entry(at: path) else { return nil }
        let partLimit = limits.maximumPartByteCount
        func tooLarge(_ what: String) -> ImportFailure {
            ImportFailure(file: fileName, "\(path) \(what); refusing it as a possible ZIP bomb")
        }
        if entry.uncompressedSize > UInt64(partLimit) {
            throw tooLarge("declares \(entry.uncompressedSize) bytes uncompressed, past \(ReadLimits.describe(bytes: partLimit)) (the limit for one part)")
        }
        if entry.isEncrypted {
            throw ImportFailure(file: fileName, "the part \(path) is encrypted; save the workbook again without a password")
        }
        let compressedSize = max(entry.dataRange.count, 1)
        // The part is inflated straight into pooled memory (`PartBufferPool`), sized to what the
        // entry declares and a little more, so the stream's end is seen without growing it.
        let buffer = PartBufferPool.shared.take(atLeast: Int(entry.uncompressedSize) + 64)
        var handedOver = false
        defer { if !handedOver { PartBufferPool.shared.giveBack(buffer) } }
        var count = 0
        // The declared size can lie; the bytes actually produced are what count, checked as they come.
        func account(_ produced: Int) throws {
            if produced > partLimit {
                throw tooLarge("expands past \(ReadLimits.describe(bytes: partLimit)) (the limit for one part)")
            }
            if decompressedByteCount + produced > limits.maximumTotalPartByteCount {
                throw tooLarge("takes the bytes decompressed from this file past \(ReadLimits.describe(bytes: limits.maximumTotalPartByteCount)) (the limit for one workbook)")
            }
            if produced > limits.compressionRatioFloorByteCount, produced / compressedSize > limits.maximumCompressionRatio {
                throw tooLarge("expands more than \(limits.maximumCompressionRatio) times its compressed size of \(compressedSize) bytes (the limit on compression ratio)")
            }
        }
        let stored = data[(data.startIndex + entry.dataRange.lowerBound)..<(data.startIndex + entry.dataRange.upperBound)]
        switch entry.method {
        case 0:
            try account(stored.count)
            buffer.makeRoom(for: stored.count)
            stored.withUnsafeBytes { source in
                if let bytes = source.baseAddress { buffer.start!.copyMemory(from: bytes, byteCount: source.count) }  // none when empty
            }
            count = stored.count
        case 8:
            // Whole, into the room the entry declares, when libdeflate is there (`LibDeflate`).
            // A part it declines, and one whose declared size is too small, is inflated again
            // below by zlib, which grows the buffer and gives the reason for a refusal.
            let declaredRoom = min(buffer.capacity, Int(entry.uncompressedSize) + 64)
            if let libDeflate, let produced = stored.withUnsafeBytes({ source in
                libDeflate.inflate(source, into: UnsafeMutableRawBufferPointer(start: buffer.start!, count: declaredRoom))
            }) {
                count = produced
                try account(count)
                break
            }
            // Only the entry's own bytes are inflated: a stream that has not ended when they
            // run out is truncated, however the bytes after it would go on.
            var unbounded = limits  // this reader's own checks above name the part's limits
            unbounded.maximumStreamByteCount = .max
            unbounded.maximumCompressionRatio = .max
            let inflater = try GzipByteStream(source: MemoryByteStream([UInt8](stored)), fileName: fileName,
                                              format: .deflate(part: path), inputBufferSize: 256 * 1024, limits: unbounded)
            while true {
                if count == buffer.capacity {
                    // Larger than declared: grown, but never more than one byte past the limit.
                    buffer.grow(to: min(2 * buffer.capacity, partLimit + 1), keeping: count)
                }
                // At most a megabyte at a time, so the limits stop a bomb early.
                let room = min(buffer.capacity - count, 1 << 20)
                let produced = try inflater.read(into: UnsafeMutableRawBufferPointer(start: buffer.start! + count, count: room))
                if produced == 0 { break }
                count += produced
                try account(count)
            }
        default:
            throw ImportFailure(file: fileName, """
                the part \(path) is compressed with method \(entry.method), not deflate (8) or none (0) as \
                Excel writes; save the workbook again in Excel
                """)
        }
        let checksum = libDeflate?.crc32(UnsafeRawBufferPointer(start: buffer.start, count: count))
            ?? UInt32(crc32(0, buffer.start?.assumingMemoryBound(to: Bytef.self), uInt(count)))
        guard checksum == entry.checksum else {
            throw ImportFailure(file: fileName, "the part \(path) is corrupted (its checksum does not match); download the file again")
        }
        decompressedByteCount += count
        // The bytes are handed out in place; the buffer goes back to the pool when the last copy of the `Data` is gone.
        handedOver = true
        guard count > 0, let start = buffer.start else { PartBufferPool.shared.giveBack(buffer); return Data() }
        return Data(bytesNoCopy: start, count: count, deallocator: .custom { _, _ in PartBufferPool.shared.giveBack(buffer) })
    }

    private func entry(at path: String) -> ZIPDirectory.Entry? {
        entries[path] ?? entriesByLowercasedPath[path.lowercased()]
    }
}
