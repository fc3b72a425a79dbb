import Foundation

/// A cell the sheet's XML describes but that cannot be read: the workbook is refused, and
/// the message says which cell.
struct WorksheetProblem: Error {
    let row: Int?
    let cell: String?
    let problem: String
}

/// Reads the `<sheetData>` of one worksheet part into sparse rows.
///
/// Handles what real producers write: cells with and without `r` references (a missing one
/// means "the next column"), rows without `r`, every cell type (`s`, `str`, `inlineStr`,
/// `e`, `b`, `n`, `d`), formulas (their cached `<v>` result is the value), rich inline
/// strings, and namespace prefixes on every element. Cells that carry only a style
/// (`<c r="B1" s="4"/>`, most of a formatted sheet) are dropped on sight; a row holding
/// nothing else, and the rest of a row once only such cells are left, are stepped over unread
/// (`XMLScanner.skipElementWithNoEndTagsInside`). Reading
/// stops at `</sheetData>`: merged cells, margins and the rest are not needed.
enum WorksheetParser {
    static func parse(_ data: Data, sharedStrings: [String], limits: ReadLimits = .current) throws -> [XLSXRow] {
        try data.withUInt8Bytes { bytes in
            var state = State(bytes: bytes, sharedStrings: sharedStrings, limits: limits)
            var scanner = XMLScanner(bytes, maximumDepth: limits.maximumXMLDepth)
            do {
                reading: while let token = try scanner.next() {
                    switch try state.consume(token) {
                    case .finished: break reading
                    case .startedRow, .passedStyleOnlyCell:
                        // A row of style-only cells, most of a formatted sheet, is stepped over
                        // whole, and so is the rest of a row once nothing but such cells is left.
                        if scanner.skipElementWithNoEndTagsInside(named: Names.row) { state.finishRowIfOpen() }
                    case .reading: continue
                    }
                }
            } catch let malformed as XMLMalformed {
                throw WorksheetProblem(row: state.rowNumber, cell: nil, problem: "the sheet's XML is malformed: \(malformed)")
            }
            state.finishRowIfOpen()
            if !state.rowsAreOrdered { state.rows.sort { $0.number < $1.number } }
            return state.rows
        }
    }

    private enum Progress { case reading, startedRow, passedStyleOnlyCell, finished }

    private struct State {
        let bytes: UnsafeBufferPointer<UInt8>
        let sharedStrings: [String]
        let limits: ReadLimits
        var rows: [XLSXRow] = []
        /// Cells kept so far, against `maximumSheetCellCount`.
        var cellCount = 0
        var rowsAreOrdered = true

        var inSheetData = false
        var rowNumber: Int?
        /// The number of the last row begun, kept or not: a row without `r` comes after it.
        var lastRowNumber = 0
        var cells: [XLSXCell] = []
        var lastColumn = -1

        // The cell being read.
        var inCell = false
        var cellColumn = 0
        var cellType: Range<Int>?
        var cellReference: Range<Int>?
        var valueRanges: [Range<Int>] = []
        var inlineRanges: [Range<Int>] = []
        var cdataText: String?
        var inValue = false
        var inInlineString = false
        var inInlineText = false
        var phoneticDepth = 0

        init(bytes: UnsafeBufferPointer<UInt8>, sharedStrings: [String], limits: ReadLimits) {
            self.bytes = bytes
            self.sharedStrings = sharedStrings
            self.limits = limits
        }

        mutating func consume(_ token: XMLToken) throws -> Progress {
            switch token {
            case .start(let tag):
                let name = tag.name.local
                if !inSheetData {
                    if bytes.equals(name, Names.sheetData) {
                        if tag.isSelfClosing { return .finished }
                        inSheetData = true
                    }
                } else if bytes.equals(name, Names.cell) {
                    try startCell(tag)
                    if tag.isSelfClosing { return .passedStyleOnlyCell }
                } else if inCell {
                    startInsideCell(tag)
                } else if bytes.equals(name, Names.row) {
                    try startRow(tag)
                    if !tag.isSelfClosing { return .startedRow }
                }
            case .end(let name):
                guard inSheetData else { break }
                let local = name.local
                if bytes.equals(local, Names.cell) {
                    if inCell { try finishCell() }
                } else if inCell {
                    if bytes.equals(local, Names.value) { inValue = false }
                    else if bytes.equals(local, Names.text) { inInlineText = false }
                    else if bytes.equals(local, Names.phonetic) { phoneticDepth = max(0, phoneticDepth - 1) }
                    else if bytes.equals(local, Names.inlineString) { inInlineString = false }
                } else if bytes.equals(local, Names.row) {
                    finishRowIfOpen()
                } else if bytes.equals(local, Names.sheetData) {
                    return .finished
                }
            case .text(let range):
                if inValue { valueRanges.append(range) } else if inInlineText { inlineRanges.append(range) }
            case .cdata(let range):
                if inValue || inInlineText {
                    guard range.count + (cdataText?.utf8.count ?? 0) <= limits.maximumCellByteCount else {
                        throw problem("holds CDATA text past \(ReadLimits.describe(bytes: limits.maximumCellByteCount)) (the limit for one cell)")
                    }
                    cdataText = (cdataText ?? "") + String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                }
            }
            return .reading
        }

        private mutating func startRow(_ tag: XMLTag) throws {
            finishRowIfOpen()
            let previous = lastRowNumber
            var number = previous + 1
            if let reference = XMLAttributes(of: tag, in: bytes).value(localName: Names.reference) {
                guard let parsed = CellReference.parseRow(reference, in: bytes) else {
                    throw WorksheetProblem(row: nil, cell: nil, problem: """
                        a row is numbered "\(XMLText.decode(reference, in: bytes))", which is not a row \
                        number from 1 to \(CellReference.maximumRowCount)
                        """)
                }
                number = parsed
            }
            guard number <= CellReference.maximumRowCount else {
                throw WorksheetProblem(row: nil, cell: nil, problem: "the sheet has more than \(CellReference.maximumRowCount) rows")
            }
            if number <= previous { rowsAreOrdered = false }
            rowNumber = number
            lastRowNumber = number
            lastColumn = -1
            if tag.isSelfClosing { finishRowIfOpen() }
        }

        mutating func finishRowIfOpen() {
            guard let number = rowNumber else { return }
            if !cells.isEmpty {
                if !cells.isSortedByColumn { cells.sort { $0.column < $1.column } }
                rows.append(XLSXRow(number: number, cells: cells))
            }
            cells.removeAll(keepingCapacity: true)
            rowNumber = nil
        }

        private mutating func startCell(_ tag: XMLTag) throws {
            if rowNumber == nil { lastRowNumber += 1; rowNumber = lastRowNumber; lastColumn = -1 }  // a cell outside any <row>
            // `r` and `t` in one pass over the attributes, the first of each as `value(localName:)` finds it.
            var reference: Range<Int>?
            var type: Range<Int>?
            XMLAttributes(of: tag, in: bytes).forEach { name, value in
                let local = name.local
                if local.count != 1 { return }
                if reference == nil, bytes[local.lowerBound] == UInt8(ascii: "r") { reference = value }
                else if type == nil, bytes[local.lowerBound] == UInt8(ascii: "t") { type = value }
            }
            cellReference = reference
            if let reference = cellReference {
                guard let parsed = CellReference(reference, in: bytes) else {
                    throw WorksheetProblem(row: rowNumber, cell: XMLText.decode(reference, in: bytes), problem: """
                        a cell is addressed "\(XMLText.decode(reference, in: bytes))", which is not a cell \
                        reference within A1:XFD\(CellReference.maximumRowCount)
                        """)
                }
                cellColumn = parsed.column
            } else {
                cellColumn = lastColumn + 1
                guard cellColumn < CellReference.maximumColumnCount else {
                    throw WorksheetProblem(row: rowNumber, cell: nil, problem: "a row has more than \(CellReference.maximumColumnCount) cells")
                }
            }
            lastColumn = cellColumn
            if tag.isSelfClosing { return }  // style only: no value
            inCell = true
            cellType = type
            valueRanges.removeAll(keepingCapacity: true)
            inlineRanges.removeAll(keepingCapacity: true)
            cdataText = nil
            inValue = false
            inInlineString = false
            inInlineText = false
            phoneticDepth = 0
        }

        private mutating func startInsideCell(_ tag: XMLTag) {
            guard !tag.isSelfClosing else { return }
            let name = tag.name.local
            if bytes.equals(name, Names.value) {
                inValue = true
            } else if bytes.equals(name, Names.inlineString) {
                inInlineString = true
            } else if bytes.equals(name, Names.phonetic) {
                phoneticDepth += 1
            } else if bytes.equals(name, Names.text) {
                inInlineText = inInlineString && phoneticDepth == 0
            }
        }

        private mutating func finishCell() throws {
            inCell = false
            inValue = false
            inInlineText = false
            let textByteCount = valueRanges.reduce(0) { $0 + $1.count } + inlineRanges.reduce(0) { $0 + $1.count }
                + (cdataText?.utf8.count ?? 0)
            guard textByteCount <= limits.maximumCellByteCount else {
                throw problem("holds \(textByteCount) bytes of text, past \(ReadLimits.describe(bytes: limits.maximumCellByteCount)) (the limit for one cell)")
            }
            guard let value = try cellValue(), value != .empty else { return }
            cellCount += 1
            guard cellCount <= limits.maximumSheetCellCount else {
                throw problem("is past the \(limits.maximumSheetCellCount)th cell with a value (the limit for one sheet)")
            }
            cells.append(XLSXCell(column: cellColumn, value: value))
        }

        private func cellValue() throws -> XLSXCellValue? {
            // Most cells are numbers (no `t`) or shared strings (`t="s"`): told from the bytes, no string made.
            let type: String
            if let range = cellType {
                type = range.count == 1 && bytes[range.lowerBound] == UInt8(ascii: "s") ? "s"
                    : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            } else {
                type = "n"
            }
            switch type {
            case "s":
                guard let range = singleValueRange, let index = XMLNumber.parseIndex(range, in: bytes) else {
                    if valueRanges.isEmpty && cdataText == nil { return nil }
                    throw problem("holds a shared-string reference that is not a number")
                }
                guard index < sharedStrings.count else {
                    throw problem("points to shared string \(index), but the workbook has only \(sharedStrings.count)")
                }
                return .sharedString(sharedStrings[index])
            case "inlineStr":
                if !inlineRanges.isEmpty || cdataText != nil {
                    return .inlineString(XMLText.unescapingSpreadsheetEscapes(joinedText(inlineRanges)))
                }
                return valueRanges.isEmpty ? nil : .inlineString(joinedText(valueRanges))
            case "str", "d":
                return valueRanges.isEmpty && cdataText == nil ? nil : .inlineString(XMLText.unescapingSpreadsheetEscapes(joinedText(valueRanges)))
            case "e":
                return valueRanges.isEmpty ? nil : .error(joinedText(valueRanges).trimmingCharacters(in: .whitespaces))
            case "b":
                guard let range = singleValueRange else { return nil }
                let text = XMLText.decode(range, in: bytes).trimmingCharacters(in: .whitespaces)
                switch text {
                case "1", "true": return .boolean(true)
                case "0", "false": return .boolean(false)
                default: throw problem("is a true/false cell holding \"\(text)\"")
                }
            case "n":
                guard !valueRanges.isEmpty else { return nil }
                let number: Double?
                if let range = singleValueRange { number = XMLNumber.parse(range, in: bytes) }
                else { number = Double(joinedText(valueRanges).trimmingCharacters(in: .whitespaces)) }
                guard let number, number.isFinite else {
                    throw problem("is a number cell holding \"\(joinedText(valueRanges).prefix(40))\"")
                }
                return .number(number)
            default:
                throw problem("has the unknown cell type \"\(type.prefix(20))\"")
            }
        }

        /// The `<v>` text when it came in one piece, the usual case.
        private var singleValueRange: Range<Int>? {
            valueRanges.count == 1 && cdataText == nil ? valueRanges[0] : nil
        }

        private func joinedText(_ ranges: [Range<Int>]) -> String {
            if ranges.count == 1 && cdataText == nil { return XMLText.decode(ranges[0], in: bytes) }
            return ranges.map { XMLText.decode($0, in: bytes) }.joined() + (cdataText ?? "")
        }

        private func problem(_ text: String) -> WorksheetProblem {
            let reference = CellReference.letters(forColumn: cellColumn) + (rowNumber.map(String.init) ?? "")
            return WorksheetProblem(row: rowNumber, cell: reference, problem: "cell \(reference) \(text)")
        }
    }

    private enum Names {
        static let sheetData = Array("sheetData".utf8)
        static let row = Array("row".utf8)
        static let cell = Array("c".utf8)
        static let value = Array("v".utf8)
        static let inlineString = Array("is".utf8)
        static let text = Array("t".utf8)
        static let phonetic = Array("rPh".utf8)
        static let reference = Array("r".utf8)
    }
}

private extension Array where Element == XLSXCell {
    var isSortedByColumn: Bool {
        var previous = -1
        for cell in self {
            if cell.column <= previous { return false }
            previous = cell.column
        }
        return true
    }
}
