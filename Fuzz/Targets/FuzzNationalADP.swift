import Foundation

/// `national-adp`: a national average-daily-population series.
enum FuzzNationalADP {
    static func run(_ data: Data) {
        _ = try? NationalADPReader.read(data: data, fileName: "fuzz.csv")
    }
}
