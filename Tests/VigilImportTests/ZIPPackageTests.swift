import Foundation
import Testing
@testable import VigilImport
import VigilCore

/// `ZIPPackage` reads each entry from exactly its own bytes. Archives are written by hand
/// here (deflate as stored blocks, so no compressor is needed) because the point is entries
/// no ordinary writer makes: a deflate stream with no end marker, and ZIP64 sizes.
@Suite("ZIP package: entries read from their own bytes")
struct ZIPPackageTests {
    static let sheetPath = "xl/worksheets/sheet1.xml"
    static let sheet = Array("<worksheet><sheetData><row r=\"1\"/></sheetData></worksheet>".utf8)

    /// `bytes` as one deflate block stored as is; `final` marks the end of the stream.
    static func storedBlock(_ bytes: [UInt8], final: Bool) -> [UInt8] {
        [final ? 1 : 0] + le(bytes.count, 2) + le(~bytes.count & 0xFFFF, 2) + bytes
    }

    /// Deflate data of `sheet` with no end marker: a non-final block, then a stored block that
    /// announces 65,535 bytes, so an inflater that reads on past the entry takes whatever
    /// follows in the file without an error (ZIPFoundation on Linux then looped for ever at
    /// the end of the file; found by `scripts/fuzz workbook`).
    static var unterminated: [UInt8] { storedBlock(sheet, final: false) + [0x00, 0xFF, 0xFF, 0x00, 0x00] }

    struct Part {
        var path: String
        var method = 8
        var raw: [UInt8]
        var contents: [UInt8]
        /// Sizes and offset written as 0xFFFFFFFF with the true values in a ZIP64 extra field.
        var zip64 = false
        /// The uncompressed size the headers declare, when it is not the true one.
        var declaredSize: Int?
    }

    static func archive(_ parts: [Part]) -> Data {
        var local: [UInt8] = [], central: [UInt8] = []
        for part in parts {
            let name = Array(part.path.utf8)
            let crc = crc32(part.contents)
            let offset = local.count
            local += le(0x0403_4B50, 4) + le(20, 2) + le(0, 2) + le(part.method, 2) + le(0, 4) + le(Int(crc), 4)
                + le(part.raw.count, 4) + le(part.declaredSize ?? part.contents.count, 4) + le(name.count, 2) + le(0, 2) + name + part.raw
            let extra = part.zip64 ? le(1, 2) + le(24, 2) + le(part.contents.count, 8) + le(part.raw.count, 8) + le(offset, 8) : []
            let large = 0xFFFF_FFFF
            central += le(0x0201_4B50, 4) + le(45, 2) + le(45, 2) + le(0, 2) + le(part.method, 2) + le(0, 4) + le(Int(crc), 4)
                + le(part.zip64 ? large : part.raw.count, 4) + le(part.zip64 ? large : part.declaredSize ?? part.contents.count, 4)
                + le(name.count, 2) + le(extra.count, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4)
                + le(part.zip64 ? large : offset, 4) + name + extra
        }
        let end = le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(parts.count, 2) + le(parts.count, 2)
            + le(central.count, 4) + le(local.count, 4) + le(0, 2)
        return Data(local + central + end)
    }

    static func le(_ value: Int, _ bytes: Int) -> [UInt8] { (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static let other = Part(path: "xl/workbook.xml", raw: storedBlock(Array("<workbook/>".utf8), final: true),
                            contents: Array("<workbook/>".utf8))

    /// Every test of a deflate part runs with libdeflate inflating parts whole (when the system
    /// has it) and with zlib alone: the bytes and the refusals must not depend on which.
    static let inflaters: [Inflater] = LibDeflate.system == nil ? [.zlib] : [.libDeflate, .zlib]

    enum Inflater: String, CustomTestStringConvertible, Sendable {
        case libDeflate, zlib
        var library: LibDeflate? { self == .libDeflate ? LibDeflate.system : nil }
        var testDescription: String { rawValue }
    }

    @Test("a deflate entry, a stored entry and a ZIP64 entry read back exactly", arguments: [
        Part(path: sheetPath, raw: storedBlock(sheet, final: true), contents: sheet),
        Part(path: sheetPath, method: 0, raw: sheet, contents: sheet),
        Part(path: sheetPath, raw: storedBlock(sheet, final: true), contents: sheet, zip64: true),
    ], inflaters)
    func readsBack(_ part: Part, inflater: Inflater) throws {
        let package = try ZIPPackage(data: Self.archive([Self.other, part]), fileName: "book.xlsx", limits: .default,
                                     libDeflate: inflater.library)
        #expect(try package.read(Self.sheetPath) == Data(Self.sheet))
        #expect(try package.read("xl/workbook.xml") == Data("<workbook/>".utf8))
    }

    @Test("a deflate stream without an end marker is refused as truncated, last entry or not",
          arguments: [false, true], inflaters)
    func unterminatedDeflate(followedByAnotherEntry: Bool, inflater: Inflater) throws {
        let broken = Part(path: Self.sheetPath, raw: Self.unterminated, contents: Self.sheet)
        let data = Self.archive(followedByAnotherEntry ? [broken, Self.other] : [Self.other, broken])
        let package = try ZIPPackage(data: data, fileName: "book.xlsx", limits: .default, libDeflate: inflater.library)
        let failure = try #require(throws: ImportFailure.self) { try package.read(Self.sheetPath) }
        #expect(failure.description.hasPrefix("book.xlsx"))
        #expect(failure.reason.contains("\(Self.sheetPath) ends before its deflate end marker"), "\(failure)")
        // The other entry is still read from its own bytes.
        #expect(try package.read("xl/workbook.xml") == Data("<workbook/>".utf8))
    }

    @Test("an entry whose bytes run past the end of the file is refused as damaged")
    func entryPastEnd() throws {
        var bytes = [UInt8](Self.archive([Self.other]))
        // The central directory's compressed size of the one entry, made larger than the file.
        let central = bytes.count - 22 - 46 - "xl/workbook.xml".utf8.count
        bytes.replaceSubrange((central + 20)..<(central + 24), with: Self.le(1 << 20, 4))
        let failure = try #require(throws: ImportFailure.self) {
            try ZIPPackage(data: Data(bytes), fileName: "book.xlsx", limits: .default)
        }
        #expect(failure.reason.contains("table of contents is missing or damaged"), "\(failure)")
    }

    /// `bytes` as stored deflate blocks of at most 65,535 bytes, the last one final.
    static func storedBlocks(_ bytes: [UInt8]) -> [UInt8] {
        let chunks = stride(from: 0, to: bytes.count, by: 65_535).map { Array(bytes[$0..<min(bytes.count, $0 + 65_535)]) }
        return chunks.enumerated().flatMap { storedBlock($1, final: $0 == chunks.count - 1) }
    }

    @Test("a part reads back whole whatever size its header declares, an empty one too, and each part read keeps its own bytes",
          arguments: inflaters)
    func declaredSizesAndReusedMemory(inflater: Inflater) throws {
        // given a 300 KB part declaring 10 bytes, a 60-byte part declaring 1 MB, and a small honest one
        let large = (0..<300_000).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        let small = Array("<worksheet><sheetData/></worksheet>".utf8) + Array(repeating: UInt8(ascii: " "), count: 25)
        let parts = [
            Part(path: "xl/worksheets/sheet1.xml", raw: Self.storedBlocks(large), contents: large, declaredSize: 10),
            Part(path: "xl/worksheets/sheet2.xml", raw: Self.storedBlocks(small), contents: small, declaredSize: 1 << 20),
            Self.other,
            Part(path: "xl/empty.xml", method: 0, raw: [], contents: []),
        ]
        let package = try ZIPPackage(data: Self.archive(parts), fileName: "book.xlsx", limits: .default, libDeflate: inflater.library)
        // when they are read one after another, the first still held while the others are read
        let first = try #require(try package.read("xl/worksheets/sheet1.xml"))
        let second = try #require(try package.read("xl/worksheets/sheet2.xml"))
        let third = try #require(try package.read("xl/workbook.xml"))
        // then each is exactly its own bytes: grown past the size declared, cut to the size produced,
        // and not overwritten by a later part reusing memory
        #expect(first == Data(large))
        #expect(second == Data(small))
        #expect(third == Data("<workbook/>".utf8))
        // and a part read again after the others were let go (their memory reused) is read exactly,
        // as is an empty one stored without compression
        #expect(try package.read("xl/worksheets/sheet2.xml") == Data(small))
        #expect(try package.read("xl/empty.xml") == Data())
    }

    @Test("a damaged deflate stream and a part whose checksum does not match are refused alike by either inflater",
          arguments: inflaters)
    func damagedStreams(inflater: Inflater) throws {
        // given a stream whose first block has the reserved block type 3, and a sound stream
        // whose headers carry the checksum of other bytes
        let reservedType = Part(path: Self.sheetPath, raw: [0x07] + Self.sheet, contents: Self.sheet)
        let wrongChecksum = Part(path: "xl/worksheets/sheet2.xml", raw: Self.storedBlock(Self.sheet, final: true),
                                 contents: Array("other".utf8), declaredSize: Self.sheet.count)
        let package = try ZIPPackage(data: Self.archive([reservedType, wrongChecksum]), fileName: "book.xlsx", limits: .default,
                                     libDeflate: inflater.library)
        // when each is read, then the first is refused with zlib's reason, and the second as corrupted
        let damaged = try #require(throws: ImportFailure.self) { try package.read(Self.sheetPath) }
        #expect(damaged.reason.contains("the part \(Self.sheetPath) cannot be decompressed (invalid block type"), "\(damaged)")
        let corrupted = try #require(throws: ImportFailure.self) { try package.read("xl/worksheets/sheet2.xml") }
        #expect(corrupted.reason.contains("is corrupted (its checksum does not match)"), "\(corrupted)")
    }

    @Test("every part of ICE's real workbooks inflates to the same bytes with libdeflate as with zlib",
          .enabled(if: LibDeflate.system != nil, "libdeflate is not installed (Debian: libdeflate0); zlib alone reads parts here"),
          SharedIceStatsData.requiresWorkbooks)
    func libDeflateAgreesWithZlib() throws {
        let folder = try #require(SharedIceStatsData.workbookFolder)
        var largest = 0, parts = 0
        for name in SharedIceStatsData.workbookNames {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let fast = try ZIPPackage(data: data, fileName: name, limits: .default, libDeflate: LibDeflate.system)
            let zlib = try ZIPPackage(data: data, fileName: name, limits: .default, libDeflate: nil)
            for path in fast.partPaths {
                let bytes = try fast.read(path)
                #expect(bytes == (try zlib.read(path)), "\(name): \(path)")
                largest = max(largest, bytes?.count ?? 0)
                parts += 1
            }
        }
        // Every workbook's parts were compared, the 11.5 MB segregation sheet among them.
        #expect(parts > 30 * 10)
        #expect(largest > 10_000_000)
    }
}
