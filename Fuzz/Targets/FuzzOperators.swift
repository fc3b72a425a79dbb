import Foundation

/// `operators`: every shape `vigil import operators` tells apart by header: cited records,
/// the list by name and place (FY26 contractors) and contract awards.
enum FuzzOperators {
    static func run(_ data: Data) {
        _ = try? OperatorCSVReader.contents(of: data, fileName: "operators-fy26-fuzz.csv")
    }
}
