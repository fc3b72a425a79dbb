import Foundation
import Testing
@testable import VigilImport
import VigilCore
import VigilTestSupport

/// Each limit in `ReadLimits`, broken on purpose with the limit lowered so the file stays
/// small: the reader refuses, naming the file and the limit. The full-size hostile files
/// (gigabyte bombs, 100 MB lines) are in the hostile corpus, run through the real binary.
@Suite("Read limits")
struct ReadLimitsTests {
    static func limits(_ change: (inout ReadLimits) -> Void) -> ReadLimits {
        var limits = ReadLimits()
        change(&limits)
        return limits
    }

    static func workbookFailure(_ data: Data, _ limits: ReadLimits, sheet: String = "S") -> ImportFailure? {
        do {
            let workbook = try XLSXWorkbook(data: data, fileName: "hostile.xlsx", limits: limits)
            _ = try workbook.rows(inSheet: sheet)
            return nil
        } catch let failure as ImportFailure {
            return failure
        } catch {
            Issue.record("not an ImportFailure: \(error)")
            return nil
        }
    }

    static func sheet(_ rows: String) -> String {
        "<worksheet xmlns=\"\(WorkbookBuilder.mainNamespaceForTests)\"><sheetData>\(rows)</sheetData></worksheet>"
    }

    @Test("the defaults sit well above real files")
    func defaults() {
        let limits = ReadLimits.default
        #expect(limits.maximumPartByteCount == 200 << 20)
        #expect(limits.maximumCompressionRatio >= 100 && limits.maximumXMLDepth >= 32)
        #expect(ReadLimits.current == .default)
        #expect(ReadLimits.describe(bytes: 200 << 20) == "200 MB" && ReadLimits.describe(bytes: 1_000_000) == "1000000 bytes")
    }

    @Test("a DOCTYPE is refused outright, whatever it declares")
    func doctype() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>" + Self.sheet("<row><c t=\"inlineStr\"><is><t>&b;</t></is></c></row>")
        let failure = try #require(Self.workbookFailure(try RawWorkbook.data(sheetXML: xml, sheetName: "S"), .default))
        #expect(failure.location.file == "hostile.xlsx" && failure.reason.contains("DOCTYPE"))
    }

    @Test("nesting deeper than the limit is refused; as deep as the limit is read")
    func depth() throws {
        let limits = Self.limits { $0.maximumXMLDepth = 10 }
        // worksheet, sheetData, row, c, is = 5; then r elements.
        let deep = Self.sheet("<row><c t=\"inlineStr\"><is>" + String(repeating: "<r>", count: 6) + String(repeating: "</r>", count: 6) + "</is></c></row>")
        let failure = try #require(Self.workbookFailure(try RawWorkbook.data(sheetXML: deep, sheetName: "S"), limits))
        #expect(failure.reason.contains("nested more than 10 deep"))
        let fits = Self.sheet("<row><c t=\"inlineStr\"><is>" + String(repeating: "<r>", count: 5) + String(repeating: "</r>", count: 5) + "</is></c></row>")
        #expect(Self.workbookFailure(try RawWorkbook.data(sheetXML: fits, sheetName: "S"), limits) == nil)
    }

    @Test("a cell longer than the limit is refused, naming the cell")
    func cellLength() throws {
        let limits = Self.limits { $0.maximumCellByteCount = 100 }
        let long = Self.sheet("<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>\(String(repeating: "x", count: 101))</t></is></c></row>")
        let failure = try #require(Self.workbookFailure(try RawWorkbook.data(sheetXML: long, sheetName: "S"), limits))
        #expect(failure.location.column == "B3" && failure.reason.contains("limit for one cell"))
    }

    @Test("a sheet with more cells than the limit is refused")
    func cellCount() throws {
        let limits = Self.limits { $0.maximumSheetCellCount = 10 }
        let many = Self.sheet(String(repeating: "<row><c><v>1</v></c><c><v>2</v></c></row>", count: 6))
        let failure = try #require(Self.workbookFailure(try RawWorkbook.data(sheetXML: many, sheetName: "S"), limits))
        #expect(failure.reason.contains("limit for one sheet"))
    }

    @Test("an archive with more entries than the limit is refused")
    func entryCount() throws {
        let data = try RawWorkbook.data(sheetXML: Self.sheet(""), sheetName: "S")
        let failure = try #require(Self.workbookFailure(data, Self.limits { $0.maximumZipEntryCount = 2 }))
        #expect(failure.reason.contains("more than 2 entries"))
    }

    @Test("a part that expands too far for its compressed size is refused, however honest its header")
    func ratio() throws {
        let data = try RawWorkbook.data(sheetXML: Self.sheet("<row><c><v>1</v></c></row>" + String(repeating: " ", count: 200_000)), sheetName: "S")
        let limits = Self.limits { $0.maximumCompressionRatio = 10; $0.compressionRatioFloorByteCount = 50_000 }
        let failure = try #require(Self.workbookFailure(data, limits))
        #expect(failure.reason.contains("xl/worksheets/sheet1.xml expands more than 10 times") && failure.reason.contains("ZIP bomb"))
    }

    @Test("the parts of one workbook together may not pass the total limit")
    func total() throws {
        let data = try RawWorkbook.data(sheetXML: Self.sheet(String(repeating: "<row><c><v>1</v></c></row>", count: 2_000)), sheetName: "S")
        let failure = try #require(Self.workbookFailure(data, Self.limits { $0.maximumTotalPartByteCount = 20_000 }))
        #expect(failure.reason.contains("limit for one workbook"))
    }

    @Test("a file larger than the limit for files read whole is refused before it is read")
    func fileSize() throws {
        let folder = try StaysFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try StaysFixtures.write(String(repeating: "a,b\n", count: 1_000), named: "big.csv", in: folder)
        try ReadLimits.$current.withValue(Self.limits { $0.maximumFileByteCount = 1_000 }) {
            #expect(throws: ImportFailure.self) { try DeathListReader.read(fileAt: url) }
            do { _ = try DeathListReader.read(fileAt: url) } catch let failure as ImportFailure {
                #expect(failure.location.file == "big.csv" && failure.reason.contains("limit for a file read whole"))
            }
        }
    }

    @Test("text read whole: a long row, too many fields, a NUL byte and too many fields in all", arguments: [
        ("name,age\n" + String(repeating: "x", count: 300) + "\n", "limit for one row"),
        ("name,age\n" + String(repeating: "|", count: 60) + "\n", "more than 50 fields"),
        ("name,age\n\"quoted, with | and ;\",1\nab\u{0}c,2\n", "NUL byte"),
        (String(repeating: "a,b,c,d,e,f,g,h,i\n", count: 30), "fields (the limit for a file read whole)"),
    ])
    func delimitedTextBounds(text: String, expected: String) throws {
        let limits = Self.limits { $0.maximumRecordByteCount = 256; $0.maximumFieldCount = 50; $0.maximumTotalFieldCount = 200 }
        do {
            try DelimitedTextBounds.check(Data(text.utf8), fileName: "list.csv", limits: limits)
            Issue.record("not refused: \(expected)")
        } catch let failure as ImportFailure {
            #expect(failure.location.file == "list.csv" && failure.reason.contains(expected), "\(failure)")
        }
        // A line break inside quotes does not end the record, so quoted text is counted with it.
        #expect(throws: Never.self) {
            try DelimitedTextBounds.check(Data("a,\"b\nc\",d\n".utf8), fileName: "ok.csv", limits: limits)
        }
    }

    @Test("streamed CSV: a row past the length limit, one with too many fields, and a NUL byte", arguments: [
        (String(repeating: "x", count: 5_000), "limit for one row"),
        (String(repeating: ",", count: 300), "more than 100 fields"),
        ("2025-01-01,2025-01-02,AB\u{0}C,x", "NUL byte"),
    ])
    func scanner(row: String, expected: String) throws {
        let folder = try StaysFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "book_in_date_time,book_out_date_time,detention_facility_code,detention_release_reason\n"
            + "2025-01-01,2025-01-02,ABC,x\n" + row + "\n"
        let url = try StaysFixtures.write(text, named: "stays.csv", in: folder)
        let limits = Self.limits { $0.maximumRecordByteCount = 4_096; $0.maximumFieldCount = 100 }
        try ReadLimits.$current.withValue(limits) {
            do {
                _ = try StaysFileReader.read(fileAt: url)
                Issue.record("not refused: \(expected)")
            } catch let failure as ImportFailure {
                #expect(failure.location.file == "stays.csv" && failure.location.row == 3 && failure.reason.contains(expected), "\(failure)")
            }
        }
    }

    @Test("gzip: refused past the ratio limit and past the total limit")
    func gzip() throws {
        let folder = try StaysFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bomb.csv.gz").path
        let writer = try CompressedFileWriter(path: path, level: 9)
        try writer.write(Array(repeating: 0x0A, count: 4_000_000))
        try writer.close()
        for (limits, expected) in [
            (Self.limits { $0.compressionRatioFloorByteCount = 100_000 }, "gzip bomb"),
            (Self.limits { $0.maximumStreamByteCount = 1_000_000 }, "limit for a decompressed file"),
        ] {
            let stream = try GzipByteStream(source: try FileByteStream(path: path, computeDigest: false), fileName: "bomb.csv.gz", limits: limits)
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
            defer { buffer.deallocate() }
            do {
                while try stream.read(into: buffer) > 0 {}
                Issue.record("not refused: \(expected)")
            } catch let failure as ImportFailure {
                #expect(failure.location.file == "bomb.csv.gz" && failure.reason.contains(expected), "\(failure)")
            }
        }
    }
}
