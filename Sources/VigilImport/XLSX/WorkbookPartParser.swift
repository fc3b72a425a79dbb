import Foundation

/// A sheet as `workbook.xml` lists it.
struct WorkbookSheetEntry {
    let name: String
    /// The `r:id` that the workbook's relationships resolve to the sheet's part.
    let relationshipID: String
}

/// Reads the sheet list, in tab order, from `workbook.xml`.
enum WorkbookPartParser {
    static func parse(_ data: Data) throws -> [WorkbookSheetEntry] {
        try data.withUInt8Bytes { bytes in
            var scanner = XMLScanner(bytes)
            var sheets: [WorkbookSheetEntry] = []
            while let token = try scanner.next() {
                guard case .start(let tag) = token, bytes.equals(tag.name.local, Names.sheet) else {
                    if case .end(let name) = token, bytes.equals(name.local, Names.sheets) { break }
                    continue
                }
                let attributes = XMLAttributes(of: tag, in: bytes)
                guard let name = attributes.value(localName: Names.name),
                      let id = attributes.value(localName: Names.id, prefixed: true) else { continue }
                sheets.append(WorkbookSheetEntry(name: XMLText.decode(name, in: bytes),
                                                 relationshipID: XMLText.decode(id, in: bytes)))
            }
            return sheets
        }
    }

    private enum Names {
        static let sheet = Array("sheet".utf8)
        static let sheets = Array("sheets".utf8)
        static let name = Array("name".utf8)
        static let id = Array("id".utf8)
    }
}
