import VigilCore

/// The same facility (same `FacilityKey`, i.e. name and state) listed more than once in one
/// release. Both rows are kept — they may be two facilities ICE named alike — and each
/// repeat is recorded.
enum DuplicateFacilityCheck {
    static func anomalies(in facilities: [FacilityObservation], file: String, sheet: String) -> [ReleaseAnomaly] {
        var rowsByKey: [FacilityKey: [FacilityObservation]] = [:]
        var order: [FacilityKey] = []
        for facility in facilities {
            let key = facility.key
            if rowsByKey[key] == nil { order.append(key) }
            rowsByKey[key, default: []].append(facility)
        }
        return order.compactMap { key in
            guard let rows = rowsByKey[key], rows.count > 1 else { return nil }
            let first = rows[0]
            return ReleaseAnomaly(.duplicateFacilityRow(name: first.name, state: first.state, rows: rows.map(\.sourceRow)),
                                  at: SourceLocation(file: file, sheet: sheet, row: rows[1].sourceRow, column: "Name"),
                                  occurrences: rows.count)
        }
    }
}
