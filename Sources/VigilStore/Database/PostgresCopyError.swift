/// A row that cannot be written in a copy's binary format: a value its column cannot hold, refused
/// before it is sent, as the server would refuse it in the text format, and the copy with it.
public struct PostgresCopyError: Error, CustomStringConvertible {
    public var table: String
    /// Counted from 1, in the order the rows were given.
    public var row: Int
    /// What is wrong with it, naming the column and the value.
    public var problem: String

    public var description: String { "Row \(row) copied into \(table): \(problem)." }
}
