import Foundation
import VigilCore

/// `deaths`: a list of deaths in any of its three formats (told from the header).
enum FuzzDeaths {
    static func run(_ data: Data) {
        _ = try? DeathListReader.read(data: data, fileName: "fuzz.csv", today: .init(year: 2026, month: 1, day: 1)!)
    }
}
