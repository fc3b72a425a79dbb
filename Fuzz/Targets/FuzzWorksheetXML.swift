import Foundation

/// `worksheet-xml`: a worksheet part, read against a small shared-string table.
enum FuzzWorksheetXML {
    static func run(_ data: Data) {
        _ = try? WorksheetParser.parse(data, sharedStrings: ["a", "b", "c"])
    }
}
