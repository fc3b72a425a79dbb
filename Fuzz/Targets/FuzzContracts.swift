import Foundation

/// `contracts`: federal contract awards (`vigil import contracts`).
enum FuzzContracts {
    static func run(_ data: Data) {
        _ = try? ContractAwardReader.read(data: data, fileName: "fuzz.csv")
    }
}
