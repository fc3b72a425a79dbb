import Foundation

/// `facility-lists`: a facility reference list, as text (CSV, pipe-delimited) and, when the
/// bytes are a zip, as a workbook.
enum FuzzFacilityLists {
    static func run(_ data: Data) {
        let name = data.starts(with: [0x50, 0x4B]) ? "fuzz.xlsx" : "fuzz.csv"
        _ = try? FacilityListReader.read(data: data, fileName: name)
    }
}
