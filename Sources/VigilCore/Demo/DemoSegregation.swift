/// Generated segregation sheets for the demo releases, so the segregation pages are not empty
/// on a first run. Shaped like ICE's: each release re-publishes the last three complete months
/// (the same figures in every edition) and the last two complete fiscal quarters; the large
/// demo facilities hold most placements. Nothing here is ICE's data.
enum DemoSegregation {
    static let monthlySheet = "Monthly Segregation"
    static let vulnerableSheet = "Vulnerable & Special Population"

    /// Adds the release's generated segregation rows, from its own facility rows.
    static func add(to release: inout IceStatsRelease, seed: UInt64) {
        let asOf = release.asOfDate
        var lines: [SegregationPlacementCount] = []
        var row = 5
        for back in 1...3 {
            let index = asOf.year * 12 + (asOf.month - 1) - back
            let month = CalendarMonth(year: index / 12, month: index % 12 + 1)!
            // One generator per facility and month: every edition of a month publishes the same
            // figures, whatever the release's populations. The first ten demo facilities are the large ones.
            var counts: [(FacilityObservation, Int)] = []
            for (offset, facility) in release.facilities.enumerated() {
                var rng = SeededGenerator(seed: seed &* 31 &+ UInt64(index) &* 1_000 &+ UInt64(offset))
                let large = offset < 10
                guard large || rng.unit() < 0.35 else { continue }
                counts.append((facility, large ? 40 + Int(120 * rng.unit()) : 1 + Int(12 * rng.unit())))
            }
            counts.sort { ($0.1, $1.0.name) > ($1.1, $0.0.name) }
            row += 2
            for (facility, count) in counts {
                lines.append(SegregationPlacementCount(
                    month: month, facilityName: facility.name, facilityKey: facility.key, placementCount: count,
                    location: SourceLocation(file: release.source.fileName, sheet: monthlySheet, row: row)))
                row += 1
            }
            row += 2
        }
        release.segregationPlacements = lines
        release.vulnerableSegregation = quarters(before: asOf, file: release.source.fileName, seed: seed)
    }

    static let reasons = ["Disciplinary", "Facility Security Threat", "Medical Mental",
                          "Pending Investigation of Disciplinary Violation", "Protective Custody"]

    /// The last two complete fiscal quarters before `date`.
    static func quarters(before date: CalendarDate, file: String, seed: UInt64) -> [VulnerableSegregationRow] {
        // Quarters counted from FY2000 Q1; the current one is incomplete.
        let current = (date.fiscalYear - 2000) * 4 + (date.month >= 10 ? 0 : (date.month - 1) / 3 + 1)
        var rows: [VulnerableSegregationRow] = []
        var sheetRow = 4
        for index in [current - 2, current - 1] {
            let fiscalYear = FiscalYear(2000 + index / 4)
            let quarter = index % 4 + 1
            var rng = SeededGenerator(seed: seed &* 17 &+ UInt64(index))
            var quarterRows: [VulnerableSegregationRow] = []
            sheetRow += 2
            for reason in reasons {
                quarterRows.append(VulnerableSegregationRow(
                    fiscalYear: fiscalYear, quarter: quarter, reason: VulnerablePlacementReason(asWritten: reason),
                    reasonAsWritten: reason, placements: 20 + Int(150 * rng.unit()),
                    averageConsecutiveDays: ((10 + 60 * rng.unit()) * 100).rounded() / 100,
                    averageCumulativeDays: ((20 + 80 * rng.unit()) * 100).rounded() / 100, uniqueDetainees: nil,
                    location: SourceLocation(file: file, sheet: vulnerableSheet, row: sheetRow)))
                sheetRow += 1
            }
            let placements = quarterRows.reduce(0) { $0 + $1.placements }
            quarterRows.append(VulnerableSegregationRow(
                fiscalYear: fiscalYear, quarter: quarter, reason: .total, reasonAsWritten: "Grand Total", placements: placements,
                averageConsecutiveDays: 30, averageCumulativeDays: 45, uniqueDetainees: nil,
                location: SourceLocation(file: file, sheet: vulnerableSheet, row: sheetRow)))
            sheetRow += 3
            let unique = Int(Double(placements) * 0.85)
            rows += quarterRows.map { var row = $0; row.uniqueDetainees = unique; return row }
        }
        return rows
    }
}
