import Testing
import VigilCore

/// Small counts are hidden, and so is whatever would let a hidden count be worked back out of a total.
@Suite("Small-cell suppression")
struct SmallCellSuppressionTests {
    typealias S = SmallCellSuppression

    static func marks(_ interior: [[Int]]) -> (values: [[Int]], marks: [[S.Mark]]) {
        let values = S.withMargins(interior)
        return (values, S.marks(values: values, sensitive: values.map { $0.map { S.hidden.contains($0) } }))
    }

    /// What an attacker learns from one row or column: with exactly one hidden cell, its value.
    static func recoverable(_ values: [[Int]], _ marks: [[S.Mark]]) -> [(Int, Int)] {
        let rows = values.count, columns = values[0].count
        var found: [(Int, Int)] = []
        let lines = (0..<rows).map { r in (0..<columns).map { (r, $0) } } + (0..<columns).map { c in (0..<rows).map { ($0, c) } }
        for line in lines {
            let hidden = line.filter { marks[$0.0][$0.1] != .shown }
            if hidden.count == 1 { found.append(hidden[0]) }
        }
        return found
    }

    @Test("a total minus the one visible cell would have revealed the suppressed one; secondary suppression hides it")
    func totalMinusVisible() {
        // given a row [5, 20] with its total 25: hiding 5 alone leaves 25 - 20 = 5 in plain sight
        let values = S.withMargins([[5, 20], [30, 40]])
        let primaryOnly = values.map { $0.map { S.hidden.contains($0) ? S.Mark.primary : .shown } }
        #expect(values[0][2] - values[0][1] == values[0][0])
        #expect(Self.recoverable(values, primaryOnly).count == 2) // its row and its column
        // when secondary suppression runs
        let (_, marks) = Self.marks([[5, 20], [30, 40]])
        // then its row partner and column partner are hidden too, and no row or column has exactly one hidden cell
        #expect(marks[0][0] == .primary)
        #expect(marks[0][1] == .secondary && marks[1][0] == .secondary)
        #expect(Self.recoverable(values, marks).isEmpty)
        #expect(marks[1][1] == .secondary) // 40 is now alone in its row and column
    }

    @Test("every count from 1 to 10 is hidden; 0 and 11 are shown when nothing else requires hiding them")
    func thresholds() {
        let (_, marks) = Self.marks([[0, 11, 12], [13, 14, 15]])
        #expect(marks.allSatisfy { $0.allSatisfy { $0 == .shown } })
        for small in 1...10 {
            let (values, marks) = Self.marks([[small, 50, 60], [70, 80, 90], [11, 12, 13]])
            #expect(marks[0][0] == .primary)
            #expect(Self.recoverable(values, marks).isEmpty)
        }
    }

    @Test("the partner chosen is the smallest non-zero cell in the row, not a zero or a total")
    func smallestPartner() {
        let (_, marks) = Self.marks([[3, 0, 40, 25], [50, 60, 70, 80], [90, 91, 92, 93]])
        #expect(marks[0][3] == .secondary && marks[0][1] == .shown && marks[0][2] == .shown)
    }

    @Test("a single small row total is hidden along with what would reveal it", arguments: [
        [[1, 0], [20, 30]], [[4]], [[12, 3, 0], [0, 0, 0], [1, 1, 1]], [[2, 2, 2, 2], [2, 2, 2, 2]], [[100, 200], [300, 9]],
    ])
    func fixedPoint(interior: [[Int]]) {
        let (values, marks) = Self.marks(interior)
        #expect(Self.recoverable(values, marks).isEmpty, "\(values) \(marks)")
        for (r, row) in values.enumerated() { for (c, v) in row.enumerated() where S.hidden.contains(v) { #expect(marks[r][c] != .shown) } }
    }

    @Test("the public release table: small cells and their medians are blank and marked, totals cannot reveal them")
    func releaseWork() {
        var releases: [ReleaseWork.Release] = []
        var bonds: [ReleaseWork.BondPosted] = []
        // Stewart: 3 in January (small), 20 in February; Krome: 15 and 25
        for (facility, month, count) in [("STWRTGA", "2026-01", 3), ("STWRTGA", "2026-02", 20), ("KROME", "2026-01", 15), ("KROME", "2026-02", 25)] {
            for i in 0..<count {
                releases.append(.init(month: month, facility: facility))
                bonds.append(.init(month: month, facility: facility, amount: Cents(150_000 + i * 100_000)))
            }
        }
        let work = ReleaseWork(releases: releases, bonds: bonds)
        let stewartJanuary = work.cells.first { $0.month == "2026-01" && $0.facility == "STWRTGA" }!
        #expect(stewartJanuary.isSuppressed && stewartJanuary.peopleReleased == nil && stewartJanuary.medianBond == nil)
        let stewartFebruary = work.cells.first { $0.month == "2026-02" && $0.facility == "STWRTGA" }!
        #expect(stewartFebruary.isSuppressed, "Stewart's total minus February would give January")
        let grand = work.cells.first { $0.month == nil && $0.facility == nil }!
        #expect(grand.peopleReleased == 63 && grand.bondsPosted == 63 && !grand.isSuppressed)
        let table = work.table(facilityNames: ["STWRTGA": "Stewart Detention Center"])
        #expect(table.columns.last == "suppressed")
        let csv = table.csv()
        #expect(csv.contains("2026-01,STWRTGA,Stewart Detention Center,,,,true"))
        // and no row of the published table lets a total minus shown cells give a hidden one
        for cell in work.cells where cell.facility != nil && cell.month != nil && !cell.isSuppressed {
            #expect(cell.peopleReleased! == 0 || cell.peopleReleased! > 10)
        }
    }
}
