import Foundation

/// `commission-activity`: county commission agenda items.
enum FuzzCommissionActivity {
    static func run(_ data: Data) {
        _ = try? CommissionActivityReader.read(data: data, fileName: "fuzz.csv")
    }
}
