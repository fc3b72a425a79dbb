import Foundation
import ZIPFoundation

/// Writes small, valid .xlsx files for tests, cell by cell, so every quirk an importer must
/// survive can be produced on demand instead of being hunted for in real downloads.
///
/// Text cells go to the shared-string table unless written as inline strings; numbers,
/// booleans and error values (`#N/A`) are written as Excel writes them. Options reproduce
/// what other producers do: cells without `r` references, a namespace prefix on every
/// element (`<x:c>`).
public struct WorkbookBuilder {
    /// One cell as the test wants it stored.
    public enum Cell: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
                      ExpressibleByIntegerLiteral {
        case empty
        /// Text in the shared-string table (`t="s"`).
        case text(String)
        /// Text in the cell itself (`t="inlineStr"`).
        case inlineText(String)
        /// A formula's cached text result (`t="str"`).
        case formulaText(String)
        case number(Double)
        case boolean(Bool)
        /// An error value such as `#N/A` (`t="e"`).
        case error(String)

        public init(stringLiteral value: String) { self = .text(value) }
        public init(floatLiteral value: Double) { self = .number(value) }
        public init(integerLiteral value: Int) { self = .number(Double(value)) }
    }

    /// How the sheet XML is spelled.
    public struct Style: Sendable {
        /// Write `r="B7"` on every cell (Excel does; some producers do not).
        public var writesCellReferences = true
        /// A namespace prefix for every SpreadsheetML element, e.g. `"x"`.
        public var elementPrefix: String?

        public init(writesCellReferences: Bool = true, elementPrefix: String? = nil) {
            self.writesCellReferences = writesCellReferences
            self.elementPrefix = elementPrefix
        }
    }

    private var sheets: [(name: String, rows: [(number: Int, cells: [Cell])])] = []
    public var style: Style

    public init(style: Style = Style()) {
        self.style = style
    }

    /// Adds a sheet whose first row is row 1; `rows[i]` is row `i + 1`, `cells[j]` column `j`.
    public mutating func addSheet(named name: String, rows: [[Cell]]) {
        sheets.append((name, rows.enumerated().map { ($0.offset + 1, $0.element) }))
    }

    /// Adds a sheet with explicitly numbered rows, for sparse sheets.
    public mutating func addSheet(named name: String, numberedRows: [(Int, [Cell])]) {
        sheets.append((name, numberedRows.map { ($0.0, $0.1) }))
    }

    /// The .xlsx file's bytes.
    public func data() throws -> Data {
        var sharedStrings: [String] = []
        var sharedIndex: [String: Int] = [:]
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(contentTypes.utf8)),
            ("_rels/.rels", Data(Self.rootRelationships.utf8)),
            ("xl/workbook.xml", Data(workbookXML.utf8)),
            ("xl/_rels/workbook.xml.rels", Data(workbookRelationships.utf8)),
        ]
        for (index, sheet) in sheets.enumerated() {
            let xml = sheetXML(sheet.rows) { text in
                if let existing = sharedIndex[text] { return existing }
                sharedStrings.append(text)
                sharedIndex[text] = sharedStrings.count - 1
                return sharedStrings.count - 1
            }
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Data(xml.utf8)))
        }
        let items = sharedStrings.map { "<si><t xml:space=\"preserve\">\(Self.escaped($0))</t></si>" }.joined()
        parts.append(("xl/sharedStrings.xml", Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="\(Self.mainNamespace)" count="\(sharedStrings.count)" uniqueCount="\(sharedStrings.count)">\(items)</sst>
            """.utf8)))
        return try Self.zip(parts)
    }

    /// A ZIP archive of the given parts, deflated: also for building broken "workbooks".
    public static func zip(_ parts: [(path: String, contents: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, contents) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(contents.count),
                                 compressionMethod: .deflate) { position, size in
                contents.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// Text made safe for XML character data and attribute values.
    public static func escaped(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }

    // MARK: - Parts

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private var contentTypes: String {
        let overrides = sheets.indices.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
            \(overrides)</Types>
            """
    }

    private static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    private var workbookXML: String {
        let entries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(Self.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="\(Self.mainNamespace)" xmlns:r="\(Self.relationshipNamespace)"><sheets>\(entries)</sheets></workbook>
            """
    }

    private var workbookRelationships: String {
        var relationships = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(Self.relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        relationships.append("<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships.joined())</Relationships>
            """
    }

    private func sheetXML(_ rows: [(number: Int, cells: [Cell])], sharedString: (String) -> Int) -> String {
        let p = style.elementPrefix.map { $0 + ":" } ?? ""
        let namespace = style.elementPrefix.map { "xmlns:\($0)=\"\(Self.mainNamespace)\"" } ?? "xmlns=\"\(Self.mainNamespace)\""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<\(p)worksheet \(namespace)><\(p)sheetData>"
        for row in rows {
            xml += "<\(p)row r=\"\(row.number)\">"
            for (column, cell) in row.cells.enumerated() {
                let reference = style.writesCellReferences ? " r=\"\(Self.columnLetters(column))\(row.number)\"" : ""
                switch cell {
                case .empty:
                    xml += "<\(p)c\(reference)/>"
                case .text(let text):
                    xml += "<\(p)c\(reference) t=\"s\"><\(p)v>\(sharedString(text))</\(p)v></\(p)c>"
                case .inlineText(let text):
                    xml += "<\(p)c\(reference) t=\"inlineStr\"><\(p)is><\(p)t xml:space=\"preserve\">\(Self.escaped(text))</\(p)t></\(p)is></\(p)c>"
                case .formulaText(let text):
                    xml += "<\(p)c\(reference) t=\"str\"><\(p)f>\"\(Self.escaped(text))\"</\(p)f><\(p)v>\(Self.escaped(text))</\(p)v></\(p)c>"
                case .number(let number):
                    xml += "<\(p)c\(reference)><\(p)v>\(number)</\(p)v></\(p)c>"
                case .boolean(let flag):
                    xml += "<\(p)c\(reference) t=\"b\"><\(p)v>\(flag ? 1 : 0)</\(p)v></\(p)c>"
                case .error(let code):
                    xml += "<\(p)c\(reference) t=\"e\"><\(p)v>\(Self.escaped(code))</\(p)v></\(p)c>"
                }
            }
            xml += "</\(p)row>"
        }
        return xml + "</\(p)sheetData></\(p)worksheet>"
    }

    /// `A`, `B`, ..., `AA` for a 0-based column.
    public static func columnLetters(_ column: Int) -> String {
        var number = column + 1
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}
