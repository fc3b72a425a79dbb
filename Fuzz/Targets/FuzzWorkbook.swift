import Foundation

/// `workbook`: a whole `.xlsx` file: the zip container, the package parts, sheet discovery
/// and every sheet an ICE statistics release is read from.
enum FuzzWorkbook {
    static func run(_ data: Data) {
        _ = try? IceStatsWorkbookReader.read(data: data, fileName: "fuzz.xlsx")
    }
}
