import Foundation

/// The outlines of the 50 states, DC and Puerto Rico, for the facility map: generalised from the Census
/// Bureau's cartographic boundary file by `scripts/make-state-outlines` (see `StateOutlines+Data.swift`),
/// kept in longitude and latitude so the map projects them exactly as it projects the facilities.
enum StateOutlines {
    struct State: Sendable {
        var code: String
        var name: String
        /// Closed rings of (longitude, latitude); a state with islands has several.
        var rings: [[(longitude: Double, latitude: Double)]]
    }

    static let all: [State] = encoded.split(separator: "\n").compactMap { line in
        let fields = line.trimmingCharacters(in: .whitespaces).split(separator: "|", omittingEmptySubsequences: false)
        guard fields.count == 3 else { return nil }
        let rings = fields[2].split(separator: ";").map { ring in
            ring.split(separator: " ").compactMap { pair -> (longitude: Double, latitude: Double)? in
                let numbers = pair.split(separator: ",")
                guard numbers.count == 2, let longitude = Double(numbers[0]), let latitude = Double(numbers[1]) else { return nil }
                return (longitude, latitude)
            }
        }
        return State(code: String(fields[0]), name: String(fields[1]), rings: rings)
    }
}
