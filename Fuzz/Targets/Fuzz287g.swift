import Foundation

/// `287g`: 287(g) agreements.
enum Fuzz287g {
    static func run(_ data: Data) {
        _ = try? Agreement287gReader.read(data: data, fileName: "fuzz.csv")
    }
}
