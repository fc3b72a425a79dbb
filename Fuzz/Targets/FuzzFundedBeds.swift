import Foundation

/// `funded-beds`: funded detention beds by fiscal year.
enum FuzzFundedBeds {
    static func run(_ data: Data) {
        _ = try? FundedBedsReader.read(data: data, fileName: "fuzz.csv")
    }
}
