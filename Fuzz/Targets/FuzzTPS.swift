import Foundation

/// `tps`: TPS designations with their notices.
enum FuzzTPS {
    static func run(_ data: Data) {
        _ = try? TPSDesignationReader.read(data: data, fileName: "fuzz.csv")
    }
}
