import Foundation
import VigilCore

/// `cases`: a CSV file of cases (`vigil import cases`).
enum FuzzCases {
    static func run(_ data: Data) {
        _ = try? CaseCSVReader.read(data: data, fileName: "fuzz.csv", today: .init(year: 2026, month: 1, day: 1)!)
    }
}
