import Foundation
import Testing
@testable import VigilImport
import VigilCore
import VigilTestSupport

/// The general XLSX reader: typed cells, and the XML spellings producers use.
@Suite("XLSXWorkbook")
struct XLSXWorkbookTests {
    typealias Cell = WorkbookBuilder.Cell

    @Test("sheet names in order, cells typed as stored", arguments: [
        WorkbookBuilder.Style(), WorkbookBuilder.Style(writesCellReferences: false),
        WorkbookBuilder.Style(elementPrefix: "x"),
    ])
    func typedCells(_ style: WorkbookBuilder.Style) throws {
        // given every kind of cell, written with or without references and prefixes
        var builder = WorkbookBuilder(style: style)
        builder.addSheet(named: "First", rows: [["a"]])
        builder.addSheet(named: "Vulnerable & Special Population ", rows: [
            [.text("shared & <escaped>"), .inlineText(" inline "), .formulaText("formula"), .number(1.5),
             .boolean(true), .error("#N/A"), .empty, .number(-0.25)],
        ])
        let workbook = try XLSXWorkbook(data: try builder.data(), fileName: "cells.xlsx")
        // when read
        #expect(workbook.sheetNames == ["First", "Vulnerable & Special Population "])
        let rows = try workbook.rows(inSheet: "Vulnerable & Special Population ")
        // then each cell keeps its type; the empty one is not stored
        #expect(rows.count == 1 && rows[0].number == 1)
        #expect(rows[0].cells.map(\.value) == [
            .sharedString("shared & <escaped>"), .inlineString(" inline "), .inlineString("formula"), .number(1.5),
            .boolean(true), .error("#N/A"), .number(-0.25),
        ])
        #expect(rows[0][6] == .empty && rows[0][7] == .number(-0.25))
    }

    @Test("entities, character references, rich text, phonetic runs and OOXML escapes")
    func sharedStringSpellings() throws {
        let sharedStrings = """
            <?xml version="1.0"?><x:sst xmlns:x="\(WorkbookBuilder.mainNamespaceForTests)" count="5">\
            <x:si><x:t>A&amp;B &lt;C&gt; &quot;q&quot; &apos;s&apos;</x:t></x:si>\
            <x:si><x:t>&#160;</x:t></x:si>\
            <x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Sto</x:t></x:r><x:r><x:t xml:space="preserve">ne </x:t></x:r><x:rPh sb="0" eb="1"><x:t>ignored</x:t></x:rPh></x:si>\
            <x:si><x:t>line_x000D_break &#x263A; &bogus; &#xD800;</x:t></x:si>\
            <x:si/><x:si><x:t><![CDATA[<raw & text>]]></x:t></x:si></x:sst>
            """
        let sheet = """
            <worksheet xmlns="\(WorkbookBuilder.mainNamespaceForTests)"><sheetData>\
            <row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>3</v></c><c t="s"><v>4</v></c><c t="s"><v>5</v></c></row>\
            </sheetData></worksheet>
            """
        let workbook = try XLSXWorkbook(data: try RawWorkbook.data(sheetXML: sheet, sheetName: "S", sharedStrings: sharedStrings),
                                        fileName: "strings.xlsx")
        let row = try #require(try workbook.rows(inSheet: "S").first)
        #expect(row.cells.map(\.value.text) == [
            "A&B <C> \"q\" 's'", "\u{00A0}", "Stone ", "line\rbreak ☺ &bogus; &#xD800;", "", "<raw & text>",
        ])
    }

    @Test("sparse rows, rows without numbers, the last cell of the sheet, formulas and self-closing cells")
    func sheetSpellings() throws {
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?>\
            <worksheet xmlns="\(WorkbookBuilder.mainNamespaceForTests)"><dimension ref="A1:XFD1048576"/><sheetData>\
            <row r="2" spans="1:3"><c r="A2" s="3"/><c r="C2"><f>1+1</f><v>2</v></c><c r="D2" t="str"><f>"a"</f><v>a &gt; b</v></c><c t="str" s="2" r="F2"><v>type first</v></c></row>\
            <row><c r="B3" t="b"><v>0</v></c></row>\
            <row r="1048576"><c r="XFD1048576" t="inlineStr"><is><r><t>end</t></r><r><t>!</t></r></is></c></row>\
            </sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>
            """
        let workbook = try XLSXWorkbook(data: try RawWorkbook.data(sheetXML: sheet, sheetName: "S"), fileName: "sparse.xlsx")
        let rows = try workbook.rows(inSheet: "S")
        #expect(rows.map(\.number) == [2, 3, 1_048_576])
        #expect(rows[0].cells == [XLSXCell(column: 2, value: .number(2)), XLSXCell(column: 3, value: .inlineString("a > b")),
                                  XLSXCell(column: 5, value: .inlineString("type first"))])
        #expect(rows[1][1] == .boolean(false))
        #expect(rows[2].cells == [XLSXCell(column: 16_383, value: .inlineString("end!"))])
    }

    @Test("rows holding only style-only cells are stepped over, and the rows around them read as before")
    func styleOnlyRows() throws {
        let styled = (1...40).map { "<c r=\"\(CellReference.letters(forColumn: $0))5\" s=\"7\"/>" }.joined()
        let sheet = """
            <worksheet xmlns="\(WorkbookBuilder.mainNamespaceForTests)" xmlns:x="\(WorkbookBuilder.mainNamespaceForTests)"><sheetData>\
            <row r="1"><c r="A1" s="1"/><c r="B1" s="1"/></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>Name</t></is></c><c s="3"/><c><v>7</v></c></row>\
            <row r="3"></row>\
            <row r="4"><c r="A4" s="2"/><!-- a comment --><c r="B4" s="2"/>\n</row>\
            <row r="5">\(styled)</row>\
            <row r="6"><c r="C6" s="2"/><c><v>8</v></c></row>\
            <x:row r="7"><x:c r="A7" s="1"/></x:row>\
            <x:row r="8"><x:c r="B8"><x:v>9</x:v></x:c></x:row>\
            <row r="9"/>\
            <row><c r="A10" s="1"/></row>\
            <row><c r="B11"><v>10</v></c></row>\
            </sheetData></worksheet>
            """
        let workbook = try XLSXWorkbook(data: try RawWorkbook.data(sheetXML: sheet, sheetName: "S"), fileName: "styled.xlsx")
        let rows = try workbook.rows(inSheet: "S")
        // then only the rows with values are kept, numbered as written, their cells where the sheet puts them
        #expect(rows.map(\.number) == [2, 6, 8, 11])
        #expect(rows[0].cells == [XLSXCell(column: 0, value: .inlineString("Name")), XLSXCell(column: 2, value: .number(7))])
        #expect(rows[1].cells == [XLSXCell(column: 3, value: .number(8))])  // after C6, style only, the next column
        #expect(rows[2].cells == [XLSXCell(column: 1, value: .number(9))])
        #expect(rows[3].cells == [XLSXCell(column: 1, value: .number(10))])
    }

    @Test("style-only cells after, before and between values: the values are read, each in its column and row")
    func styleOnlyCellsAroundValues() throws {
        func styled(_ columns: ClosedRange<Int>, row: Int, prefix: String = "") -> String {
            columns.map { "<\(prefix)c r=\"\(CellReference.letters(forColumn: $0))\(row)\" s=\"7\"/>" }.joined()
        }
        let sheet = """
            <worksheet xmlns="\(WorkbookBuilder.mainNamespaceForTests)" xmlns:x="\(WorkbookBuilder.mainNamespaceForTests)"><sheetData>\
            <row r="1"><c r="A1"><v>1</v></c>\(styled(1...16382, row: 1))</row>\
            <row r="2">\(styled(0...24, row: 2))<c r="Z2"><v>2</v></c>\(styled(26...30, row: 2))</row>\
            <row r="3"><c r="A3"><v>3</v></c><c r="B3" s="1"/><c><v>4</v></c><c r="D3" s="1"/></row>\
            <row><c r="A4"><v>5</v></c><c r="B4" s="2"/>\n</row>\
            <row><c><v>6</v></c></row>\
            <x:row r="7"><x:c r="A7"><x:v>7</x:v></x:c>\(styled(1...5, row: 7, prefix: "x:"))</x:row>\
            <row r="8"><c r="A8" s="1"/><c r="B8" t="inlineStr"><is><t>eight</t></is></c><c r="C8" s="1"/><!-- a comment --><c r="D8" s="1"/></row>\
            <row r="9"><c r="A9" s="1"/><c r="B9" s="1"/></row>\
            <row r="10"><c r="A10" t="str"><v>ten</v></c><c r="B10" s="1"/><c r="C10" s="1"/></row>\
            </sheetData></worksheet>
            """
        let workbook = try XLSXWorkbook(data: try RawWorkbook.data(sheetXML: sheet, sheetName: "S"), fileName: "styled.xlsx")
        let rows = try workbook.rows(inSheet: "S")
        #expect(rows.map(\.number) == [1, 2, 3, 4, 5, 7, 8, 10])
        #expect(rows.map(\.cells) == [
            [XLSXCell(column: 0, value: .number(1))],
            [XLSXCell(column: 25, value: .number(2))],
            [XLSXCell(column: 0, value: .number(3)), XLSXCell(column: 2, value: .number(4))],  // after B3, style only, the next column
            [XLSXCell(column: 0, value: .number(5))],
            [XLSXCell(column: 0, value: .number(6))],  // a row without `r` after one whose tail was stepped over
            [XLSXCell(column: 0, value: .number(7))],
            [XLSXCell(column: 1, value: .inlineString("eight"))],
            [XLSXCell(column: 0, value: .inlineString("ten"))],
        ])
    }

    @Test("a sheet cut short after 200,000 style-only cells, with no end tag after them, is read in one pass")
    func truncatedRunOfStyleOnlyCells() throws {
        // Each style-only cell looks ahead for the row's end tag. Were a look that found none
        // forgotten, every cell would search to the end again: quadratic, minutes instead of
        // milliseconds, so this test would not end.
        let cells = (1...200_000).map { "<c r=\"B\($0)\" s=\"1\"/>" }.joined()
        let sheet = "<worksheet xmlns=\"\(WorkbookBuilder.mainNamespaceForTests)\"><sheetData>" + cells
        let workbook = try XLSXWorkbook(data: try RawWorkbook.data(sheetXML: sheet, sheetName: "S"), fileName: "cut.xlsx")
        #expect(try workbook.rows(inSheet: "S").isEmpty)
    }

    @Test("a sheet the workbook does not have is refused, listing the sheets it has")
    func missingSheet() throws {
        var builder = WorkbookBuilder()
        builder.addSheet(named: "Only", rows: [["a"]])
        let workbook = try XLSXWorkbook(data: try builder.data(), fileName: "one.xlsx")
        #expect(throws: ImportFailure.self) { try workbook.rows(inSheet: "Other") }
        do { _ = try workbook.rows(inSheet: "Other") } catch let failure as ImportFailure {
            #expect(failure.description == "one.xlsx, sheet \"Other\": there is no such sheet; the workbook has \"Only\"")
        }
    }

    @Test("numbers are read exactly", arguments: [
        ("1150.150684931497", 1150.150684931497), ("0.1", 0.1), ("-12", -12), ("1E-3", 0.001),
        ("2.5e10", 2.5e10), ("0.000123456789012345678", 0.000123456789012345678), (" 42 ", 42),
        ("12345678901234567890", 1.2345678901234567890e19),
    ])
    func numbers(_ text: String, _ expected: Double) {
        let bytes = Array(text.utf8)
        let value = bytes.withUnsafeBufferPointer { XMLNumber.parse(0..<bytes.count, in: $0) }
        #expect(value == expected)
    }

    @Test("numbers of up to 19 significant digits and 27 decimals are read as the standard library reads them")
    func numbersAgreeWithTheStandardLibrary() {
        var random = SeededGenerator(seed: 1_719)
        var disagreements: [String] = []
        for _ in 0..<200_000 {
            let significant = Int(random.next() % 19) + 1
            let decimals = Int(random.next() % 28)
            let digits = String(random.next() % 9 + 1) + String((1..<significant).map { _ in Character(String(random.next() % 10)) })
            let unsigned = decimals == 0 ? digits
                : decimals >= significant ? "0." + String(repeating: "0", count: decimals - significant) + digits
                : digits.dropLast(decimals) + "." + digits.suffix(decimals)
            let text = (random.next() % 4 == 0 ? "-" : "") + unsigned
            let bytes = Array(text.utf8)
            let value = bytes.withUnsafeBufferPointer { XMLNumber.parse(0..<bytes.count, in: $0) }
            if value != Double(text) { disagreements.append(text) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    /// Besides exact halves, three numbers a hair above halfway: the 128-bit quotient shows only
    /// zeros below the halfway bit, and only the remainder says to round up.
    @Test("numbers halfway between two doubles round to the even one, and a hair above it up", arguments: [
        ("9007199254740993", 9_007_199_254_740_992.0), ("9007199254740995", 9_007_199_254_740_996.0),
        ("4503599627370496.5", 4_503_599_627_370_496.0), ("4503599627370497.5", 4_503_599_627_370_498.0),
        ("0.000000006578230723036464473", 6.578230723036465e-09), ("0.000000003476830256177705093", 3.4768302561777053e-09),
        ("0.000000001656225932376753091", 1.6562259323767532e-09),
        ("0.30000000000000004", 0.30000000000000004), ("-.5", -0.5), (".", nil), ("-", nil), ("0.000", 0),
    ])
    func halfwayNumbers(_ text: String, _ expected: Double?) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { XMLNumber.parse(0..<bytes.count, in: $0) } == expected)
    }

    @Test("cell references", arguments: [("A1", 0, 1), ("z9", 25, 9), ("AA10", 26, 10), ("XFD1048576", 16_383, 1_048_576)])
    func references(_ text: String, _ column: Int, _ row: Int) {
        let bytes = Array(text.utf8)
        let reference = bytes.withUnsafeBufferPointer { CellReference(0..<bytes.count, in: $0) }
        #expect(reference == CellReference(column: column, row: row))
        #expect(CellReference.letters(forColumn: column) == text.uppercased().filter(\.isLetter))
    }

    @Test("impossible cell references", arguments: ["XFE1", "A0", "A1048577", "1A", "AAAA1", "A", "A99999999999"])
    func badReferences(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { CellReference(0..<bytes.count, in: $0) } == nil)
    }
}

extension CellReference {
    init(column: Int, row: Int) {
        let text = CellReference.letters(forColumn: column) + String(row)
        let bytes = Array(text.utf8)
        self = bytes.withUnsafeBufferPointer { CellReference(0..<bytes.count, in: $0)! }
    }
}

extension RawWorkbook {
    /// As `data(sheetXML:sheetName:)`, with a shared-string part.
    static func data(sheetXML: String, sheetName: String, sharedStrings: String) throws -> Data {
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return try WorkbookBuilder.zip([
            ("xl/workbook.xml", Data("""
                <workbook xmlns="\(WorkbookBuilder.mainNamespaceForTests)" xmlns:r="\(relationships)"><sheets>\
                <sheet name="\(sheetName)" sheetId="1" r:id="rId1"/></sheets></workbook>
                """.utf8)),
            ("xl/_rels/workbook.xml.rels", Data("""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(relationships)/worksheet" Target="/xl/worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="\(relationships)/sharedStrings" Target="../xl/strings.xml"/></Relationships>
                """.utf8)),
            ("xl/worksheets/sheet1.xml", Data(sheetXML.utf8)),
            ("xl/strings.xml", Data(sharedStrings.utf8)),
        ])
    }
}
