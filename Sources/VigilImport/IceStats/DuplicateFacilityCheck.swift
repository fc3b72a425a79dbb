import VigilCore

/// The same facility (same `FacilityKey`, i.e. name and state) listed more than once in one
/// release. Both rows are kept — they may be two facilities ICE named alike — and each
/// repeat is recorded.
enum DuplicateFacilityCheck {
    /// `keys` are the facilities' keys, in the same order: worked out once for the workbook.
    static func anomalies(in facilities: [FacilityObservation], keys: [FacilityKey], file: String, sheet: String) -> [ReleaseAnomaly] {
        // Indices, not copies of the rows: nearly every key is seen once.
        var firstIndex: [FacilityKey: Int] = [:]
        firstIndex.reserveCapacity(keys.count)
        var repeats: [FacilityKey: [Int]] = [:]
        for (index, key) in keys.enumerated() {
            if let first = firstIndex[key] {
                repeats[key, default: [first]].append(index)
            } else {
                firstIndex[key] = index
            }
        }
        // In the order the facilities are first listed.
        return repeats.values.sorted { $0[0] < $1[0] }.map { indices in
            let first = facilities[indices[0]]
            return ReleaseAnomaly(.duplicateFacilityRow(name: first.name, state: first.state, rows: indices.map { facilities[$0].sourceRow }),
                                  at: SourceLocation(file: file, sheet: sheet, row: facilities[indices[1]].sourceRow, column: "Name"),
                                  occurrences: indices.count)
        }
    }
}
