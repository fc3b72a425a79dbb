/// The public figures of release work: people released through the organizations using Vigil,
/// bonds posted and the median bond, per month and facility, with small cells suppressed.
///
/// Built from events that carry no person field at all (a month, a facility, an amount), so
/// nothing person-level can reach the page or the export.
public struct ReleaseWork: Sendable, Hashable {
    /// One person's release (counted once, in the month of their first release or bond).
    public struct Release: Sendable, Hashable {
        public var month: String
        public var facility: String
        public init(month: String, facility: String) { self.month = month; self.facility = facility }
    }

    /// One bond posted.
    public struct BondPosted: Sendable, Hashable {
        public var month: String
        public var facility: String
        public var amount: Cents
        public init(month: String, facility: String, amount: Cents) { self.month = month; self.facility = facility; self.amount = amount }
    }

    /// One published cell; nil values are suppressed.
    public struct Cell: Sendable, Hashable {
        /// A month (`2026-03`) or nil for the facility's total over all months.
        public var month: String?
        /// A facility or nil for the month's total over all facilities.
        public var facility: String?
        public var peopleReleased: Int?
        public var bondsPosted: Int?
        public var medianBond: Cents?
        public var mark: SmallCellSuppression.Mark
        public var isSuppressed: Bool { mark != .shown }
    }

    public var months: [String]
    public var facilities: [String]
    /// Every cell with any activity or suppressed, then the totals, in row order.
    public var cells: [Cell]

    public init(releases: [Release], bonds: [BondPosted]) {
        months = Set(releases.map(\.month) + bonds.map(\.month)).sorted()
        facilities = Set(releases.map(\.facility) + bonds.map(\.facility)).sorted()
        let monthIndex = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        let facilityIndex = Dictionary(uniqueKeysWithValues: facilities.enumerated().map { ($1, $0) })
        let (rows, columns) = (facilities.count, months.count)
        var people = Array(repeating: Array(repeating: 0, count: columns), count: rows)
        var posted = people
        var amounts = Array(repeating: Array(repeating: [Int](), count: columns + 1), count: rows + 1)
        for release in releases { people[facilityIndex[release.facility]!][monthIndex[release.month]!] += 1 }
        for bond in bonds {
            let (r, c) = (facilityIndex[bond.facility]!, monthIndex[bond.month]!)
            posted[r][c] += 1
            for (rr, cc) in [(r, c), (r, columns), (rows, c), (rows, columns)] { amounts[rr][cc].append(bond.amount.value) }
        }
        let peopleM = SmallCellSuppression.withMargins(people)
        let postedM = SmallCellSuppression.withMargins(posted)
        let small = SmallCellSuppression.hidden
        let sensitive = zip(peopleM, postedM).map { (people, posted) in
            zip(people, posted).map { (p, b) in small.contains(p) || small.contains(b) }
        }
        let marks = SmallCellSuppression.marks(values: peopleM, sensitive: sensitive)
        var cells: [Cell] = []
        guard rows > 0, columns > 0 else { self.cells = []; return }
        for r in 0...rows {
            for c in 0...columns {
                let mark = marks[r][c]
                let inside = r < rows && c < columns
                if inside, mark == .shown, peopleM[r][c] == 0, postedM[r][c] == 0 { continue }
                let shown = mark == .shown
                cells.append(Cell(month: c < columns ? months[c] : nil, facility: r < rows ? facilities[r] : nil,
                                  peopleReleased: shown ? peopleM[r][c] : nil, bondsPosted: shown ? postedM[r][c] : nil,
                                  medianBond: shown ? Median.of(amounts[r][c]).map(Cents.init) : nil, mark: mark))
            }
        }
        self.cells = cells
    }

    /// The table `/release-work` and `vigil export case-aggregates` publish. Suppressed values
    /// are blank and the `suppressed` column says so; `all` marks a total.
    public func table(facilityNames: [String: String] = [:]) -> DataTable {
        var table = DataTable(columns: ["month", "facility_key", "facility_name", "people_released", "bonds_posted", "median_bond_cents", "suppressed"])
        for cell in cells {
            table.append([.text(cell.month ?? "all"), .text(cell.facility ?? "all"),
                          .text(cell.facility.map { facilityNames[$0] ?? $0 } ?? "All facilities"),
                          TableValue(cell.peopleReleased), TableValue(cell.bondsPosted), TableValue(cell.medianBond?.value),
                          .boolean(cell.isSuppressed)])
        }
        return table
    }
}
