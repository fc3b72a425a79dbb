import Foundation
import Testing
@testable import VigilImport
import VigilCore
import VigilTestSupport

/// Every kind of bad input is refused with an `ImportFailure` that names the file (and the
/// sheet, row and column where they apply) and says what to do; none crashes or hangs.
@Suite("Refusals")
struct RefusalTests {
    typealias Cell = WorkbookBuilder.Cell

    /// Reads `data` as a workbook called `name` and returns the failure it must raise.
    static func failure(_ data: Data, named name: String = "upload.xlsx",
                        limits: ReadLimits = .current) throws -> ImportFailure {
        do {
            _ = try IceStatsWorkbookReader.read(data: data, fileName: name, limits: limits)
        } catch let failure as ImportFailure {
            #expect(failure.location.file == name)
            #expect(failure.description.hasPrefix(name))
            return failure
        }
        Issue.record("\(name) was not refused")
        return ImportFailure(file: name, "not refused")
    }

    struct BytesCase: Sendable, CustomTestStringConvertible {
        let description: String
        let bytes: [UInt8]
        let expected: String
        var testDescription: String { description }
    }

    static let byteCases: [BytesCase] = [
        .init(description: "an empty file", bytes: [], expected: "empty"),
        .init(description: "a CSV renamed .xlsx", bytes: Array("Name,City,State\nSTEWART,LUMPKIN,GA\n".utf8), expected: "plain text"),
        .init(description: "a PDF renamed .xlsx", bytes: Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8), expected: "PDF"),
        .init(description: "an encrypted workbook (OLE compound file)",
              bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504), expected: "encrypted"),
        .init(description: "random bytes", bytes: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) },
              expected: "not a ZIP"),
        .init(description: "a ZIP signature and nothing else", bytes: [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0], expected: "truncated or corrupted"),
    ]

    @Test("files that are not workbooks", arguments: byteCases)
    func notWorkbooks(_ example: BytesCase) throws {
        let failure = try Self.failure(Data(example.bytes))
        #expect(failure.reason.contains(example.expected), "\(failure)")
    }

    @Test("the encrypted-workbook message says what to do")
    func encryptedAdvice() throws {
        let failure = try Self.failure(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)))
        #expect(failure.reason.contains(".xls") && failure.reason.contains("save it unencrypted"))
    }

    @Test("a real workbook cut to half its bytes", SharedIceStatsData.requires("FY24_detentionStats.xlsx"))
    func truncatedRealWorkbook() throws {
        let data = try Data(contentsOf: try SharedIceStatsData.workbook("FY24_detentionStats.xlsx"))
        let failure = try Self.failure(data.prefix(data.count / 2), named: "FY24_detentionStats.xlsx")
        #expect(failure.reason.contains("truncated or corrupted"))
    }

    @Test("a synthetic workbook with its last bytes flipped (corrupted part)")
    func corruptedPart() throws {
        var fixture = IceStatsWorkbookFixture()
        fixture.addFacility("A JAIL")
        var data = try fixture.data()
        // The sheet part is deflated near the end of the archive; damaging the middle breaks a part.
        let middle = data.count / 2
        for index in middle..<(middle + 64) { data[index] ^= 0xFF }
        let failure = try Self.failure(data)
        #expect(failure.reason.contains("corrupt") || failure.reason.contains("malformed") || failure.reason.contains("decompress"),
                "\(failure)")
    }

    @Test("a ZIP that holds no workbook.xml")
    func zipWithoutWorkbook() throws {
        let data = try WorkbookBuilder.zip([("word/document.xml", Data("<document/>".utf8))])
        let failure = try Self.failure(data)
        #expect(failure.reason.contains("not an Excel workbook") && failure.reason.contains("xl/workbook.xml"))
    }

    @Test("a workbook without a Facilities sheet lists the sheets it has")
    func noFacilitiesSheet() throws {
        var builder = WorkbookBuilder()
        builder.addSheet(named: "Header", rows: [["x"]])
        builder.addSheet(named: "ATD FY24", rows: [["y"]])
        let failure = try Self.failure(try builder.data())
        #expect(failure.reason.contains("no Facilities sheet") && failure.reason.contains("\"Header\", \"ATD FY24\""))
    }

    @Test("a Facilities sheet with no header row in rows 1–12")
    func noHeaderRow() throws {
        var fixture = IceStatsWorkbookFixture()
        fixture.headerRow = 13
        fixture.titleLines = Array(repeating: "title", count: 12)
        fixture.addFacility("A JAIL")
        let failure = try Self.failure(try fixture.data())
        #expect(failure.location.sheet == "Facilities FY24")
        #expect(failure.reason.contains("rows 1–12") && failure.reason.contains("\"Name\""))
    }

    @Test("a header without the population columns names the missing ones and the header's row")
    func missingColumns() throws {
        var fixture = IceStatsWorkbookFixture()
        fixture.header = fixture.header.filter { $0 != "Level C" && $0 != "Level D" }
        fixture.addFacility("A JAIL")
        let failure = try Self.failure(try fixture.data())
        #expect(failure.location.sheet == "Facilities FY24" && failure.location.row == 7)
        #expect(failure.reason.contains("\"Level C\", \"Level D\""))
        #expect(failure.description.contains("sheet \"Facilities FY24\", row 7"))
    }

    @Test("no as-of date in the title block nor in the file name")
    func noAsOfDate() throws {
        var fixture = IceStatsWorkbookFixture()
        fixture.titleLines = ["ICE FACILITIES DATA, FY24"]
        fixture.addFacility("A JAIL")
        let failure = try Self.failure(try fixture.data(), named: "facilities.xlsx")
        #expect(failure.location.sheet == "Facilities FY24")
        #expect(failure.reason.contains("no as-of date"))
    }

    @Test("a part that inflates beyond the limit is refused as a possible ZIP bomb")
    func zipBomb() throws {
        // given a sheet of 2 MB of zeros (a few kilobytes compressed) and a 1 MB limit
        var fixture = IceStatsWorkbookFixture()
        fixture.addFacility("A JAIL", ["Address": .inlineText(String(repeating: "0", count: 2_000_000))])
        var limits = ReadLimits()
        limits.maximumPartByteCount = 1_000_000
        let failure = try Self.failure(try fixture.data(), limits: limits)
        #expect(failure.reason.contains("ZIP bomb") && failure.reason.contains("1000000"))
    }

    @Test("a cell reference beyond XFD1048576 is refused, naming the sheet and cell")
    func absurdReference() throws {
        let sheet = """
            <worksheet xmlns="\(WorkbookBuilder.mainNamespaceForTests)"><sheetData>\
            <row r="1"><c r="XFE1" t="inlineStr"><is><t>Name</t></is></c></row></sheetData></worksheet>
            """
        let failure = try Self.failure(try RawWorkbook.data(sheetXML: sheet, sheetName: "Facilities FY24"))
        #expect(failure.location.sheet == "Facilities FY24" && failure.reason.contains("XFE1"))
    }

    @Test("malformed sheet XML is refused, not crashed on", arguments: [
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",   // cut short: fine, then no header
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>12abc</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row r=\"0\"></row></sheetData></worksheet>",
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"q\"><v>1</v></c></row></sheetData></worksheet>",
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c><c r=\"B1\" t",
        "<worksheet><sheetData><!-- never closed",
        String(repeating: "<!-- x -->", count: 100_000) + "<worksheet/>",
        String(repeating: "<a>", count: 200_000),
    ])
    func malformedSheets(_ sheet: String) throws {
        let failure = try Self.failure(try RawWorkbook.data(sheetXML: sheet, sheetName: "Facilities FY24"))
        #expect(failure.location.sheet == "Facilities FY24", "\(failure)")
    }
}

/// A workbook whose one sheet is the given XML, written as is.
enum RawWorkbook {
    static func data(sheetXML: String, sheetName: String) throws -> Data {
        let main = WorkbookBuilder.mainNamespaceForTests
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return try WorkbookBuilder.zip([
            ("xl/workbook.xml", Data("""
                <workbook xmlns="\(main)" xmlns:r="\(relationships)"><sheets>\
                <sheet name="\(sheetName)" sheetId="1" r:id="rId1"/></sheets></workbook>
                """.utf8)),
            ("xl/_rels/workbook.xml.rels", Data("""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """.utf8)),
            ("xl/worksheets/sheet1.xml", Data(sheetXML.utf8)),
        ])
    }
}

extension WorkbookBuilder {
    static var mainNamespaceForTests: String { "http://schemas.openxmlformats.org/spreadsheetml/2006/main" }
}

/// Archives whose table of contents points past their own end. Found by `scripts/fuzz workbook`:
/// ZIPFoundation's in-memory reader trapped on them (the process crashed); they must be refused.
@Suite("Refusals: ZIP offsets past the end")
struct ZIPOffsetPastEndTests {
    static func le(_ value: Int, _ bytes: Int) -> [UInt8] { (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    /// A local-header signature, then only an end-of-central-directory record.
    static var directoryPastEnd: [UInt8] {
        Array("PK\u{03}\u{04}".utf8) + Array(repeating: 0, count: 26)
            + le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(1, 2) + le(1, 2) + le(46, 4) + le(0x7FFF_FFF0, 4) + le(0, 2)
    }

    /// A well-placed central directory whose one entry's local header lies past the end.
    static var entryPastEnd: [UInt8] {
        let name = Array("xl/workbook.xml".utf8)
        let local = Array("PK\u{03}\u{04}".utf8) + Array(repeating: 0, count: 26)
        let central = le(0x0201_4B50, 4) + le(20, 2) + le(20, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4)
            + le(5, 4) + le(5, 4) + le(name.count, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4)
            + le(0x7FFF_FFF0, 4) + name
        let end = le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(1, 2) + le(1, 2) + le(central.count, 4) + le(local.count, 4) + le(0, 2)
        return local + central + end
    }

    @Test("refused, naming the file, not a crash", arguments: [("the directory", directoryPastEnd), ("an entry", entryPastEnd)])
    func refused(_ what: String, _ bytes: [UInt8]) throws {
        let failure = try RefusalTests.failure(Data(bytes), named: "damaged.xlsx")
        #expect(!failure.reason.isEmpty, "\(what)")
    }
}
