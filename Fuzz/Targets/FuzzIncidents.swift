import Foundation
import VigilCore

/// `incidents`: a file of documented incidents.
enum FuzzIncidents {
    static func run(_ data: Data) {
        _ = try? IncidentCSVReader.read(data: data, fileName: "fuzz.csv", today: .init(year: 2026, month: 1, day: 1)!)
    }
}
