import Foundation
import Hummingbird

extension HTTPFields {
    /// Adds `name` to the response's one `Vary` field, keeping what other middleware put there.
    mutating func addVary(_ name: String) {
        let present = self[.vary]?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? []
        guard !present.contains(name.lowercased()), !present.contains("*") else { return }
        self[.vary] = present.isEmpty ? name : (self[.vary]! + ", " + name)
    }
}
