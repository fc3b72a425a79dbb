/// A table as users see and download it: named columns and rows of plain values.
///
/// Every table Vigil shows is also a `DataTable`, so that the page, the CSV download, the
/// JSON download and `vigil export` all carry the same columns in the same order.
public struct DataTable: Sendable, Hashable {
    public var columns: [String]
    public var rows: [[TableValue]]

    public init(columns: [String], rows: [[TableValue]] = []) {
        self.columns = columns
        self.rows = rows
    }

    public mutating func append(_ row: [TableValue]) {
        precondition(row.count == columns.count, "row has \(row.count) values for \(columns.count) columns")
        rows.append(row)
    }
}

/// One cell of a `DataTable`.
public enum TableValue: Sendable, Hashable {
    case null
    case text(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)

    public init(_ text: String?) { self = text.map(TableValue.text) ?? .null }
    public init(_ number: Double?) { self = number.map(TableValue.number) ?? .null }
    public init(_ integer: Int?) { self = integer.map(TableValue.integer) ?? .null }
    public init(_ date: CalendarDate?) { self = date.map { .text($0.iso) } ?? .null }

    /// The value as CSV and HTML show it: numbers without needless decimals, null as empty.
    public var plainText: String {
        switch self {
        case .null: return ""
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .boolean(let b): return b ? "true" : "false"
        case .number(let d): return TableValue.format(d)
        }
    }

    /// Shortest exact form: `12` for 12.0, `1150.150684931497` as is.
    static func format(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return "" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }
}
