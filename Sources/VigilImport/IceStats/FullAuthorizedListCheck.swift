import VigilCore

/// Recognises a sheet that lists every facility ICE has authorised (its DMCP list) rather
/// than the facilities in use, as one FY2021 release does with 1,882 rows, most of them
/// holding nobody.
///
/// Releases normally list 100–250 facilities, almost all with people in them (from FY2023
/// the sheet says so: "limited to facilities that have a population count of greater than
/// or equal to 1"). A sheet is taken for the full list when it has more than 1,000 rows, or
/// when at least 200 rows and half of them report no or zero population.
enum FullAuthorizedListCheck {
    static let rowThreshold = 1_000
    static let emptyShareThreshold = 0.5
    static let minimumRowsForShare = 200

    static func anomaly(for facilities: [FacilityObservation], file: String, sheet: String) -> ReleaseAnomaly? {
        let empty = facilities.filter { ($0.averageDailyPopulation ?? 0) == 0 }.count
        let share = facilities.isEmpty ? 0 : Double(empty) / Double(facilities.count)
        guard facilities.count > rowThreshold
            || (facilities.count >= minimumRowsForShare && share >= emptyShareThreshold) else { return nil }
        let percent = Int((share * 100).rounded())
        return ReleaseAnomaly(.fullAuthorizedFacilityList(rows: facilities.count, empty: empty, percent: percent),
                              at: SourceLocation(file: file, sheet: sheet), occurrences: facilities.count)
    }
}
