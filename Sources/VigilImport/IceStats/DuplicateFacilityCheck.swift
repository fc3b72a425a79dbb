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
            let rowList = rows.map { String($0.sourceRow) }.joined(separator: ", ")
            let first = rows[0]
            return ReleaseAnomaly(.duplicateFacilityRow, """
                "\(first.name)"\(first.state.map { " (\($0))" } ?? "") appears \(rows.count) times, in rows \
                \(rowList); all rows are kept.
                """, at: SourceLocation(file: file, sheet: sheet, row: rows[1].sourceRow, column: "Name"),
                occurrences: rows.count)
        }
    }
}
