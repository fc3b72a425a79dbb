/// A value that its column cannot hold, found while writing a copy in the binary format: refused
/// before it is sent, as the server would refuse it in the text format, and the copy with it.
public struct PostgresCopyError: Error, CustomStringConvertible {
    public var table: String
    /// Counted from 1, in the order the rows were given.
    public var row: Int
    public var column: String
    var type: PostgresCopyColumnType
    public var value: String

    public var description: String {
        "Row \(row) copied into \(table): column \(column) (\(type.name)) cannot hold \(value)."
    }
}
