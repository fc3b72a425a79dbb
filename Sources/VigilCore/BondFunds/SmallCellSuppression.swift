/// Hides small counts in a published table so that no person can be singled out, and hides
/// enough other cells that no hidden count can be worked back out of the totals.
///
/// The table is given with its margins: the last column holds each row's total and the last
/// row each column's total (the corner is the grand total). Every row and every column is then
/// a sum: its cells add up to its total. Counts from 1 to 10 are hidden (primary suppression).
/// A sum with exactly one hidden cell gives it away (the total minus the cells shown), so in
/// every such row or column the smallest cell still shown is hidden too (secondary
/// suppression), preferring a non-zero cell inside the table to a zero or a total, and this is
/// repeated until no row or column has exactly one hidden cell.
///
/// This is the usual heuristic, not a proof against every linear combination of rows and
/// columns; it closes the one-step attack the issue names, and the tests pin it.
public enum SmallCellSuppression {
    public static let hidden: ClosedRange<Int> = 1...10

    /// Why a cell is hidden.
    public enum Mark: Sendable, Hashable {
        case shown
        /// Its own count is from 1 to 10.
        case primary
        /// Hidden so that a primary cell in its row or column cannot be worked out.
        case secondary
    }

    /// The marks for `values` (rows of equal length, margins last), where `sensitive` says which
    /// cells are small in any measure the table publishes. `values` orders the secondary choice.
    public static func marks(values: [[Int]], sensitive: [[Bool]]) -> [[Mark]] {
        let rows = values.count
        let columns = values.first?.count ?? 0
        var marks = sensitive.map { $0.map { $0 ? Mark.primary : Mark.shown } }
        func lines() -> [[(Int, Int)]] {
            (0..<rows).map { r in (0..<columns).map { (r, $0) } } + (0..<columns).map { c in (0..<rows).map { ($0, c) } }
        }
        var changed = true
        while changed {
            changed = false
            for line in lines() {
                let hiddenCount = line.filter { marks[$0.0][$0.1] != .shown }.count
                guard hiddenCount == 1 else { continue }
                // the cheapest partner: inside the table before the margins, non-zero before zero, smallest first
                let candidates = line.filter { marks[$0.0][$0.1] == .shown }
                let pick = candidates.min { a, b in
                    let keyA = (isMargin(a, rows, columns) ? 1 : 0, values[a.0][a.1] == 0 ? 1 : 0, values[a.0][a.1])
                    let keyB = (isMargin(b, rows, columns) ? 1 : 0, values[b.0][b.1] == 0 ? 1 : 0, values[b.0][b.1])
                    return keyA < keyB
                }
                guard let pick else { continue }
                marks[pick.0][pick.1] = .secondary
                changed = true
            }
        }
        return marks
    }

    private static func isMargin(_ cell: (Int, Int), _ rows: Int, _ columns: Int) -> Bool {
        cell.0 == rows - 1 || cell.1 == columns - 1
    }

    /// A table of counts with its margins added: each row's total last, then a row of column totals.
    public static func withMargins(_ interior: [[Int]]) -> [[Int]] {
        let columns = interior.first?.count ?? 0
        var out = interior.map { $0 + [$0.reduce(0, +)] }
        out.append((0...columns).map { c in out.reduce(0) { $0 + $1[c] } })
        return out
    }
}
